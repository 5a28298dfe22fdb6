import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBundlePath } from '../../demo.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// The demo's leases load with the bundle, are all marked illustrative, and give the occupancy chart a history.

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  const res = await t.request('POST', '/api/import', { body: bundle, as: admin });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  expect(res.json.leases.created).toBe(6);
});

describe('the demo leases', () => {
  it('are illustrative, to illustrative tenants, on the illustrative buildings', async () => {
    const { json } = await t.request('GET', '/api/facility-leases', { as: admin });
    expect(json.items).toHaveLength(6);
    for (const l of json.items) {
      expect(l.illustrative).toBe(true);
      expect(l.tenant.key).toMatch(/^mo-demo-tenant-/);
      expect(['mo-venture-factory', 'mo-lab-annex']).toContain(l.facility.key);
    }
  });

  it('let part of the floor area from 2022 on, so the chart shows a history', async () => {
    const { json } = await t.request('GET', '/api/facility-occupancy?from=2022-01&to=2026-12', {});
    const rate = (month: string) => json.total.find((m: { month: string }) => m.month === month).rate;
    // Leasable: 600+450+300 (factories) + 120+80+60+40+56 (labs, offices) = 1,706 m².
    expect(json.total[0].leasable).toBe(1706);
    // January 2022: only Building B (450 m²) is let.
    expect(rate('2022-01')).toBeCloseTo(450 / 1706, 6);
    // December 2026: A (600), lab 102 (80) and office 202 (56).
    expect(rate('2026-12')).toBeCloseTo(736 / 1706, 6);
  });
});
