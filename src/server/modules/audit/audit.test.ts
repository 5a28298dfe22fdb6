import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { createTestApp, nonAdmins } from '../../test/test-app.ts';

const t = await createTestApp();
beforeEach(() => t.reset());

describe('GET /api/audit', () => {
  it('lists changes newest first, filtered by record, with the total that matches', async () => {
    const admin = await t.signIn('admin');
    const org = await t.addOrganization({ key: 'acme' });
    const patch = (city: string) =>
      t.request('PATCH', `/api/organizations/${org.id}`, { as: admin, body: { location: { city } } });
    expect((await patch('Aomori')).status).toBe(200);
    expect((await patch('Rokkasho')).status).toBe(200);

    const { status, json } = await t.request('GET', `/api/audit?entity=organization&entityId=${org.id}`, {
      as: admin,
    });
    expect(status).toBe(200);
    expect(json.total).toBe(2);
    expect(
      json.items.map((e: { changes: { location: { to: { city: string } } } }) => e.changes.location.to.city),
    ).toEqual(['Rokkasho', 'Aomori']);
    expect(json.items[0]).toMatchObject({ action: 'update', entityKey: 'acme', actorId: admin.id });
    expect(Date.parse(json.items[0].at)).not.toBeNaN();

    const paged = await t.request('GET', '/api/audit?entity=organization&limit=1&offset=1', { as: admin });
    expect(paged.json).toMatchObject({ total: 2, items: [{ entityId: org.id }] });
    expect(paged.json.items[0].changes.location.to.city).toBe('Aomori');
  });

  it('names each record and narrows by user, action, record and time', async () => {
    const admin = await t.signIn('admin');
    const other = await t.signIn('admin');
    const org = await t.addOrganization({
      key: 'acme-fusion',
      name: { ja: 'アクメ核融合', en: 'Acme Fusion' },
    });
    const patch = (as: typeof admin, city: string) =>
      t.request('PATCH', `/api/organizations/${org.id}`, { as, body: { location: { city } } });
    expect((await patch(admin, 'Aomori')).status).toBe(200);
    expect((await patch(other, 'Rokkasho')).status).toBe(200);
    const get = async (query: string) => {
      const res = await t.request('GET', `/api/audit?${query}`, { as: admin });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      return res.json as { total: number; items: { actorId: string; action: string; recordName: unknown }[] };
    };

    const byRecord = await get('record=acme');
    expect(byRecord.total).toBe(2);
    expect(byRecord.items[0]?.recordName).toEqual({ ja: 'アクメ核融合', en: 'Acme Fusion' });
    expect((await get(`record=${org.id}`)).total).toBe(2);
    expect((await get('record=no-such-record')).total).toBe(0);

    const byActor = await get(`actor=${other.id}&entity=organization`);
    expect(byActor.items.map((e) => e.actorId)).toEqual([other.id]);

    // Signing in is logged too: the action filter keeps only the changes.
    const updates = await get('action=update&record=acme');
    expect(updates.items.map((e) => e.action)).toEqual(['update', 'update']);
    const [otherRow] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, other.id));
    await t.login(otherRow!.email);
    const logins = (await get('action=login')).items;
    expect(logins.map((e) => [e.action, e.actorId])).toEqual([['login', other.id]]);

    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await get(`record=acme&from=${encodeURIComponent(hourAgo)}&to=${encodeURIComponent(inAnHour)}`)).total,
    ).toBe(2);
    expect((await get(`record=acme&to=${encodeURIComponent(hourAgo)}`)).total).toBe(0);
    expect((await get(`record=acme&from=${encodeURIComponent(inAnHour)}`)).total).toBe(0);

    const vocabulary = await t.request('GET', '/api/audit/vocabulary', { as: admin });
    expect(vocabulary.json.actions).toEqual(expect.arrayContaining(['update']));
    expect(vocabulary.json.entities).toEqual(expect.arrayContaining(['organization']));
  });

  it.each([
    ['actor=not-a-uuid', 'query.actor'],
    ['from=yesterday', 'query.from'],
    ['from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z', 'query.to'],
  ])('refuses %s naming the field', async (query, path) => {
    const admin = await t.signIn('admin');
    const { status, json } = await t.request('GET', `/api/audit?${query}`, { as: admin });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe(path);
  });

  it('names a bad filter', async () => {
    const admin = await t.signIn('admin');
    const { status, json } = await t.request('GET', '/api/audit?limit=0', { as: admin });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe('query.limit');
  });

  it.each(nonAdmins)('refuses %s', async (_who, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/audit', { as })).status).toBe(status);
    expect((await t.request('GET', '/api/audit/vocabulary', { as })).status).toBe(status);
  });
});
