import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBundlePath } from '../../demo.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  expect((await t.request('POST', '/api/import', { body: bundle, as: admin })).status).toBe(200);
});

describe('the demo sites', () => {
  it('hold the Mutsu-Ogawara zones and at least ten other parks, each value sourced or marked illustrative', async () => {
    const { json } = await t.request('GET', '/api/sites');
    const keys: string[] = json.items.map((s: { key: string }) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'mutsu-ogawara',
        'mutsu-ogawara-iyasakadai-central',
        'mutsu-ogawara-obuchi-lakeside',
      ]),
    );
    expect(keys.filter((k) => !k.startsWith('mutsu-ogawara')).length).toBeGreaterThanOrEqual(10);
    const area = json.items.find((s: { key: string }) => s.key === 'mutsu-ogawara');
    // DESIGN.md §6, public figures.
    expect(area.attributes).toMatchObject({
      industrialWaterM3PerDay: 2500,
      industrialWaterPlannedM3PerDay: 5000,
    });
    expect(area.attributeSources.industrialWaterM3PerDay.url).toMatch(/^https:\/\//);
    for (const site of json.items)
      for (const s of Object.values(site.attributeSources) as { url?: string; illustrative?: boolean }[])
        expect(s.url !== undefined || s.illustrative === true).toBe(true);
  });

  it('exclude Mutsu-Ogawara from a semiconductor plant on water: 2,500 of 10,000 m³/day', async () => {
    const { status, json } = await t.request('POST', '/api/siting/studies', {
      body: { title: 'Fab', profile: 'semiconductor-plant' },
      as: admin,
    });
    expect(status).toBe(201);
    const area = json.outcome.excluded.find((e: { key: string }) => e.key === 'mutsu-ogawara');
    expect(area.failures).toContainEqual({
      criterion: 'industrialWaterM3PerDay',
      op: '>=',
      required: 10000,
      actual: 2500,
      shortfall: 7500,
    });
  });
});
