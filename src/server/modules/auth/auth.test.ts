import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../env.ts';
import { clientKey, createLoginLimiter } from '../../lib/rate-limit.ts';
import { createTestApp, type TestApp, testPassword } from '../../test/test-app.ts';

let t: TestApp;
const proxy = '10.0.0.1';
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS: '3', TRUSTED_PROXIES: `${proxy}, 10.0.0.2` });
});

async function emailOf(session: { id: string }) {
  const { json } = await t.request('GET', '/api/users?limit=500', { as: await t.signIn('admin') });
  return json.items.find((u: { id: string }) => u.id === session.id).email as string;
}

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

  it('accepts writes from the public origin behind a TLS-terminating proxy, and only from it', async () => {
    const proxied = await createTestApp({ PUBLIC_URL: 'https://cluster.example/hub/' });
    const admin = await proxied.signIn('admin');
    const write = (origin: string, key: string) =>
      proxied.app.request('http://internal:3000/api/organizations', {
        method: 'POST',
        headers: {
          origin,
          cookie: admin.cookie,
          'x-csrf-token': admin.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ key, name: { en: key }, kind: 'company' }),
      });
    expect((await write('https://cluster.example', 'via-proxy')).status).toBe(201);
    expect((await write('http://internal:3000', 'direct')).status).toBe(201);
    for (const origin of ['http://cluster.example', 'https://cluster.example:8443', 'https://evil.example']) {
      const refused = await write(origin, 'refused');
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('csrf_failed');
    }
    const login = await proxied.app.request('http://internal:3000/api/auth/login', {
      method: 'POST',
      headers: { origin: 'https://cluster.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@test.example', password: 'x' }),
    });
    expect(login.status).toBe(401);
  });
});

describe('login limits an attacker cannot turn against the owner', () => {
  let clock: number;
  let waited: number[];
  beforeEach(() => {
    clock = Date.parse('2026-04-01T09:00:00Z');
    waited = [];
    // A fresh limiter per test, on a clock the test moves, recording the slow-downs instead of sleeping.
    t.deps.loginLimiter = createLoginLimiter({
      maxAttempts: 3,
      windowMs: 15 * 60_000,
      now: () => clock,
      sleep: async (ms) => {
        waited.push(ms);
      },
    });
  });
  const attempt = (email: string, password: string, peer?: string, forwardedFor?: string) =>
    t.request('POST', '/api/auth/login', {
      body: { email, password },
      peer,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    for (let i = 0; i < 3; i++)
      expect((await attempt('victim@test.example', 'guess', '203.0.113.5', `198.51.100.${i}`)).status).toBe(
        401,
      );
    const limited = await attempt('victim@test.example', 'guess', '203.0.113.5', '198.51.100.99');
    expect(limited.status).toBe(429);
    expect(Number(limited.res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts every request without a socket as one client, whatever its headers say', async () => {
    for (let i = 0; i < 3; i++)
      expect((await attempt('victim@test.example', 'guess', undefined, `198.51.100.${i}`)).status).toBe(401);
    expect((await attempt('victim@test.example', 'guess', undefined, '192.0.2.77')).status).toBe(429);
  });

  it("honours a trusted proxy's X-Forwarded-For, and only the hop that proxy saw", async () => {
    // The client put a forged address first; our proxy appended the address it saw.
    for (let i = 0; i < 3; i++)
      expect(
        (await attempt('victim@test.example', 'guess', proxy, `192.0.2.${i}, 198.51.100.7`)).status,
      ).toBe(401);
    expect((await attempt('victim@test.example', 'guess', proxy, '198.51.100.7')).status).toBe(429);
    // Through two of our proxies: the second one's entry is skipped.
    expect((await attempt('victim@test.example', 'guess', proxy, '198.51.100.7, 10.0.0.2')).status).toBe(429);
    // Another client behind the same proxy is not limited by the first one's failures.
    expect((await attempt('victim@test.example', 'guess', `::ffff:${proxy}`, '198.51.100.8')).status).toBe(
      401,
    );
  });

  it('lets the owner sign in from another client while an attacker is refused, with a bounded delay', async () => {
    const owner = await t.signIn('member');
    const email = await emailOf(owner);
    for (let i = 0; i < 3; i++) expect((await attempt(email, `guess-${i}`, '203.0.113.66')).status).toBe(401);
    expect((await attempt(email, testPassword, '203.0.113.66')).status).toBe(429);
    // Many more failures from many addresses: still no refusal for anyone else, only a longer wait.
    for (let i = 0; i < 20; i++) expect((await attempt(email, 'guess', `203.0.114.${i}`)).status).toBe(401);
    const delays = [...waited];
    expect(delays.length).toBeGreaterThan(3);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(Math.max(...delays)).toBeLessThanOrEqual(5_000);
    const signedIn = await attempt(email, testPassword, '198.51.100.20');
    expect(signedIn.status).toBe(200);
    expect(waited.at(-1)).toBe(5_000);
    // The owner proved the password: the slow-down starts over.
    await attempt(email, 'guess', '198.51.100.21');
    expect(waited.at(-1)).toBe(5_000);
    expect(t.deps.loginLimiter.delayMs(email)).toBe(0);
  });

  it('counts an IPv6 client by its /64, which one host can send from whole', async () => {
    for (let i = 1; i <= 3; i++)
      expect((await attempt('victim@test.example', 'guess', `2001:db8:1:2::${i}`)).status).toBe(401);
    expect((await attempt('victim@test.example', 'guess', '2001:db8:1:2:ffff:1:2:3')).status).toBe(429);
    expect((await attempt('victim@test.example', 'guess', '2001:db8:1:3::1')).status).toBe(401);
    expect(clientKey('2001:DB8:0:0a::1')).toBe('2001:db8:0:a::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::')).toBe('fe80:0:0:0::/64');
    expect(clientKey('203.0.113.5')).toBe('203.0.113.5');
    expect(clientKey('unknown')).toBe('unknown');
  });

  it('refuses one client that sprays many accounts, and forgets after the window', async () => {
    for (let i = 0; i < 15; i++)
      expect((await attempt(`spray-${i}@test.example`, 'guess', '203.0.113.9')).status).toBe(401);
    const limited = await attempt('spray-new@test.example', 'guess', '203.0.113.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.res.headers.get('retry-after'))).toBe(15 * 60);
    clock += 10 * 60_000;
    expect(
      Number((await attempt('x@test.example', 'guess', '203.0.113.9')).res.headers.get('retry-after')),
    ).toBe(5 * 60);
    clock += 5 * 60_000;
    expect((await attempt('spray-new@test.example', 'guess', '203.0.113.9')).status).toBe(401);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('takes IP addresses only, and refuses a host name naming the variable', () => {
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.1,::ffff:10.0.0.3 , fd00::1' }).trustedProxies).toEqual([
      '10.0.0.1',
      '10.0.0.3',
      'fd00::1',
    ]);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(/TRUSTED_PROXIES/);
  });
});
