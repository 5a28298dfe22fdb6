import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blankDefinition } from '../../../core/surveys/index.ts';
import { mailOutbox, notifications, surveyInvitations, users } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Getting a survey out: starting it blank, fixing what the invitations promise once it opens, choosing who is
// invited (and seeing them first), the invitation mails, and reminders counted only where they arrived.

let t: TestApp;
let admin: Session;
let other: TestApp['request'];
beforeAll(async () => {
  t = await createTestApp();
  other = await t.peer();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
const blank = (extra: object = {}) => ({
  key: 'cluster-survey',
  title: { ja: 'クラスター調査', en: 'Cluster survey' },
  definition: blankDefinition(),
  closesAt,
  ...extra,
});

async function create(extra: object = {}) {
  const res = await t.request('POST', '/api/surveys', { as: admin, body: blank(extra) });
  expect(res.status).toBe(201);
  return res.json as { id: string } & Record<string, unknown>;
}

const open = (id: string) => t.request('POST', `/api/surveys/${id}/open`, { as: admin });

describe('a blank survey and its settings', () => {
  it('starts from the minimal questionnaire and changes title, deadline and anonymity while a draft', async () => {
    const created = await create();
    expect(created).toMatchObject({ status: 'draft', anonymity: 'named', version: 1 });
    const later = new Date(Date.parse(closesAt) + 7 * 86_400_000).toISOString();
    const changed = await t.request('PUT', `/api/surveys/${created.id}`, {
      as: admin,
      body: blank({ title: { ja: '新しい題', en: 'New title' }, closesAt: later, anonymity: 'anonymous' }),
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ title: { en: 'New title' }, anonymity: 'anonymous', version: 1 });
    expect(Date.parse(changed.json.closesAt)).toBe(Date.parse(later));
  });

  it('refuses a save based on an older edit (If-Match with the ETag), naming the header', async () => {
    const { id } = await create();
    const read = await t.request('GET', `/api/surveys/${id}`, { as: admin });
    const etag = read.res.headers.get('etag');
    expect(etag).toMatch(/^"\d+"$/);
    const put = (title: string, tag: string) =>
      t.request('PUT', `/api/surveys/${id}`, {
        as: admin,
        body: blank({ title: { en: title } }),
        headers: { 'if-match': tag },
      });
    const first = await put('First', etag!);
    expect(first.status).toBe(200);
    expect(first.res.headers.get('etag')).not.toBe(etag);
    const stale = await put('Second', etag!);
    expect(stale.status).toBe(412);
    expect(stale.json.error.details[0].path).toBe('header.if-match');
    expect((await put('Second', first.res.headers.get('etag')!)).status).toBe(200);
  });

  it.each([
    ['title', { title: { ja: '別の題', en: 'Another title' } }],
    ['anonymity', { anonymity: 'anonymous' }],
    ['closesAt', { closesAt: new Date(Date.parse(closesAt) + 86_400_000).toISOString() }],
    ['population', { population: { kinds: ['university'] } }],
  ])('refuses a change of %s once open, naming the field', async (field, change) => {
    await t.addOrganization({ key: 'acme', kind: 'company' });
    const { id } = await create({ population: { kinds: ['company'] } });
    expect((await open(id)).status).toBe(200);
    const res = await t.request('PUT', `/api/surveys/${id}`, {
      as: admin,
      body: blank({ population: { kinds: ['company'] }, ...change }),
    });
    expect(res.status).toBe(409);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual([`body.${field}`]);
    // The same survey sent back unchanged is still accepted (the questions stay editable).
    const same = await t.request('PUT', `/api/surveys/${id}`, {
      as: admin,
      body: blank({ population: { kinds: ['company'] } }),
    });
    expect(same.status).toBe(200);
  });
});

/** Six places: two in Miyagi (one with no country), Aomori, Tokyo, France, and nowhere known. */
async function places() {
  const add = (key: string, kind: 'company' | 'university', location?: object, more: object = {}) =>
    t.addOrganization({ key, name: { en: key }, kind, ...(location ? { location } : {}), ...more });
  await add('sendai-co', 'company', { country: 'JP', prefecture: '宮城県' }, { memberships: ['j-fusion'] });
  await add('miyagi-nocountry', 'company', { prefecture: '宮城県' });
  await add('aomori-lab', 'university', { country: 'JP', prefecture: '青森県' }, { clusters: ['space'] });
  await add('tokyo-co', 'company', { country: 'JP', prefecture: '東京都' }, { memberships: ['j-fusion'] });
  await add('paris-co', 'company', { country: 'FR' });
  await add('nowhere-co', 'company');
}

const preview = (population: object) =>
  t.request('POST', '/api/survey-invitees', { as: admin, body: { population } });

describe('who is invited', () => {
  it.each([
    [{ regions: ['tohoku'] }, ['aomori-lab', 'miyagi-nocountry', 'sendai-co']],
    [{ regions: ['miyagi'] }, ['miyagi-nocountry', 'sendai-co']],
    [{ regions: ['aomori', 'abroad'] }, ['aomori-lab', 'paris-co']],
    [{ regions: ['japan'] }, ['aomori-lab', 'miyagi-nocountry', 'sendai-co', 'tokyo-co']],
    [{ regions: ['abroad'] }, ['paris-co']],
    [{ kinds: ['company'], regions: ['tohoku'] }, ['miyagi-nocountry', 'sendai-co']],
    [{ memberships: ['j-fusion'] }, ['sendai-co', 'tokyo-co']],
    [{ memberships: ['j-fusion'], regions: ['tohoku'] }, ['sendai-co']],
    [{ clusters: ['space'] }, ['aomori-lab']],
    [{ kinds: ['startup'] }, []],
    [{}, ['aomori-lab', 'miyagi-nocountry', 'nowhere-co', 'paris-co', 'sendai-co', 'tokyo-co']],
  ])('%j previews %j', async (population, keys) => {
    await places();
    const res = await preview(population);
    expect(res.status).toBe(200);
    expect(res.json.items.map((o: { key: string }) => o.key).sort()).toEqual(keys);
    expect(res.json.total).toBe(keys.length);
  });

  it('invites exactly the organisations the preview listed', async () => {
    await places();
    const population = { kinds: ['company'], regions: ['tohoku', 'abroad'] };
    const listed = (await preview(population)).json.items.map((o: { name: { en: string } }) => o.name.en);
    const { id } = await create({ population });
    const opened = await open(id);
    expect(opened.status).toBe(200);
    expect(opened.json.links.map((l: { invitee: string }) => l.invitee).sort()).toEqual(listed.sort());
    expect(listed).toHaveLength(3);
  });

  it('names an unknown region and is closed to members', async () => {
    const bad = await preview({ regions: ['atlantis'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toMatch(/^body\.population\.regions\[0\]/);
    const member = await t.signIn('member');
    const refused = await t.request('POST', '/api/survey-invitees', { as: member, body: { population: {} } });
    expect(refused.status).toBe(403);
  });
});

describe('opening a survey', () => {
  it('mails each enabled account of each invited organisation its personal link, absolute', async () => {
    const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' }, kind: 'company' });
    await t.addOrganization({ key: 'beta', name: { en: 'Beta' }, kind: 'company' });
    await t.addOrganization({ key: 'uni', kind: 'university' });
    const first = await t.signIn('member', acme.id);
    await t.signIn('member', acme.id);
    const gone = await t.signIn('member', acme.id);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id));
    const { id } = await create({ population: { kinds: ['company'] } });
    expect((await preview({ kinds: ['company'] })).json).toMatchObject({ total: 2, withoutContact: 1 });

    const opened = await open(id);
    expect(opened.json).toMatchObject({ invited: 2, mails: 2, withoutContact: 1 });
    const mails = await t.db.select().from(mailOutbox);
    expect(mails).toHaveLength(2);
    const acmeLink = opened.json.links.find((l: { invitee: string }) => l.invitee === 'Acme').link as string;
    const token = new URL(acmeLink).pathname;
    for (const mail of mails) {
      expect(mail.subject).toContain('クラスター調査');
      expect(mail.body).toContain(`${t.deps.config.publicUrl}${token}`);
    }
    const [goneRow] = await t.db.select().from(users).where(eq(users.id, gone.id));
    expect(mails.map((m) => m.to)).not.toContain(goneRow!.email);
    const notices = await t.db.select().from(notifications).where(eq(notifications.userId, first.id));
    expect(notices).toMatchObject([{ kind: 'survey-invitation', link: token }]);
  });
});

describe('reminders', () => {
  it('count only where they arrived: a reminder reaching 2 of 36 leaves 34 at 0', async () => {
    const orgs = [];
    for (let i = 0; i < 36; i++)
      orgs.push(await t.addOrganization({ key: `org-${String(i).padStart(2, '0')}`, kind: 'company' }));
    await t.signIn('member', orgs[3]!.id);
    await t.signIn('member', orgs[20]!.id);
    const { id } = await create({ population: { kinds: ['company'] } });
    expect((await open(id)).status).toBe(200);
    const reminded = await t.request('POST', `/api/surveys/${id}/remind`, { as: admin });
    expect(reminded.json).toEqual({ reminded: 2, withoutContact: 34, mails: 2 });
    const progress = await t.request('GET', `/api/surveys/${id}/progress`, { as: admin });
    const counts = progress.json.notAnswered.map((n: { invitee: string; reminders: number }) => [
      n.invitee,
      n.reminders,
    ]);
    expect(counts.filter(([, n]: [string, number]) => n === 1).map(([k]: [string]) => k)).toEqual([
      'org-03',
      'org-20',
    ]);
    expect(counts.filter(([, n]: [string, number]) => n === 0)).toHaveLength(34);
    const reminderMails = await t.db
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.subject} like ${'【ご回答のお願い】%'}`);
    expect(reminderMails).toHaveLength(2);
    expect(reminderMails[0]!.body).toContain(`${t.deps.config.publicUrl}/s/`);
  });

  it('sent by two processes at once go out once each (PostgreSQL: two connections)', async () => {
    const orgs = [];
    for (const key of ['acme', 'beta', 'gamma'])
      orgs.push(await t.addOrganization({ key, name: { en: key }, kind: 'company' }));
    for (const org of orgs.slice(0, 2)) await t.signIn('member', org.id);
    const { id } = await create({ population: { kinds: ['company'] } });
    expect((await open(id)).status).toBe(200);
    const results = await Promise.all(
      [t.request, other].map((send) => send('POST', `/api/surveys/${id}/remind`, { as: admin })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.reduce((n, r) => n + r.json.reminded, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.json.mails, 0)).toBe(2);
    const rows = await t.db.select().from(surveyInvitations).orderBy(surveyInvitations.invitee);
    expect(rows.map((r) => [r.invitee, r.reminders])).toEqual([
      ['acme', 1],
      ['beta', 1],
      ['gamma', 0],
    ]);
  });
});
