import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;

// Four organisations, one unpublished; the counts below are made by hand from them.
beforeAll(async () => {
  t = await createTestApp();
  await t.addOrganization({
    key: 'j-fusion',
    name: { ja: 'フュージョンエネルギー産業協議会', en: 'J-Fusion' },
    kind: 'association',
    roles: ['public'],
  });
  await t.addOrganization({
    key: 'hts-wire',
    technologies: ['MAG.hts'],
    location: { country: 'JP', prefecture: '東京都' },
    memberships: ['j-fusion'],
  });
  await t.addOrganization({
    key: 'coil-works',
    technologies: ['MAG.coil-winding', 'VAC'],
    location: { country: 'JP', prefecture: '青森県' },
  });
  await t.addOrganization({
    key: 'gyro-lab',
    kind: 'research-institute',
    technologies: ['HCD.gyrotron'],
    location: { country: 'JP', prefecture: '青森県' },
    memberships: ['j-fusion'],
  });
  await t.addOrganization({ key: 'hidden-co', technologies: ['MAG.hts'], published: false });
});

describe('GET /api/technologies', () => {
  it('counts published organisations per code, each once under its parent', async () => {
    const { json } = await t.request('GET', '/api/technologies?cluster=fusion');
    const count = (code: string) => json.items.find((i: { code: string }) => i.code === code).organizations;
    expect(count('MAG.hts')).toBe(1); // hidden-co is unpublished
    expect(count('MAG')).toBe(2);
    expect(count('VAC')).toBe(1);
    expect(count('HCD')).toBe(1);
    expect(count('DEV')).toBe(0);
  });

  it('gives every code of every cluster its scope note in both languages, saying more than the label', async () => {
    const { json } = await t.request('GET', '/api/technologies');
    expect(new Set(json.items.map((i: { cluster: string }) => i.cluster)).size).toBe(4);
    type Item = { code: string; label: { ja: string; en: string }; scope?: { ja: string; en: string } };
    const missing = (json.items as Item[]).filter(
      (i) => !i.scope || i.scope.ja.length <= i.label.ja.length || i.scope.en.length <= i.label.en.length,
    );
    expect(missing.map((i) => i.code)).toEqual([]);
    const ndt = (json.items as Item[]).find((i) => i.code === 'MAT.ndt')!;
    expect(ndt.scope!.en).toMatch(/ultrasonic/i);
    expect(ndt.scope!.ja).toMatch(/超音波/);
  });
});

describe('GET /api/vocabulary', () => {
  it('lists prefectures and memberships in use, scoped to a cluster when asked', async () => {
    const { json } = await t.request('GET', '/api/vocabulary');
    expect(json.prefectures).toEqual([
      { country: 'JP', prefecture: '東京都', organizations: 1 },
      { country: 'JP', prefecture: '青森県', organizations: 2 },
    ]);
    expect(json.memberships.map((m: { key: string }) => m.key)).toEqual(['j-fusion']);
    expect(json.kinds.find((k: { code: string }) => k.code === 'startup').label).toEqual({
      ja: 'スタートアップ',
      en: 'Startup',
    });
    const wind = await t.request('GET', '/api/vocabulary?cluster=offshore-wind');
    expect(wind.json.prefectures).toEqual([]);
    expect((await t.request('GET', '/api/vocabulary?cluster=moon')).status).toBe(400);
  });
});

describe('GET /api/clusters', () => {
  it('lists the hosted clusters, fusion first, each with id, key and both names', async () => {
    const { status, json } = await t.request('GET', '/api/clusters');
    expect(status).toBe(200);
    expect(json.items.map((c: { key: string }) => c.key)).toEqual([
      'fusion',
      'mobility-aerospace',
      'offshore-wind',
      'semiconductors',
    ]);
    expect(json.items[0]).toMatchObject({
      id: 'fusion',
      name: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(json.total).toBe(4);
  });
});
