import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemo } from '../../demo.ts';
import { loadReferenceData } from '../../lib/reference-data.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The demo desk: a partner account (agency role) at a real regional support centre of the demo directory,
// and invented consultations that say so.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db, loadReferenceData())).toBe(true);
});

describe('the demo desk', () => {
  it('gives the demo partner, at 21 Aomori, the illustrative case referred to it, to accept', async () => {
    const agency = await t.login(demoAccounts.agency.email, demoAccounts.agency.password);
    const me = await t.request('GET', '/api/auth/session', { as: agency });
    expect(me.json.user).toMatchObject({ role: 'agency' });
    const list = await t.request('GET', '/api/desk/consultations', { as: agency });
    expect(list.json.items).toHaveLength(1);
    const [only] = list.json.items;
    expect(only).toMatchObject({ illustrative: true, language: 'en', myReferral: { state: 'referred' } });
    const accepted = await t.request('POST', `/api/desk/referrals/${only.myReferral.id}/accept`, {
      as: agency,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json.referrals[0].partner).toMatchObject({
      key: '21aomori',
      name: { ja: '公益財団法人21あおもり産業総合支援センター' },
    });
  });

  it('marks every demo consultation illustrative, and the member sees only its own', async () => {
    const admin = await t.login(demoAccounts.admin.email, demoAccounts.admin.password);
    const all = await t.request('GET', '/api/desk/consultations', { as: admin });
    expect(all.json.total).toBe(3);
    for (const c of all.json.items) expect(c.illustrative).toBe(true);
    const member = await t.login(demoAccounts.member.email, demoAccounts.member.password);
    const own = await t.request('GET', '/api/desk/consultations', { as: member });
    expect(own.json.items.map((c: { channel: string }) => c.channel)).toEqual(['app']);
  });
});
