import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  orgId = (await t.addOrganization({ key: 'acme' })).id;
});

const account = (extra: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@test.example`,
  name: '新規 会員',
  role: 'member',
  organizationId: orgId,
  password: 'a-long-enough-password',
  ...extra,
});

describe('accounts', () => {
  it('lets an admin create an account that can then sign in, and audits it', async () => {
    const body = account();
    const res = await t.request('POST', '/api/users', { as: admin, body });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ email: body.email, role: 'member', organizationId: orgId });
    expect(res.json).not.toHaveProperty('passwordHash');
    const session = await t.login(body.email, body.password);
    const me = await t.request('GET', '/api/auth/session', { as: session });
    expect(me.json.user.organizationId).toBe(orgId);
    const audit = await t.request('GET', `/api/audit?entity=user&entityId=${res.json.id}`, { as: admin });
    expect(audit.json.items[0]).toMatchObject({
      action: 'create',
      actorEmail: expect.stringContaining('admin-'),
    });
  });

  it.each([
    [{ email: 'nope' }, 'body.email'],
    [{ role: 'emperor' }, 'body.role'],
    [{ password: 'short' }, 'body.password'],
    [{ organizationId: null }, 'body.organizationId'],
    [{ organizationId: '00000000-0000-4000-8000-000000000000' }, 'body.organizationId'],
  ])('refuses %j naming the field', async (change, path) => {
    const res = await t.request('POST', '/api/users', { as: admin, body: account(change) });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a second account with the same e-mail', async () => {
    const body = account();
    await t.request('POST', '/api/users', { as: admin, body });
    const again = await t.request('POST', '/api/users', {
      as: admin,
      body: { ...body, email: body.email.toUpperCase() },
    });
    expect(again.status).toBe(409);
  });

  it.each(nonAdmins)('refuses %s, for reading and for writing', async (_n, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/users', { as })).status).toBe(status);
    expect((await t.request('POST', '/api/users', { as, body: account({ role: 'admin' }) })).status).toBe(
      status,
    );
    expect((await t.request('GET', '/api/audit', { as })).status).toBe(status);
  });
});
