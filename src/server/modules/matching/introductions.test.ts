import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications, users } from '../../db/schema/index.ts';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';
import { noticeRequestsAtSignIn } from './index.ts';

let t: TestApp;
let admin: Session;
let seeker: Session;
let supplier: Session;
let stranger: Session;
let needId: string;
let seedId: string;
let supplierOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  const seekerOrg = await t.addOrganization({
    key: 'seeker-co',
    name: { en: 'Seeker Co.' },
    roles: ['developer'],
  });
  const supplierOrg = await t.addOrganization({
    key: 'supplier-co',
    name: { en: 'Supplier Co.' },
    roles: ['component-supplier'],
  });
  supplierOrgId = supplierOrg.id;
  const thirdOrg = await t.addOrganization({ key: 'third-co', name: { en: 'Third Co.' } });
  admin = await t.signIn('admin');
  seeker = await t.signIn('member', seekerOrg.id);
  supplier = await t.signIn('member', supplierOrg.id);
  stranger = await t.signIn('member', thirdOrg.id);
  needId = (
    await t.request('POST', '/api/needs', {
      as: seeker,
      body: { category: 'supplier', title: { en: 'Gyrotron for ECRH' }, technologies: ['HCD.gyrotron'] },
    })
  ).json.id;
  seedId = (
    await t.request('POST', '/api/seeds', {
      as: supplier,
      body: { category: 'product', title: { ja: 'ジャイロトロン' }, technologies: ['HCD.gyrotron'] },
    })
  ).json.id;
});

async function requestIntro(message = 'Could we talk?') {
  const res = await t.request('POST', '/api/introductions', {
    as: seeker,
    body: { fromKind: 'need', fromId: needId, toType: 'seed', toId: seedId, message },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}
const move = (id: string, as: Session, body: object) =>
  t.request('POST', `/api/introductions/${id}/transition`, { as, body });

describe('requesting an introduction', () => {
  it('tells the other side in the app and by mail (outbox without SMTP)', async () => {
    const intro = await requestIntro();
    expect(intro).toMatchObject({ state: 'requested', side: 'requester', allowed: ['closed'] });
    const inbox = await t.request('GET', '/api/notifications', { as: supplier });
    expect(inbox.json.unread).toBe(1);
    expect(inbox.json.items[0]).toMatchObject({
      kind: 'introduction.requested',
      link: `/introductions/${intro.id}`,
    });
    const outbox = await t.request('GET', '/api/outbox', { as: admin });
    expect(outbox.json.items).toHaveLength(1);
    expect(outbox.json.items[0].subject).toContain('introduction request');
    // A mail is read outside the app: its link carries the server's public address.
    expect(outbox.json.items[0].body).toContain(`http://localhost:3000/introductions/${intro.id}`);
    expect((await t.request('GET', '/api/outbox', { as: supplier })).status).toBe(403);
    await t.request('POST', `/api/notifications/${inbox.json.items[0].id}/read`, { as: supplier });
    expect((await t.request('GET', '/api/notifications', { as: supplier })).json.unread).toBe(0);
    const theirs = await t.request('GET', '/api/introductions', { as: supplier });
    expect(theirs.json.items[0]).toMatchObject({
      side: 'recipient',
      allowed: ['accepted', 'declined', 'closed'],
    });
  });

  it.each([
    ['someone else’s post', () => ({ as: supplier, fromId: needId }), 403],
    ['a duplicate', () => ({ as: seeker, fromId: needId, again: true }), 409],
  ])('refuses %s', async (_name, make, status) => {
    const { as, fromId, again } = make() as { as: Session; fromId: string; again?: boolean };
    if (again) await requestIntro();
    const res = await t.request('POST', '/api/introductions', {
      as,
      body: { fromKind: 'need', fromId, toType: 'seed', toId: seedId, message: 'Hi' },
    });
    expect(res.status).toBe(status);
  });

  it('to an organisation with no account: the requester is told, and the coordinator lists it to follow up', async () => {
    const silent = await t.addOrganization({ key: 'silent-co', name: { en: 'Silent Co.' } });
    const res = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: silent.id, message: 'Hello?' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.recipientHasAccount).toBe(false);
    const told = (await t.request('GET', '/api/notifications', { as: seeker })).json.items;
    expect(told).toEqual([
      expect.objectContaining({ kind: 'introduction.no-account', link: `/introductions/${res.json.id}` }),
    ]);
    expect(told[0].body.en).toContain('coordinator');
    expect(told[0].body.ja).toContain('事務局');
    // Nobody got a mail: nobody is there.
    expect((await t.request('GET', '/api/outbox', { as: admin })).json.items).toHaveLength(0);
    // The coordinator's home page lists it as needing a hand, and the two answers agree.
    const home = (await t.request('GET', '/api/home', { as: admin })).json;
    expect(home.noAccount.map((i: { id: string }) => i.id)).toEqual([res.json.id]);
    expect(home.unanswered.map((i: { id: string }) => i.id)).not.toContain(res.json.id);

    // One with an active account answers in the app: no such notice, and not on that list.
    const intro = await requestIntro();
    expect(intro.recipientHasAccount).toBe(true);
    const after = (await t.request('GET', '/api/home', { as: admin })).json;
    expect(after.noAccount.map((i: { id: string }) => i.id)).toEqual([res.json.id]);
    expect(after.unanswered.map((i: { id: string }) => i.id)).toEqual([intro.id]);
    const notices = (await t.request('GET', '/api/notifications', { as: seeker })).json.items;
    expect(notices.filter((n: { kind: string }) => n.kind === 'introduction.no-account')).toHaveLength(1);
  });

  it('tells only the enabled accounts of the other side: a disabled one gets neither notice nor mail', async () => {
    const gone = await t.signIn('member', supplierOrgId);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id));
    await requestIntro();
    const outbox = (await t.request('GET', '/api/outbox', { as: admin })).json.items;
    expect(outbox).toHaveLength(1);
    const told = await t.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.kind, 'introduction.requested'));
    const ids = told.map((r) => r.userId);
    expect(ids).not.toContain(gone.id);
    expect(ids).toHaveLength(1);
  });

  it('an account disabled counts as none', async () => {
    const lone = await t.addOrganization({ key: 'lone-co', name: { en: 'Lone Co.' } });
    const member = await t.signIn('member', lone.id);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, member.id));
    const res = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: lone.id, message: 'Hello?' },
    });
    expect(res.json.recipientHasAccount).toBe(false);
    const home = (await t.request('GET', '/api/home', { as: admin })).json;
    expect(home.noAccount.map((i: { id: string }) => i.id)).toEqual([res.json.id]);
  });

  it('an account made after the request is told of it at its first sign-in, once', async () => {
    const late = await t.addOrganization({ key: 'late-co', name: { en: 'Late Co.' } });
    const res = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: late.id, message: 'Hello?' },
    });
    expect(res.status).toBe(201);
    // A closed request is not news: it gets no notice.
    const other = await t.addOrganization({ key: 'other-co', name: { en: 'Other Co.' } });
    const closed = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: other.id, message: 'Hi' },
    });
    expect((await move(closed.json.id, seeker, { to: 'closed', outcome: 'found another' })).status).toBe(200);

    // The account exists before its first sign-in, which goes through the login route as a person's would.
    const account = await t.signIn('member', late.id);
    const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, account.id));
    const member = await t.login(row!.email);
    const inbox = async (as: Session) =>
      (
        (await t.request('GET', '/api/notifications', { as })).json.items as Array<{
          kind: string;
          link: string;
          body: { en?: string };
        }>
      ).filter((n) => n.kind === 'introduction.requested');
    const first = await inbox(member);
    expect(first).toEqual([expect.objectContaining({ link: `/introductions/${res.json.id}` })]);
    expect(first[0]!.body.en).toContain('Seeker Co.');
    expect(first[0]!.body.en).toContain('Gyrotron for ECRH');
    // Signing in again adds nothing.
    const again = await t.login(row!.email);
    expect(await inbox(again)).toHaveLength(1);
    // No mail at sign-in.
    expect((await t.request('GET', '/api/outbox', { as: admin })).json.items).toHaveLength(0);
    // Someone told when the request was made is not told again at sign-in.
    const intro = await requestIntro();
    const me = await t.request('GET', '/api/auth/session', { as: supplier });
    const supplierAgain = await t.login(me.json.user.email);
    expect((await inbox(supplierAgain)).filter((n) => n.link === `/introductions/${intro.id}`)).toHaveLength(
      1,
    );
  });

  it('gives the notice of a request once when an account signs in from several clients at the same moment', async () => {
    const late = await t.addOrganization({ key: 'twice-co', name: { en: 'Twice Co.' } });
    const res = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: late.id, message: 'Hello?' },
    });
    expect(res.status).toBe(201);
    const account = await t.signIn('member', late.id);
    const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, account.id));
    // The notice step of eight sign-ins at once (a phone, a laptop, retries), each on its own connection on
    // PostgreSQL: each finds the notice not yet given before any has inserted it.
    const user = { id: account.id, role: 'member', organizationId: late.id };
    await Promise.all(Array.from({ length: 8 }, () => noticeRequestsAtSignIn(t.db, user)));
    expect((await t.login(row!.email)).cookie).toBeTruthy();
    const notices = await t.db
      .select({ link: notifications.link })
      .from(notifications)
      .where(and(eq(notifications.userId, account.id), eq(notifications.kind, 'introduction.requested')));
    expect(notices).toEqual([{ link: `/introductions/${res.json.id}` }]);
  });

  it('refuses its own organisation and an empty message, naming the field', async () => {
    const own = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'need', toId: needId, message: 'Hi' },
    });
    expect(own.json.error.details[0].path).toBe('body.toId');
    const empty = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: needId, toType: 'seed', toId: seedId, message: ' ' },
    });
    expect(empty.json.error.details[0].path).toBe('body.message');
    expect((await t.request('POST', '/api/introductions', { body: {} })).status).toBe(401);
  });
});

describe('the workflow', () => {
  it('runs from request to contract, with a follow-up task after each step', async () => {
    const intro = await requestIntro();
    for (const [as, to] of [
      [supplier, 'accepted'],
      [seeker, 'meeting'],
      [supplier, 'nda'],
      [seeker, 'poc'],
      [supplier, 'contract'],
    ] as const) {
      const res = await move(intro.id, as, { to, note: `now ${to}` });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.json.state).toBe(to);
    }
    const done = await t.request('GET', `/api/introductions/${intro.id}`, { as: seeker });
    expect(done.json.events.map((e: { to: string }) => e.to)).toEqual([
      'requested',
      'accepted',
      'meeting',
      'nda',
      'poc',
      'contract',
    ]);
    expect(done.json.tasks).toHaveLength(4);
    expect(done.json.allowed).toEqual([]);
    const task = done.json.tasks[0];
    const ticked = await t.request('PATCH', `/api/introduction-tasks/${task.id}`, {
      as: seeker,
      body: { done: true },
    });
    expect(ticked.json.tasks[0].doneAt).not.toBeNull();
    const board = await t.request('GET', '/api/introductions/board', { as: admin });
    expect(board.json.byState.contract).toBe(1);
    expect(board.json.openTasks).toBe(3);
    expect(board.json.byTechnology).toEqual([{ code: 'HCD', count: 1 }]);
    expect(board.json.conversion).toEqual([
      { month: new Date().toISOString().slice(0, 7), requested: 1, accepted: 1, meeting: 1, contract: 1 },
    ]);
  });

  it.each([
    ['requested', 'contract'],
    ['requested', 'meeting'],
    ['requested', 'expired'],
    ['declined', 'accepted'],
    ['accepted', 'accepted'],
  ])('refuses %s → %s with 409', async (from, to) => {
    const intro = await requestIntro();
    if (from === 'declined') await move(intro.id, supplier, { to: 'declined', reason: 'No capacity' });
    if (from === 'accepted') await move(intro.id, supplier, { to: 'accepted' });
    const res = await move(intro.id, supplier, { to });
    expect(res.status).toBe(409);
    expect(res.json.error.details[0].path).toBe('body.to');
  });

  it('only the other side accepts; declining needs a reason the requester sees; closing needs an outcome', async () => {
    const intro = await requestIntro();
    expect((await move(intro.id, seeker, { to: 'accepted' })).status).toBe(403);
    const noReason = await move(intro.id, supplier, { to: 'declined' });
    expect(noReason.json.error.details[0].path).toBe('body.reason');
    expect(
      (await move(intro.id, supplier, { to: 'declined', reason: 'Fully booked until 2028' })).status,
    ).toBe(200);
    const seen = await t.request('GET', `/api/introductions/${intro.id}`, { as: seeker });
    expect(seen.json).toMatchObject({ state: 'declined', reason: 'Fully booked until 2028' });
    const note = await t.request('GET', '/api/notifications', { as: seeker });
    expect(note.json.items[0].body.en).toBe('Fully booked until 2028');
    const second = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: {
        fromKind: 'need',
        fromId: needId,
        toType: 'organization',
        toId: (await t.request('GET', '/api/organizations?key=supplier-co')).json.items[0].id,
        message: 'Another try',
      },
    });
    const noOutcome = await move(second.json.id, seeker, { to: 'closed' });
    expect(noOutcome.json.error.details[0].path).toBe('body.outcome');
    expect(
      (await move(second.json.id, seeker, { to: 'closed', outcome: 'Found another supplier' })).json.state,
    ).toBe('closed');
  });

  it('a member cannot see or act on another organisation’s introduction', async () => {
    const intro = await requestIntro();
    expect((await t.request('GET', `/api/introductions/${intro.id}`, { as: stranger })).status).toBe(404);
    expect((await move(intro.id, stranger, { to: 'accepted' })).status).toBe(404);
    expect((await t.request('GET', '/api/introductions', { as: stranger })).json.total).toBe(0);
    expect(
      (
        await t.request('POST', `/api/introductions/${intro.id}/tasks`, {
          as: stranger,
          body: { title: 'x' },
        })
      ).status,
    ).toBe(404);
    // The coordinator sees and may act on all of them.
    expect((await t.request('GET', '/api/introductions', { as: admin })).json.total).toBe(1);
    expect((await move(intro.id, admin, { to: 'accepted' })).status).toBe(200);
  });

  it.each(['agency', 'reviewer', 'person'] as const)(
    'an account of role %s tied to an organisation does not act for it, nor see its introductions',
    async (role) => {
      const intro = await requestIntro();
      const supplierOrg = intro.to.organization.id as string;
      const seekerOrg = intro.from.organization.id as string;
      const tiedToRecipient = await t.signIn(role, supplierOrg);
      expect((await move(intro.id, tiedToRecipient, { to: 'accepted' })).status).toBe(403);
      expect((await t.request('GET', `/api/introductions/${intro.id}`, { as: tiedToRecipient })).status).toBe(
        404,
      );
      expect((await t.request('GET', '/api/introductions', { as: tiedToRecipient })).json.total).toBe(0);
      const task = await t.request('POST', `/api/introductions/${intro.id}/tasks`, {
        as: tiedToRecipient,
        body: { title: 'x' },
      });
      expect(task.status).toBe(403);
      const tiedToRequester = await t.signIn(role, seekerOrg);
      const asked = await t.request('POST', '/api/introductions', {
        as: tiedToRequester,
        body: { fromKind: 'need', fromId: needId, toType: 'organization', toId: supplierOrg, message: 'Hi' },
      });
      expect(asked.status).toBe(403);
      // Still requested: only the supplier's member (or the coordinator) accepts.
      expect((await t.request('GET', `/api/introductions/${intro.id}`, { as: seeker })).json.state).toBe(
        'requested',
      );
      expect((await move(intro.id, supplier, { to: 'accepted' })).status).toBe(200);
    },
  );

  it.each(nonAdmins)('keeps the board from %s', async (_name, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/introductions/board', { as })).status).toBe(status);
  });
});

describe('expiry and reminders', () => {
  it('reminds the other side before expiry, then expires the request and tells both', async () => {
    const intro = await requestIntro();
    await t.db.execute(
      sql`update introductions set expires_at = now() + interval '1 day' where id = ${intro.id}`,
    );
    expect((await t.request('POST', '/api/matching/sweep', { as: admin })).json).toMatchObject({
      reminded: 1,
      expired: 0,
    });
    expect((await t.request('POST', '/api/matching/sweep', { as: admin })).json.reminded).toBe(0); // once
    await t.db.execute(
      sql`update introductions set expires_at = now() - interval '1 minute' where id = ${intro.id}`,
    );
    expect((await t.request('POST', '/api/matching/sweep', { as: admin })).json.expired).toBe(1);
    expect((await t.request('GET', `/api/introductions/${intro.id}`, { as: seeker })).json.state).toBe(
      'expired',
    );
    const kinds = (await t.request('GET', '/api/notifications', { as: supplier })).json.items.map(
      (n: { kind: string }) => n.kind,
    );
    expect(kinds).toEqual(['introduction.expired', 'introduction.reminder', 'introduction.requested']);
    expect((await t.request('POST', '/api/matching/sweep', { as: seeker })).status).toBe(403);
  });

  it('reminds owners of posts about to expire', async () => {
    await t.db.execute(sql`update needs set expires_at = now() + interval '2 days' where id = ${needId}`);
    expect((await t.request('POST', '/api/matching/sweep', { as: admin })).json.postsReminded).toBe(1);
    const inbox = await t.request('GET', '/api/notifications', { as: seeker });
    expect(inbox.json.items[0].kind).toBe('need.expiring');
  });
});
