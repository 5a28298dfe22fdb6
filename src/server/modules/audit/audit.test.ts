import { beforeEach, describe, expect, it } from 'vitest';
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

  it('names a bad filter', async () => {
    const admin = await t.signIn('admin');
    const { status, json } = await t.request('GET', '/api/audit?limit=0', { as: admin });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe('query.limit');
  });

  it.each(nonAdmins)('refuses %s', async (_who, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/audit', { as })).status).toBe(status);
  });
});
