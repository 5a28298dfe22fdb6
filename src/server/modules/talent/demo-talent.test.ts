import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemo } from '../../demo.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The demo seed's talent data: OAS programmes are facts with their source (seed 000's table of courses), the
// KOSEN course and every cohort and enrolment are invented and say so; the demo trainee signs in and sees
// only their own illustrative place.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db, t.deps.reference)).toBe(true);
});

type Programme = {
  key: string;
  level: number;
  illustrative: boolean;
  source: { url: string; asOf?: string } | null;
  provider: { key: string };
  cohorts: { illustrative: boolean; enrolled: number }[];
};

describe('the demo programmes', () => {
  it('has the OAS ladder from the seed, sourced, and an illustrative KOSEN course', async () => {
    const { json } = await t.request('GET', '/api/training-programmes');
    const items: Programme[] = json.items;
    const oas = items.filter((p) => p.provider.key === 'oxfordshire-advanced-skills');
    expect(oas.map((p) => p.level).sort()).toEqual([2, 2, 3, 4, 4, 6, 6]);
    for (const p of oas) {
      expect(p.illustrative).toBe(false);
      expect(p.source).toMatchObject({ url: 'https://www.oas.ukaea.uk/', asOf: '2024-11-01' });
    }
    const kosen = items.filter((p) => p.provider.key === 'hachinohe-kosen');
    expect(kosen.map((p) => [p.key, p.illustrative, p.source])).toEqual([
      ['hachinohe-kosen-fusion-technician', true, null],
    ]);
    expect(items.flatMap((p) => p.cohorts).every((c) => c.illustrative)).toBe(true);
  });

  it('the demo trainee signs in and sees only their own illustrative place', async () => {
    const session = await t.login(demoAccounts.trainee.email, demoAccounts.trainee.password);
    const mine = await t.request('GET', '/api/training-enrolments', { as: session });
    expect(mine.json.items).toHaveLength(1);
    expect(mine.json.items[0]).toMatchObject({
      status: 'enrolled',
      illustrative: true,
      programme: { key: 'hachinohe-kosen-fusion-technician' },
      viewerIs: ['trainee'],
    });
  });
});
