import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS: '3' });
});

describe('sign-in, sessions and CSRF', () => {
  it('signs in with an httpOnly SameSite cookie and returns the user and a CSRF token', async () => {
    const member = await t.signIn('member');
    const me = await t.request('GET', '/api/auth/session', { as: member });
    expect(me.json.user.role).toBe('member');
    expect(me.json.csrfToken).toBe(member.csrf);

    const { json } = await t.request('GET', '/api/users', { as: await t.signIn('admin'), headers: {} });
    const email = json.items.find((u: { id: string }) => u.id === member.id).email;
    const res = await t.request('POST', '/api/auth/login', { body: { email, password: testPassword } });
    const cookie = res.res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json.user).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password with 401 and the same message as an unknown e-mail', async () => {
    const a = await t.request('POST', '/api/auth/login', {
      body: { email: 'nobody@test.example', password: 'x' },
    });
    expect(a.status).toBe(401);
    const admin = await t.signIn('admin');
    const { json } = await t.request('GET', '/api/users', { as: admin });
    const b = await t.request('POST', '/api/auth/login', {
      body: { email: json.items[0].email, password: 'wrong' },
    });
    expect(b.status).toBe(401);
    expect(b.json.error.message).toBe(a.json.error.message);
  });

  it.each([
    [{ email: 'not-an-email', password: 'x' }, 'body.email'],
    [{ email: 'a@b.example' }, 'body.password'],
    [{ email: 'a@b.example', password: 'x', extra: 1 }, 'body'],
  ])('validates the login body %j', async (body, path) => {
    const { status, json } = await t.request('POST', '/api/auth/login', { body });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('rate-limits repeated failures for one e-mail with 429 and Retry-After', async () => {
    const body = { email: 'target@test.example', password: 'guess' };
    for (let i = 0; i < 3; i++)
      expect((await t.request('POST', '/api/auth/login', { body })).status).toBe(401);
    const limited = await t.request('POST', '/api/auth/login', { body });
    expect(limited.status).toBe(429);
    expect(Number(limited.res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('ends the session on logout', async () => {
    const member = await t.signIn('member');
    expect((await t.request('POST', '/api/auth/logout', { as: member })).status).toBe(204);
    const me = await t.request('GET', '/api/auth/session', { as: member });
    expect(me.json.user).toBeNull();
  });

  it('refuses a signed-in write without the CSRF header, or from another origin', async () => {
    const admin = await t.signIn('admin');
    const body = { key: 'csrf-test', name: { en: 'CSRF' }, kind: 'company' };
    const noToken = await t.request('POST', '/api/organizations', {
      as: admin,
      body,
      headers: { 'x-csrf-token': '' },
    });
    expect(noToken.status).toBe(403);
    expect(noToken.json.error.code).toBe('csrf_failed');
    const crossSite = await t.request('POST', '/api/organizations', {
      as: admin,
      body,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const list = await t.request('GET', '/api/organizations?key=csrf-test');
    expect(list.json.total).toBe(0);
  });
});
