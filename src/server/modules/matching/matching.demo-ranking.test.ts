import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBundlePath } from '../../demo.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Ranking on the demo data, through the API: what a coordinator sees when trying the platform.

let t: TestApp;
let member: Session;
let roles: Map<string, string[]>;
const tapeMakers = ['fujikura', 'furukawa-electric', 'sumitomo-electric'];

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin');
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  expect((await t.request('POST', '/api/import', { body: bundle, as: admin })).status).toBe(200);
  const orgs = bundle.organizations as Array<{ key: string; roles: string[] }>;
  roles = new Map(orgs.map((o) => [o.key, o.roles]));
  // The demo data's REBCO tape makers: the test means nothing if the bundle changes under it.
  for (const key of tapeMakers) expect(roles.get(key)).toEqual(['materials-supplier']);
  const { json } = await t.request('GET', '/api/organizations?limit=200', { as: admin });
  const kf = json.items.find((o: { key: string }) => o.key === 'kyoto-fusioneering');
  member = await t.signIn('member', kf.id);
});

async function rank(seeksRoles: string[]) {
  const res = await t.request('POST', '/api/needs', {
    as: member,
    body: {
      category: 'supplier',
      title: { ja: 'REBCO線材とコイル巻線', en: 'REBCO tape and coil winding' },
      body: {
        ja: '試験用超伝導マグネットのためのREBCO高温超伝導線材とコイル巻線の協力先を探しています。',
        en: 'We look for REBCO high-temperature superconducting tape and coil winding for a test magnet.',
      },
      technologies: ['MAG.hts', 'MAG.coil-winding'],
      seeksRoles,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  expect(res.json.seeksRoles).toEqual(seeksRoles);
  const got = await t.request('GET', `/api/needs/${res.json.id}`, { as: member });
  expect(got.json.seeksRoles).toEqual(seeksRoles);
  const matches = await t.request('GET', `/api/needs/${res.json.id}/matches?limit=10`, { as: member });
  expect(matches.status).toBe(200);
  return matches.json.items as Array<{
    organization: { key: string };
    signals: { role?: { value: number; roles: string[] } };
  }>;
}

describe('a REBCO tape and coil winding need on the demo data', () => {
  it('seeking component or materials suppliers, ranks the tape makers above every plant developer that supplies nothing', async () => {
    const sought = ['component-supplier', 'materials-supplier'];
    const items = await rank(sought);
    // Organisations and the seeds they post, by the organisation's key.
    const keys = items.map((m) => m.organization.key);
    const at = (key: string) => keys.indexOf(key);
    for (const key of tapeMakers) expect(at(key), key).toBeGreaterThanOrEqual(0);
    // Before: cfs and helical-fusion (developers only) 2nd and 3rd, the tape makers 5th, 7th and 8th.
    expect(Math.max(...tapeMakers.map(at))).toBeLessThan(4);
    const developersOnly = keys.filter((k) => !roles.get(k)!.some((r) => sought.includes(r)));
    expect(developersOnly).toEqual(expect.arrayContaining(['cfs', 'helical-fusion']));
    for (const dev of developersOnly)
      for (const key of tapeMakers) expect(at(key), `${key} above ${dev}`).toBeLessThan(at(dev));
    // The first plays a sought role, and the explanation says which and how well.
    expect(roles.get(keys[0]!)!.some((r) => sought.includes(r))).toBe(true);
    const fujikura = items[at('fujikura')]!;
    // Its value is the fit (1: it plays only sought roles) scaled by how well it matches the topic (engine.ts).
    expect(fujikura.signals.role).toMatchObject({ roles: ['materials-supplier'] });
    expect(fujikura.signals.role!.value).toBeGreaterThan(0.8);
    expect(items[at('cfs')]!.signals.role).toMatchObject({ value: 0, roles: [] });
  });

  it('seeking no role, weighs no role', async () => {
    const items = await rank([]);
    expect(items.every((m) => m.signals.role === undefined)).toBe(true);
  });
});
