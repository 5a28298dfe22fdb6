import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBundlePath } from '../../demo.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The demo's facilities load with the rest of the demo bundle, and say what is real and what is invented.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin');
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  const res = await t.request('POST', '/api/import', { body: bundle, as: admin });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
});

type Facility = {
  key: string;
  illustrative: boolean;
  organization: { key: string };
  sources: { note?: string }[];
};

describe('the demo facilities', () => {
  it('has rental buildings near Mutsu-Ogawara marked illustrative, modelled on the Venture Factory of seed 000', async () => {
    const { json } = await t.request('GET', '/api/facilities?q=六ヶ所村');
    const rental = json.items.filter((f: Facility) => f.organization.key === 'mutsu-ogawara-incubation-demo');
    expect(rental.map((f: Facility) => f.key)).toEqual(['mo-lab-annex', 'mo-venture-factory']);
    for (const f of rental) {
      expect(f.illustrative).toBe(true);
      expect(f.sources[0].note).toMatch(/^Illustrative, not from a public source/);
    }
    const vf = rental.find((f: Facility) => f.key === 'mo-venture-factory');
    expect(vf.sources[0].note).toContain('Venture Factory');
    expect(vf.sources[0].note).toContain('Seed 000');
  });

  it('lists the real institutes equipment with a source each, booking terms marked illustrative', async () => {
    const { json } = await t.request('GET', '/api/equipment?limit=100');
    const keys = json.items.map((e: { key: string }) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining(['qst-ifmif-eveda-accelerator', 'nifs-lhd', 'nifs-supercomputer']),
    );
    for (const e of json.items) {
      expect(e.sources.length, e.key).toBeGreaterThan(0);
      expect(e.illustrative, e.key).toBe(true);
      // No fee is published by the institutes, so none is shown.
      expect(e.feeMemberJpy, e.key).toBeUndefined();
    }
  });

  it('finds the EHV factory buildings by spec', async () => {
    const { json } = await t.request('GET', '/api/facilities?ehv=true&minArea=400');
    expect(json.items.map((f: Facility) => f.key)).toEqual(['mo-venture-factory']);
    expect(json.items[0].units.map((u: { key: string }) => u.key)).toEqual(['mo-vf-a', 'mo-vf-b']);
  });
});
