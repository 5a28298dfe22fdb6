import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { publicFormLimit } from './desk.routes.ts';

// The one-stop desk through HTTP on both engines: the public form (no account, rate limit, honeypot), who
// sees which case (a partner only those referred to it, 404 for the rest), working-day targets across Golden
// Week on a moved clock, referrals answered once under simultaneous accept/return, close and reopen keeping
// the history, and every bad input named.

let t: TestApp;
let admin: Session & { id: string };
let member: Session & { id: string }; // of acme, the company
let rival: Session; // of beta, another company
let partner: Session & { id: string }; // agency staff of the prefecture office
let otherPartner: Session & { id: string }; // agency staff of the bank
let peerCount = 0;
const nextPeer = () => `192.0.2.${++peerCount % 250}`;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  t.deps.clock = undefined;
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  const office = await t.addOrganization({
    key: 'pref-office',
    name: { en: 'Prefecture office' },
    kind: 'government',
  });
  const bank = await t.addOrganization({ key: 'bank', name: { en: 'Regional bank' }, kind: 'financial' });
  member = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  partner = await t.signIn('agency', office.id);
  otherPartner = await t.signIn('agency', bank.id);
});

const form = (over: object = {}) => ({
  companyName: 'Example Ltd',
  contactName: 'Alex Example',
  email: 'alex@example.com',
  topic: 'technology',
  message: 'We need help with vacuum brazing.',
  language: 'en',
  ...over,
});

const submit = (over: object = {}, peer = nextPeer()) =>
  t.request('POST', '/api/desk/public-consultations', { body: form(over), peer });

const noticesOf = (userId: string) =>
  t.db.select().from(notifications).where(eq(notifications.userId, userId));

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function queue(query = '') {
  const r = await t.request('GET', `/api/desk/consultations${query}`, { as: admin });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json as {
    items: { id: string; overdue: { firstAnswer: boolean; close: boolean } }[];
    total: number;
  };
}

/** A case through the public form, found in the coordinator's queue. */
async function publicCase(over: object = {}) {
  const r = await submit(over);
  expect(r.status, JSON.stringify(r.json)).toBe(202);
  return (await queue()).items[0]!.id;
}

async function referTo(id: string, partners: string[]) {
  const r = await t.request('POST', `/api/desk/consultations/${id}/referrals`, {
    as: admin,
    body: { partners },
  });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json;
}

describe('the public form', () => {
  it('takes a consultation without an account and says only that it was received', async () => {
    const r = await submit({ language: 'en', phone: '+81 17 000 0000' });
    expect(r.status).toBe(202);
    expect(Object.keys(r.json).sort()).toEqual(['received', 'receivedAt']);
    const { items } = await queue();
    expect(items).toHaveLength(1);
    const full = await t.request('GET', `/api/desk/consultations/${items[0]!.id}`, { as: admin });
    expect(full.json).toMatchObject({
      channel: 'web',
      status: 'new',
      organization: null,
      language: 'en',
      contact: { name: 'Alex Example', email: 'alex@example.com', phone: '+81 17 000 0000' },
    });
    expect(full.json.events.map((e: { kind: string }) => e.kind)).toEqual(['opened']);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const trap = await submit({ website: 'http://spam.example' });
    expect(trap.status).toBe(202);
    expect(Object.keys(trap.json).sort()).toEqual(['received', 'receivedAt']);
    expect((await queue()).total).toBe(0);
    expect((await submit()).status).toBe(202);
    expect((await queue()).total).toBe(1);
  });

  it(`refuses the ${publicFormLimit.perWindow + 1}th consultation from one client within the hour, not another client's`, async () => {
    const peer = '198.51.100.7';
    for (let i = 0; i < publicFormLimit.perWindow; i++) expect((await submit({}, peer)).status).toBe(202);
    const refused = await submit({}, peer);
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('rate_limited');
    expect(Number(refused.res.headers.get('retry-after'))).toBeGreaterThan(0);
    // The honeypot counts too, so a bot cannot probe it for free.
    expect((await submit({ website: 'x' }, peer)).status).toBe(429);
    expect((await submit({}, '198.51.100.8')).status).toBe(202);
    expect((await queue()).total).toBe(publicFormLimit.perWindow + 1);
    // An hour later (the app's clock) the client may write again.
    t.deps.clock = () => new Date(Date.now() + publicFormLimit.windowMs + 1000);
    expect((await submit({}, peer)).status).toBe(202);
  });

  it('names every bad field', async () => {
    const cases: [object, string][] = [
      [{ companyName: '' }, 'body.companyName'],
      [{ contactName: undefined }, 'body.contactName'],
      [{ email: 'not-an-address' }, 'body.email'],
      [{ email: undefined }, 'body.email'],
      [{ phone: 'call me' }, 'body.phone'],
      [{ topic: 'astrology' }, 'body.topic'],
      [{ message: ' ' }, 'body.message'],
      [{ language: 'fr' }, 'body.language'],
      [{ message: 'x'.repeat(10_001) }, 'body.message'],
      [{ companyName: 'A\u0000B' }, 'body.companyName'],
    ];
    for (const [over, path] of cases) {
      const r = await submit(over);
      expect(r.status, path).toBe(400);
      expect(r.json.error.code).toBe('validation_failed');
      expect(paths(r.json), path).toContain(path);
    }
    expect((await queue()).total).toBe(0);
  });

  it('never shows contact details on a public route', async () => {
    const id = await publicCase({ email: 'private.person@example.org', phone: '+81 17 999 1234' });
    await referTo(id, ['pref-office']);
    const doc = (await t.request('GET', '/api/openapi.json')).json;
    let walked = 0;
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { 'x-access'?: unknown }>>,
    )) {
      const get = item.get;
      if (get?.['x-access'] !== 'public' || path.includes('{')) continue;
      const r = await t.request('GET', `/api${path}`);
      const text = r.json ? JSON.stringify(r.json) : await r.res.text();
      expect(text, path).not.toContain('private.person@example.org');
      expect(text, path).not.toContain('999 1234');
      walked++;
    }
    expect(walked).toBeGreaterThan(5);
  });

  it('lists the topics with their targets to anyone, and only a coordinator changes a target', async () => {
    const r = await t.request('GET', '/api/desk/topics');
    expect(r.status).toBe(200);
    expect(r.json.items.map((x: { code: string }) => x.code)).toEqual([
      'technology',
      'ip',
      'funding',
      'siting',
      'permits',
      'talent',
      'export',
      'other',
    ]);
    expect(r.json.items[0]).toMatchObject({
      label: { ja: '技術相談', en: 'Technology' },
      firstAnswerDays: 2,
    });
    const body = { firstAnswerDays: 3, closeDays: 15 };
    expect((await t.request('PUT', '/api/desk/topics/other/targets', { as: member, body })).status).toBe(403);
    const bad = await t.request('PUT', '/api/desk/topics/other/targets', {
      as: admin,
      body: { firstAnswerDays: 5, closeDays: 4 },
    });
    expect(paths(bad.json)).toEqual(['body.closeDays']);
    const set = await t.request('PUT', '/api/desk/topics/other/targets', { as: admin, body });
    expect(set.json).toMatchObject(body);
    // Topics survive between tests (reference data): put it back.
    await t.request('PUT', '/api/desk/topics/other/targets', {
      as: admin,
      body: { firstAnswerDays: 2, closeDays: 10 },
    });
  });
});

describe('working-day targets', () => {
  it('counts across Golden Week 2027 on the app clock, and overdue follows the clock and the first answer', async () => {
    // Wednesday 28 April 2027, 10:00 in Japan: the 29th and 3–5 May are holidays, 1–2 May a weekend.
    t.deps.clock = () => new Date('2027-04-28T10:00:00+09:00');
    const id = await publicCase({ topic: 'technology' });
    const tri = await t.request('POST', `/api/desk/consultations/${id}/triage`, {
      as: admin,
      body: { priority: 'high' },
    });
    expect(tri.status, JSON.stringify(tri.json)).toBe(200);
    expect(tri.json).toMatchObject({
      status: 'triaged',
      priority: 'high',
      owner: { id: admin.id },
      firstAnswerDue: '2027-05-06', // 30 April, then 6 May
      closeDue: '2027-06-01', // 20 working days
    });
    t.deps.clock = () => new Date('2027-05-06T23:00:00+09:00');
    expect((await queue('?overdue=true')).total).toBe(0);
    t.deps.clock = () => new Date('2027-05-07T09:00:00+09:00');
    const late = await queue('?overdue=true');
    expect(late.items.map((i) => i.id)).toEqual([id]);
    expect(late.items[0]!.overdue).toEqual({ firstAnswer: true, close: false });
    expect((await queue('?overdue=false')).total).toBe(0);
    const answer = await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: admin,
      body: { kind: 'answer', body: 'Here is what we found.' },
    });
    expect(answer.json.firstAnsweredAt).toBe('2027-05-07T00:00:00.000Z');
    expect((await queue('?overdue=true')).total).toBe(0);
    // Past the close target it is overdue again, until closed.
    t.deps.clock = () => new Date('2027-06-02T09:00:00+09:00');
    expect((await queue('?overdue=true')).items[0]!.overdue).toEqual({ firstAnswer: false, close: true });
    await t.request('POST', `/api/desk/consultations/${id}/close`, {
      as: admin,
      body: { followUpOn: '2027-09-01' },
    });
    expect((await queue('?overdue=true')).total).toBe(0);
  });

  it('refuses an owner who is not a coordinator and a triage of a closed case', async () => {
    const id = await publicCase();
    const bad = await t.request('POST', `/api/desk/consultations/${id}/triage`, {
      as: admin,
      body: { owner: (await t.signIn('member')).id, priority: 'urgent' },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.owner']);
    const prio = await t.request('POST', `/api/desk/consultations/${id}/triage`, {
      as: admin,
      body: { priority: 'soon' },
    });
    expect(paths(prio.json)).toEqual(['body.priority']);
    await t.request('POST', `/api/desk/consultations/${id}/close`, {
      as: admin,
      body: { followUpOn: '2099-01-01' },
    });
    const closed = await t.request('POST', `/api/desk/consultations/${id}/triage`, { as: admin, body: {} });
    expect(closed.status).toBe(409);
  });
});

describe('who sees a case', () => {
  it('a partner sees only the cases referred to it (404 for the rest), and the contact once it accepts', async () => {
    const referred = await publicCase({ companyName: 'Referred Ltd' });
    const notReferred = await publicCase({ companyName: 'Kept Ltd' });
    const sent = await referTo(referred, ['pref-office']);
    const referralId = sent.referrals[0].id as string;

    const list = await t.request('GET', '/api/desk/consultations', { as: partner });
    expect(list.json.items.map((i: { id: string }) => i.id)).toEqual([referred]);
    // The referred partner is told, with a link and the company's name (not the contact); the other is not.
    const told = await noticesOf(partner.id);
    expect(told).toEqual([
      expect.objectContaining({ kind: 'desk.referred', link: `/desk/consultations/${referred}` }),
    ]);
    expect(JSON.stringify(told)).not.toContain('alex@example.com');
    expect(await noticesOf(otherPartner.id)).toEqual([]);
    expect(list.json.items[0].myReferral).toEqual({ id: referralId, state: 'referred' });
    expect((await t.request('GET', `/api/desk/consultations/${notReferred}`, { as: partner })).status).toBe(
      404,
    );
    const before = await t.request('GET', `/api/desk/consultations/${referred}`, { as: partner });
    expect(before.json.contact).toBeNull();

    // Another partner: no list entry, 404 on the case and on the referral itself.
    expect((await t.request('GET', '/api/desk/consultations', { as: otherPartner })).json.items).toEqual([]);
    expect((await t.request('GET', `/api/desk/consultations/${referred}`, { as: otherPartner })).status).toBe(
      404,
    );
    const stolen = await t.request('POST', `/api/desk/referrals/${referralId}/accept`, { as: otherPartner });
    expect(stolen.status).toBe(404);
    // Notes wait for acceptance.
    const early = await t.request('POST', `/api/desk/consultations/${referred}/notes`, {
      as: partner,
      body: { body: 'Looking at it' },
    });
    expect(early.status).toBe(403);

    const accepted = await t.request('POST', `/api/desk/referrals/${referralId}/accept`, { as: partner });
    expect(accepted.status).toBe(200);
    expect(accepted.json.contact).toMatchObject({ email: 'alex@example.com' });
    expect(accepted.json.myReferral).toEqual({ id: referralId, state: 'accepted' });
    // Members never see a public-form case; nor does a reviewer reach the queue.
    expect((await t.request('GET', `/api/desk/consultations/${referred}`, { as: member })).status).toBe(404);
    const reviewer = await t.signIn('reviewer');
    expect((await t.request('GET', '/api/desk/consultations', { as: reviewer })).status).toBe(403);
    expect((await t.request('GET', `/api/desk/consultations/${referred}`)).status).toBe(401);
  });

  it("a member opens one in the app, sees its own (and the answer) but not another company's nor internal notes", async () => {
    const opened = await t.request('POST', '/api/desk/consultations', {
      as: member,
      body: form({ topic: 'funding', channel: 'phone' }),
    });
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    expect(opened.json).toMatchObject({ channel: 'app', organization: { key: 'acme' }, status: 'new' });
    const id = opened.json.id as string;
    const sent = await referTo(id, ['pref-office']);
    await t.request('POST', `/api/desk/referrals/${sent.referrals[0].id}/accept`, { as: partner });
    await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: partner,
      body: { body: 'Checking the 2027 programme list' },
    });
    await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: admin,
      body: { body: 'Desk only', audience: 'staff' },
    });
    const answered = await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: partner,
      body: { kind: 'answer', body: 'Two programmes fit: …' },
    });
    expect(answered.status).toBe(200);
    expect(answered.json.events.map((e: { kind: string }) => e.kind)).not.toContain('triaged');

    expect((await noticesOf(member.id)).map((n) => n.kind)).toEqual(['desk.answered']);
    const own = await t.request('GET', `/api/desk/consultations/${id}`, { as: member });
    expect(own.status).toBe(200);
    const bodies = own.json.events.map((e: { body: string | null }) => e.body);
    expect(bodies).toContain('Two programmes fit: …');
    expect(bodies).not.toContain('Checking the 2027 programme list');
    expect(bodies).not.toContain('Desk only');
    expect(own.json.events.find((e: { kind: string }) => e.kind === 'answer').partner).toMatchObject({
      key: 'pref-office',
    });
    expect((await t.request('GET', '/api/desk/consultations', { as: member })).json.total).toBe(1);
    expect((await t.request('GET', '/api/desk/consultations', { as: rival })).json.total).toBe(0);
    expect((await t.request('GET', `/api/desk/consultations/${id}`, { as: rival })).status).toBe(404);
    // The partner sees its own notes and the answer, not the desk's.
    const seen = await t.request('GET', `/api/desk/consultations/${id}`, { as: partner });
    expect(seen.json.events.map((e: { body: string | null }) => e.body)).not.toContain('Desk only');
    // A member may not write an answer.
    const fake = await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: member,
      body: { kind: 'answer', body: 'solved' },
    });
    expect(paths(fake.json)).toEqual(['body.kind']);
  });

  it('staff record a phone consultation for a member organisation, naming unknown keys', async () => {
    const bad = await t.request('POST', '/api/desk/consultations', {
      as: admin,
      body: form({ channel: 'phone', organization: 'nobody' }),
    });
    expect(paths(bad.json)).toEqual(['body.organization']);
    const r = await t.request('POST', '/api/desk/consultations', {
      as: admin,
      body: form({ channel: 'visit', organization: 'acme', email: undefined, phone: '017-000-0000' }),
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ channel: 'visit', organization: { key: 'acme' } });
    expect((await t.request('GET', `/api/desk/consultations/${r.json.id}`, { as: member })).status).toBe(200);
    expect((await t.request('POST', '/api/desk/consultations', { as: partner, body: form() })).status).toBe(
      403,
    );
  });
});

describe('referrals', () => {
  it('names unknown partners, refuses a second open referral to one partner, and takes a return with its reason', async () => {
    const id = await publicCase();
    const unknown = await t.request('POST', `/api/desk/consultations/${id}/referrals`, {
      as: admin,
      body: { partners: ['pref-office', 'nowhere'] },
    });
    expect(paths(unknown.json)).toEqual(['body.partners[1]']);
    const empty = await t.request('POST', `/api/desk/consultations/${id}/referrals`, {
      as: admin,
      body: { partners: [] },
    });
    expect(paths(empty.json)).toEqual(['body.partners']);
    const both = await referTo(id, ['pref-office', 'bank']);
    expect(both.referrals.map((r: { partner: { key: string } }) => r.partner.key).sort()).toEqual([
      'bank',
      'pref-office',
    ]);
    const again = await t.request('POST', `/api/desk/consultations/${id}/referrals`, {
      as: admin,
      body: { partners: ['bank'] },
    });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(['body.partners']);

    const bankReferral = both.referrals.find(
      (r: { partner: { key: string } }) => r.partner.key === 'bank',
    ).id;
    const noReason = await t.request('POST', `/api/desk/referrals/${bankReferral}/return`, {
      as: otherPartner,
      body: {},
    });
    expect(paths(noReason.json)).toEqual(['body.reason']);
    const back = await t.request('POST', `/api/desk/referrals/${bankReferral}/return`, {
      as: otherPartner,
      body: { reason: 'Not a lending question' },
    });
    expect(back.status).toBe(200);
    expect(back.json.referrals).toEqual([
      expect.objectContaining({ state: 'returned', reason: 'Not a lending question' }),
    ]);
    // Returned, the bank may be asked again.
    expect(
      (
        await t.request('POST', `/api/desk/consultations/${id}/referrals`, {
          as: admin,
          body: { partners: ['bank'] },
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.request('POST', `/api/desk/referrals/not-a-uuid/accept`, { as: partner })).json.error
        .details[0].path,
    ).toBe('path.id');
  });

  it('of a simultaneous accept and return of one referral, exactly one lands', async () => {
    const peer = await t.peer();
    for (let round = 0; round < 3; round++) {
      const id = await publicCase();
      const sent = await referTo(id, ['pref-office']);
      const referralId = sent.referrals[0].id;
      const [a, b] = await Promise.all([
        t.request('POST', `/api/desk/referrals/${referralId}/accept`, { as: partner }),
        peer('POST', `/api/desk/referrals/${referralId}/return`, { as: partner, body: { reason: 'busy' } }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const after = await t.request('GET', `/api/desk/consultations/${id}`, { as: admin });
      const steps = after.json.events.filter(
        (e: { kind: string }) => e.kind === 'accepted' || e.kind === 'returned',
      );
      expect(steps).toHaveLength(1);
      expect(after.json.referrals[0].state).toBe(a.status === 200 ? 'accepted' : 'returned');
    }
  });
});

describe('close and reopen', () => {
  it('closes with a follow-up date and reopens with the whole history kept', async () => {
    t.deps.clock = () => new Date('2027-04-28T10:00:00+09:00');
    const id = await publicCase();
    await t.request('POST', `/api/desk/consultations/${id}/triage`, { as: admin, body: {} });
    const sent = await referTo(id, ['pref-office']);
    await t.request('POST', `/api/desk/referrals/${sent.referrals[0].id}/accept`, { as: partner });
    await t.request('POST', `/api/desk/consultations/${id}/notes`, {
      as: partner,
      body: { kind: 'answer', body: 'Answer' },
    });
    const past = await t.request('POST', `/api/desk/consultations/${id}/close`, {
      as: admin,
      body: { followUpOn: '2027-04-27' },
    });
    expect(paths(past.json)).toEqual(['body.followUpOn']);
    const bad = await t.request('POST', `/api/desk/consultations/${id}/close`, {
      as: admin,
      body: { followUpOn: '2027-13-01' },
    });
    expect(paths(bad.json)).toEqual(['body.followUpOn']);
    const closed = await t.request('POST', `/api/desk/consultations/${id}/close`, {
      as: admin,
      body: { followUpOn: '2027-07-28', summary: 'Introduced to the office' },
    });
    expect(closed.json).toMatchObject({
      status: 'closed',
      followUpOn: '2027-07-28',
      closedAt: '2027-04-28T01:00:00.000Z',
    });
    expect(
      (
        await t.request('POST', `/api/desk/consultations/${id}/close`, {
          as: admin,
          body: { followUpOn: '2027-07-28' },
        })
      ).status,
    ).toBe(409);
    expect(
      (await t.request('POST', `/api/desk/consultations/${id}/reopen`, { as: admin, body: {} })).json.error
        .details[0].path,
    ).toBe('body.reason');
    const reopened = await t.request('POST', `/api/desk/consultations/${id}/reopen`, {
      as: admin,
      body: { reason: 'The company came back with a follow-up question' },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.json).toMatchObject({
      status: 'triaged',
      closedAt: null,
      followUpOn: null,
      firstAnswerDue: '2027-05-06',
    });
    expect(reopened.json.events.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'triaged',
      'referred',
      'accepted',
      'answer',
      'closed',
      'reopened',
    ]);
    expect(reopened.json.referrals[0].state).toBe('accepted');
    expect(reopened.json.firstAnsweredAt).not.toBeNull();
    expect(
      (
        await t.request('POST', `/api/desk/consultations/${id}/reopen`, {
          as: admin,
          body: { reason: 'again' },
        })
      ).status,
    ).toBe(409);
  });
});
