// The directory and the heat map with the four clusters of issue 18: the demo's two bundles imported as the demo
// loads them (bundle.json, then data/demo/tohoku.json), and every figure compared with a count made directly from
// the two files.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionOf } from '../../../core/industry-map/regions.ts';
import { demoBundlePath, demoTohokuPath } from '../../demo.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

type Org = {
  key: string;
  clusters: string[];
  technologies: string[];
  location?: { country?: string; prefecture?: string };
};
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const bundle = read(demoBundlePath);
const tohoku = read(demoTohokuPath);
const all: Org[] = [...bundle.organizations, ...tohoku.organizations];

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signIn']>>;
let refused: { status: number; json: { error: { details: Array<{ path: string }> } } };
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  // Alone, the Tohoku bundle names organisations only the fusion bundle holds: refused whole, nothing written.
  refused = await t.request('POST', '/api/import', { body: tohoku, as: admin });
  for (const b of [bundle, tohoku])
    expect((await t.request('POST', '/api/import', { body: b, as: admin })).status).toBe(200);
});

const total = async (query: Record<string, string>) => {
  const { status, json } = await t.request(
    'GET',
    `/api/organizations?${new URLSearchParams({ limit: '1', ...query })}`,
  );
  expect(status).toBe(200);
  return json.total as number;
};

describe('the Tohoku bundle', () => {
  it('is refused before the fusion bundle, naming each relation end it does not know', () => {
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.map((d) => d.path)).toEqual([
      'relations[26].from',
      'relations[27].from',
      'relations[27].to',
      'relations[28].from',
      'relations[29].from',
    ]);
  });
});

describe('directory filters with four clusters', () => {
  it.each([
    ['fusion', 95],
    ['semiconductors', 59],
    ['mobility-aerospace', 69],
    ['offshore-wind', 38],
  ])('cluster=%s lists %i organisations, as the files count them', async (cluster, expected) => {
    expect(all.filter((o) => o.clusters.includes(cluster)).length).toBe(expected);
    expect(await total({ cluster })).toBe(expected);
  });

  it('region=tohoku lists the bundle’s 25 and the 153 placed Tohoku organisations', async () => {
    expect(await total({ region: 'tohoku' })).toBe(25 + 153);
    expect(await total({ region: 'iwate' })).toBe(31);
    expect(await total({ region: 'aomori', cluster: 'fusion' })).toBe(18 + 12);
  });
});

describe('the heat map of each new cluster', () => {
  it.each(['semiconductors', 'mobility-aerospace', 'offshore-wind'])(
    '%s: every cell equals the organisations the files place there with that code or a child of it',
    async (cluster) => {
      const { status, json } = await t.request('GET', `/api/industry-map/heatmap?cluster=${cluster}`);
      expect(status).toBe(200);
      const regions: string[] = json.regions.map((r: { key: string }) => r.key);
      let nonZero = 0;
      for (const row of json.rows as Array<{ code: string; cells: number[] }>) {
        const holders = all.filter(
          (o) =>
            o.clusters.includes(cluster) &&
            o.technologies.some((c) => c === row.code || c.startsWith(`${row.code}.`)),
        );
        const expected = regions.map(
          (region) =>
            holders.filter((o) => regionOf(o.location?.country, o.location?.prefecture) === region).length,
        );
        expect([row.code, ...row.cells]).toEqual([row.code, ...expected]);
        nonZero += row.cells.filter((n) => n > 0).length;
      }
      expect(nonZero).toBeGreaterThan(10);
    },
  );

  it('semiconductor equipment (SEQ) is strongest in Iwate: 10 of its 21 organisations', async () => {
    const { json } = await t.request('GET', '/api/industry-map/heatmap?cluster=semiconductors');
    const row = json.rows.find((r: { code: string }) => r.code === 'SEQ');
    const iwate = json.regions.findIndex((r: { key: string }) => r.key === 'iwate');
    expect([row.cells[iwate], row.total]).toEqual([10, 21]);
  });
});
