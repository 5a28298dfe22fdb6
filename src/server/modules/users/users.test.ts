import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, passwordResets, users } from '../../db/schema/index.ts';
import { createTestApp, nonAdmins, type Session, type TestApp, testPassword } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://cluster.example/' });
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
    const target = (await t.signIn('person')).id;
    expect((await t.request('PATCH', `/api/users/${target}`, { as, body: { disabled: true } })).status).toBe(
      status,
    );
    expect((await t.request('POST', `/api/users/${target}/password-reset`, { as })).status).toBe(status);
  });
});

async function emailOf(id: string) {
  const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, id));
  return row!.email;
}

const signedIn = async (session: Session) =>
  (await t.request('GET', '/api/auth/session', { as: session })).json.user !== null;

async function auditOf(id: string) {
  const { json } = await t.request('GET', `/api/audit?entity=user&entityId=${id}`, { as: admin });
  return json.items as Array<{ action: string; changes: Record<string, unknown>; actorEmail: string }>;
}

describe('own password and sessions', () => {
  it('changes the password only with the current one, and ends the other sessions', async () => {
    const first = await t.signIn('member', orgId);
    const email = await emailOf(first.id);
    const second = await t.login(email);
    const wrong = await t.request('PUT', '/api/account/password', {
      as: first,
      body: { currentPassword: 'not-it', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details.map((d: { path: string }) => d.path)).toEqual(['body.currentPassword']);
    const short = await t.request('PUT', '/api/account/password', {
      as: first,
      body: { currentPassword: testPassword, newPassword: 'short' },
    });
    expect(short.json.error.details.map((d: { path: string }) => d.path)).toEqual(['body.newPassword']);

    const ok = await t.request('PUT', '/api/account/password', {
      as: first,
      body: { currentPassword: testPassword, newPassword: 'a-brand-new-password' },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.sessionsEnded).toBe(1);
    expect(await signedIn(first)).toBe(true);
    expect(await signedIn(second)).toBe(false);
    await expect(t.login(email)).rejects.toThrow(/401/);
    await t.login(email, 'a-brand-new-password');
    expect((await auditOf(first.id))[0]).toMatchObject({
      action: 'change_password',
      changes: { sessionsEnded: 1 },
    });
  });

  it('lists your own sessions with the current one marked, and revokes one of them only', async () => {
    const mine = await t.signIn('reviewer');
    const other = await t.login(await emailOf(mine.id));
    const list = await t.request('GET', '/api/account/sessions', { as: mine });
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(2);
    expect(list.json.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.json.items[0]).not.toHaveProperty('tokenHash');
    const otherId = list.json.items.find((s: { current: boolean }) => !s.current).id;

    const stranger = await t.signIn('reviewer');
    expect((await t.request('DELETE', `/api/account/sessions/${otherId}`, { as: stranger })).status).toBe(
      404,
    );
    expect(await signedIn(other)).toBe(true);
    expect((await t.request('DELETE', `/api/account/sessions/${otherId}`, { as: mine })).status).toBe(204);
    expect(await signedIn(other)).toBe(false);
    expect(await signedIn(mine)).toBe(true);
    expect((await t.request('GET', '/api/account/sessions', { as: mine })).json.total).toBe(1);
    expect((await t.request('GET', '/api/account/sessions')).status).toBe(401);
  });
});

describe('an admin manages accounts', () => {
  it('disables an account, ending all its sessions at once, and re-enables it', async () => {
    const user = await t.signIn('member', orgId);
    const email = await emailOf(user.id);
    const another = await t.login(email);
    const disabled = await t.request('PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.json).toMatchObject({ id: user.id, disabled: true });
    expect(await signedIn(user)).toBe(false);
    expect(await signedIn(another)).toBe(false);
    const refused = await t.request('POST', '/api/auth/login', { body: { email, password: testPassword } });
    expect(refused.status).toBe(403);
    expect(refused.res.headers.get('set-cookie')).toBeNull();
    // Without the password, a disabled account looks like any wrong guess.
    const guess = await t.request('POST', '/api/auth/login', { body: { email, password: 'guess' } });
    expect(guess.status).toBe(401);
    const listed = await t.request('GET', '/api/users?limit=500', { as: admin });
    expect(listed.json.items.find((u: { id: string }) => u.id === user.id).disabled).toBe(true);

    const enabled = await t.request('PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { disabled: false },
    });
    expect(enabled.json.disabled).toBe(false);
    await t.login(email);
    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['update', 'disable']);
    expect(audit[1]!.changes).toMatchObject({ disabled: { from: false, to: true }, sessionsEnded: 2 });
  });

  it('changes a role, keeping a member tied to an organisation', async () => {
    const user = await t.signIn('person');
    const noOrg = await t.request('PATCH', `/api/users/${user.id}`, { as: admin, body: { role: 'member' } });
    expect(noOrg.status).toBe(400);
    expect(noOrg.json.error.details.map((d: { path: string }) => d.path)).toContain('body.organizationId');
    const member = await t.request('PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { role: 'member', organizationId: orgId },
    });
    expect(member.json).toMatchObject({ role: 'member', organizationId: orgId, disabled: false });
    expect((await t.request('GET', '/api/auth/session', { as: user })).json.user.role).toBe('member');
    expect((await auditOf(user.id))[0]).toMatchObject({
      action: 'update',
      changes: { role: { from: 'person', to: 'member' } },
    });
    expect((await t.request('PATCH', `/api/users/${user.id}`, { as: admin, body: {} })).status).toBe(400);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.request('PATCH', `/api/users/${missing}`, { as: admin, body: { role: 'person' } })).status,
    ).toBe(404);
  });

  it('does not let an admin disable or demote their own account', async () => {
    const self = await t.signIn('admin');
    for (const body of [{ disabled: true }, { role: 'reviewer' }]) {
      const res = await t.request('PATCH', `/api/users/${self.id}`, { as: self, body });
      expect(res.status).toBe(409);
    }
    expect(await signedIn(self)).toBe(true);
  });
});

describe('password reset by a one-time link', () => {
  async function sendLink(id: string) {
    const res = await t.request('POST', `/api/users/${id}/password-reset`, { as: admin });
    expect(res.status).toBe(202);
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, await emailOf(id)))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const link = mail!.body.match(/https:\/\/cluster\.example\/reset-password#(\S+)/);
    expect(link, mail!.body).not.toBeNull();
    return link![1]!;
  }
  const useLink = (token: string, password = 'set-by-the-link-2026') =>
    t.request('POST', '/api/account/password-reset', { body: { token, password } });

  it('mails a link under PUBLIC_URL that sets the password once and ends every session', async () => {
    const user = await t.signIn('agency');
    const email = await emailOf(user.id);
    const token = await sendLink(user.id);
    const [stored] = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);

    expect((await useLink(token)).status).toBe(204);
    expect(await signedIn(user)).toBe(false);
    await t.login(email, 'set-by-the-link-2026');
    const again = await useLink(token, 'another-password-2026');
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('gone');
    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['reset_password', 'send_password_reset']);
    expect(audit[0]!.actorEmail).toBe(email);
  });

  it('refuses an expired link, an unknown one, and an earlier link once a new one is sent', async () => {
    const user = await t.signIn('agency');
    const expired = await sendLink(user.id);
    await t.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, user.id));
    expect((await useLink(expired)).status).toBe(410);
    expect((await useLink('x'.repeat(43))).status).toBe(410);
    const earlier = await sendLink(user.id);
    const later = await sendLink(user.id);
    expect((await useLink(earlier)).status).toBe(410);
    expect((await useLink(later)).status).toBe(204);
    expect((await useLink('short')).status).toBe(400);
  });

  it('lets exactly one of two simultaneous uses through', async () => {
    const user = await t.signIn('agency');
    const token = await sendLink(user.id);
    const results = await Promise.all([
      useLink(token, 'first-of-two-2026'),
      useLink(token, 'second-of-two-2026'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 410]);
  });
});

describe('invitation by e-mail', () => {
  const invite = (extra: Record<string, unknown> = {}) =>
    t.request('POST', '/api/users/invitations', {
      as: admin,
      body: {
        email: `invitee-${Math.random().toString(36).slice(2)}@test.example`,
        role: 'member',
        organizationId: orgId,
        ...extra,
      },
    });
  async function invitationToken(email: string) {
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, email))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const link = mail!.body.match(/https:\/\/cluster\.example\/invitation#(\S+)/);
    expect(link, mail!.body).not.toBeNull();
    return link![1]!;
  }
  const accept = (token: string, extra: Record<string, unknown> = {}) =>
    t.request('POST', '/api/account/invitation', {
      body: { token, password: 'chosen-by-the-invitee', ...extra },
    });

  it('makes an account that cannot sign in until the invitee sets a password through the link, once', async () => {
    const res = await invite();
    expect(res.status).toBe(201);
    const { account } = res.json;
    expect(account).toMatchObject({
      role: 'member',
      invited: true,
      disabled: false,
      organization: { id: orgId, key: 'acme' },
    });
    expect(new Date(res.json.expiresAt).getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    // No password yet: nothing signs in, not even an empty one.
    for (const password of ['', 'chosen-by-the-invitee'])
      expect(
        (await t.request('POST', '/api/auth/login', { body: { email: account.email, password } })).status,
      ).not.toBe(200);

    const token = await invitationToken(account.email);
    const accepted = await accept(token, { name: '招待 太郎' });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ email: account.email });
    const session = await t.login(account.email, 'chosen-by-the-invitee');
    const me = await t.request('GET', '/api/auth/session', { as: session });
    expect(me.json.user).toMatchObject({ name: '招待 太郎', organizationId: orgId, role: 'member' });

    const again = await accept(token, { password: 'someone-else-tries' });
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('gone');
    await t.login(account.email, 'chosen-by-the-invitee');
    const listed = await t.request('GET', '/api/users?limit=500', { as: admin });
    expect(listed.json.items.find((u: { id: string }) => u.id === account.id).invited).toBe(false);
    expect((await auditOf(account.id)).map((a) => a.action)).toEqual([
      'accept_invitation',
      'send_invitation',
      'invite',
    ]);
    // Accepted: a second invitation is refused; a reset link is the way now.
    expect((await t.request('POST', `/api/users/${account.id}/invitation`, { as: admin })).status).toBe(409);
  });

  it('refuses an expired invitation, an earlier one once resent, and a reset link on the invitation page', async () => {
    const { account } = (await invite()).json;
    const expired = await invitationToken(account.email);
    await t.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, account.id));
    expect((await accept(expired)).status).toBe(410);

    expect((await t.request('POST', `/api/users/${account.id}/invitation`, { as: admin })).status).toBe(202);
    const fresh = await invitationToken(account.email);
    expect(fresh).not.toBe(expired);
    // An invitation is not a reset link, nor the other way round.
    expect(
      (
        await t.request('POST', '/api/account/password-reset', {
          body: { token: fresh, password: 'a-long-enough-password' },
        })
      ).status,
    ).toBe(410);
    expect((await accept(fresh)).status).toBe(200);
    expect((await accept(fresh)).status).toBe(410);
  });

  it.each([
    [{ email: 'not-an-address' }, 'body.email'],
    [{ role: 'emperor' }, 'body.role'],
    [{ organizationId: null }, 'body.organizationId'],
    [{ organizationId: '00000000-0000-4000-8000-000000000000' }, 'body.organizationId'],
    [{ password: 'not-the-admins-to-choose' }, 'body'],
  ])('refuses the invitation %j naming the field', async (change, path) => {
    const res = await invite(change);
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a second invitation to a taken e-mail, and a short password or unknown token', async () => {
    const { account } = (await invite()).json;
    const twice = await invite({ email: account.email.toUpperCase() });
    expect(twice.status).toBe(409);
    expect(twice.json.error.details.map((d: { path: string }) => d.path)).toContain('body.email');
    const token = await invitationToken(account.email);
    const short = await accept(token, { password: 'short' });
    expect(short.json.error.details.map((d: { path: string }) => d.path)).toEqual(['body.password']);
    expect((await accept('y'.repeat(43))).status).toBe(410);
    expect((await accept(token)).status).toBe(200);
  });

  it.each(nonAdmins)('refuses %s to invite or resend', async (_n, role, status) => {
    const as = role ? await t.signIn(role, orgId) : undefined;
    const body = { email: 'x@test.example', role: 'member', organizationId: orgId };
    expect((await t.request('POST', '/api/users/invitations', { as, body })).status).toBe(status);
    const target = (await t.signIn('person')).id;
    expect((await t.request('POST', `/api/users/${target}/invitation`, { as })).status).toBe(status);
  });
});

describe('an admin edits an account', () => {
  it('renames it and names its organisation in the list', async () => {
    const user = await t.signIn('member', orgId);
    const res = await t.request('PATCH', `/api/users/${user.id}`, { as: admin, body: { name: '改名 花子' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: '改名 花子', organization: { id: orgId, key: 'acme' } });
    expect((await t.request('GET', '/api/auth/session', { as: user })).json.user.name).toBe('改名 花子');
    const blank = await t.request('PATCH', `/api/users/${user.id}`, { as: admin, body: { name: '  ' } });
    expect(blank.json.error.details.map((d: { path: string }) => d.path)).toEqual(['body.name']);
    expect((await auditOf(user.id))[0]!.changes).toMatchObject({ name: { to: '改名 花子' } });
  });
});
