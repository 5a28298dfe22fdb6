import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bulletinDigests,
  bulletinSubscriptions,
  bulletins,
  mailOutbox,
  users,
} from '../../db/schema/index.ts';
import { createScheduler } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { bulletinDigestJob, loadDemoPartnerships } from './index.ts';

// Bulletins through the HTTP API on both engines: who publishes, who reads by audience (public, members,
// partners), tags checked against the taxonomy and the agreements, the Atom feed per tag with public bulletins
// only, subscriptions, and the weekly digest on a clock the test sets (sent once per account and week).

let t: TestApp;
let admin: Session;
let party: Session & { id: string };
let member: Session & { id: string };
let agency: Session;
let person: Session;
let now = new Date('2027-06-02T10:00:00+09:00'); // a Wednesday

const areaTag = 'area:mou/information-sharing';

// Accounts, organisations and the agreement are made once (signing in is deliberately slow); each test starts
// with no bulletins, subscriptions, digests or mail.
beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const jf = await t.addOrganization({ key: 'j-fusion', name: { en: 'J-Fusion' } });
  await t.addOrganization({ key: 'tfc', name: { en: 'The Fusion Cluster' } });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  party = await t.signIn('member', jf.id);
  member = await t.signIn('member', acme.id);
  agency = await t.signIn('agency', acme.id);
  person = await t.signIn('person');
  const r = await t.request('POST', '/api/partnerships', {
    as: admin,
    body: {
      key: 'mou',
      kind: 'memorandum',
      title: { en: 'MoU' },
      parties: ['j-fusion', 'tfc'],
      areas: [{ key: 'information-sharing', name: { en: 'Information sharing' } }],
    },
  });
  expect(r.status).toBe(201);
});

beforeEach(async () => {
  now = new Date('2027-06-02T10:00:00+09:00');
  for (const table of [bulletinDigests, bulletinSubscriptions, bulletins, mailOutbox])
    await t.db.delete(table);
});

const note = (over: object = {}) => ({
  kind: 'regulation-news',
  title: { ja: '規制の動向', en: 'Regulatory news' },
  body: { ja: '本文', en: 'Body' },
  technologies: ['MAG.hts'],
  areas: [areaTag],
  audience: 'public',
  ...over,
});

async function publish(as: Session, over: object = {}) {
  const r = await t.request('POST', '/api/bulletins', { as, body: note(over) });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json as { id: string; title: { en: string } };
}

const titles = async (as?: Session, query = '') =>
  ((await t.request('GET', `/api/bulletins${query}`, { as })).json.items as { title: { en: string } }[]).map(
    (b) => b.title.en,
  );
const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('publishing and reading', () => {
  it('coordinators, agencies and party members publish; other members and people cannot', async () => {
    const made = await publish(party);
    expect(made).toMatchObject({ tags: ['MAG.hts', areaTag], author: { key: 'j-fusion' }, mayEdit: true });
    await publish(admin);
    await publish(agency);
    expect((await t.request('POST', '/api/bulletins', { as: member, body: note() })).status).toBe(403);
    expect((await t.request('POST', '/api/bulletins', { as: person, body: note() })).status).toBe(403);
    expect((await t.request('POST', '/api/bulletins', { body: note() })).status).toBe(401);
    expect((await t.request('GET', '/api/bulletins', { as: member })).json.mayPublish).toBe(false);
    expect((await t.request('GET', '/api/bulletins', { as: party })).json.mayPublish).toBe(true);
  });

  it('each audience reaches only its readers, in lists and by id', async () => {
    await publish(admin, { title: { en: 'P' }, audience: 'public' });
    await publish(admin, { title: { en: 'M' }, audience: 'members' });
    const partners = await publish(admin, { title: { en: 'X' }, audience: 'partners' });
    expect(await titles()).toEqual(['P']);
    expect(await titles(person)).toEqual(['P']);
    expect((await titles(member)).sort()).toEqual(['M', 'P']);
    expect((await titles(party)).sort()).toEqual(['M', 'P', 'X']);
    expect((await titles(agency)).sort()).toEqual(['M', 'P', 'X']);
    expect((await t.request('GET', `/api/bulletins/${partners.id}`, { as: member })).status).toBe(404);
    expect((await t.request('GET', `/api/bulletins/${partners.id}`)).status).toBe(404);
    expect((await t.request('GET', `/api/bulletins/${partners.id}`, { as: party })).status).toBe(200);
    expect(await titles(party, `?tag=${encodeURIComponent('MAG.hts')}`)).toHaveLength(3);
    expect(await titles(party, '?tag=MAG.lts')).toHaveLength(0);
  });

  it('names each bad field', async () => {
    const cases: [object, string[]][] = [
      [{ technologies: ['MAG.hts', 'NOPE.x'] }, ['body.technologies[1]']],
      [{ areas: ['area:mou/space'] }, ['body.areas[0]']],
      [{ areas: ['space'] }, ['body.areas[0]']],
      [{ kind: 'gossip' }, ['body.kind']],
      [{ audience: 'everyone' }, ['body.audience']],
      [{ body: {} }, ['body.body']],
    ];
    for (const [over, expected] of cases) {
      const r = await t.request('POST', '/api/bulletins', { as: admin, body: note(over) });
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(paths(r.json), JSON.stringify(over)).toEqual(expected);
    }
    expect((await t.request('GET', '/api/bulletins?tag=bad%20tag')).status).toBe(400);
  });

  it('the author organisation edits with If-Match; others cannot', async () => {
    const b = await publish(party);
    const ok = await t.request('PATCH', `/api/bulletins/${b.id}`, {
      as: party,
      headers: { 'if-match': '"1"' },
      body: { audience: 'members', technologies: [] },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json).toMatchObject({ audience: 'members', tags: [areaTag], version: 2 });
    const stale = await t.request('PATCH', `/api/bulletins/${b.id}`, {
      as: party,
      headers: { 'if-match': '"1"' },
      body: { audience: 'public' },
    });
    expect(stale.status).toBe(412);
    expect(
      (await t.request('PATCH', `/api/bulletins/${b.id}`, { as: agency, body: { audience: 'public' } }))
        .status,
    ).toBe(403);
  });
});

describe('the Atom feed per tag', () => {
  it('lists public bulletins with the tag and never a members or partners one', async () => {
    await publish(admin, { title: { en: 'Public HTS' }, audience: 'public' });
    await publish(admin, { title: { en: 'Members HTS' }, audience: 'members' });
    await publish(admin, { title: { en: 'Partners HTS' }, audience: 'partners' });
    await publish(admin, { title: { en: 'Public other' }, technologies: ['SRG.standards'], areas: [] });
    const r = await t.request('GET', `/api/bulletins/feed.atom?tag=MAG.hts`, { as: party });
    expect(r.status).toBe(200);
    expect(r.res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await r.res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('Public HTS');
    expect(xml).toContain('<category term="MAG.hts"/>');
    expect(xml).not.toContain('Members HTS');
    expect(xml).not.toContain('Partners HTS');
    expect(xml).not.toContain('Public other');
    const area = await (
      await t.request('GET', `/api/bulletins/feed.atom?tag=${encodeURIComponent(areaTag)}`)
    ).res.text();
    expect(area.match(/<entry>/g)).toHaveLength(1);
  });
});

describe('subscriptions and the weekly digest', () => {
  const runDigest = (at: Date) =>
    createScheduler(
      t.database,
      { db: t.db, config: t.deps.config, reference: t.deps.reference, clock: () => at },
      [bulletinDigestJob],
    ).run(bulletinDigestJob.name);
  const outbox = async () =>
    (await t.db.select().from(mailOutbox)).filter((m) => m.subject.includes('Bulletins'));

  it('checks the tags, naming each unknown one', async () => {
    const bad = await t.request('PUT', '/api/bulletins/subscriptions', {
      as: member,
      body: { tags: ['MAG.hts', 'area:mou/nothing', 'NOPE'] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.tags[1]', 'body.tags[2]']);
    const ok = await t.request('PUT', '/api/bulletins/subscriptions', {
      as: member,
      body: { tags: [areaTag, 'MAG.hts'] },
    });
    expect(ok.json.tags).toEqual(['MAG.hts', areaTag]);
    expect((await t.request('GET', '/api/bulletins/subscriptions', { as: member })).json.tags).toEqual([
      'MAG.hts',
      areaTag,
    ]);
  });

  it("sends last week's readable bulletins with the followed tags, once per account and week", async () => {
    await t.request('PUT', '/api/bulletins/subscriptions', { as: member, body: { tags: ['MAG.hts'] } });
    await t.request('PUT', '/api/bulletins/subscriptions', { as: party, body: { tags: [areaTag] } });
    // Published in the week of Monday 31 May 2027 (Japan time).
    now = new Date('2027-06-02T10:00:00+09:00');
    await publish(admin, { title: { en: 'Public HTS' } });
    await publish(admin, { title: { en: 'Partners only' }, audience: 'partners' });
    await publish(admin, { title: { en: 'Standards' }, technologies: ['SRG.standards'], areas: [] });
    // Sunday 23:59 JST, still the same week: the next week's digest, not this one.
    now = new Date('2027-06-06T23:59:00+09:00');
    await publish(admin, { title: { en: 'Late Sunday' } });
    // Monday 7 June 00:00 JST: the next week.
    now = new Date('2027-06-07T00:00:00+09:00');
    await publish(admin, { title: { en: 'Next week' } });

    // Run on the Sunday: the digest then covers the week of 24 May, with nothing in it: no mail.
    expect((await runDigest(new Date('2027-06-06T20:00:00+09:00'))).status).toBe('ran');
    expect(await outbox()).toHaveLength(0);

    const monday = await runDigest(new Date('2027-06-07T08:00:00+09:00'));
    expect(monday).toMatchObject({ status: 'ran', result: 2 });
    const mails = await outbox();
    expect(mails).toHaveLength(2);
    const to = (email: string) => mails.find((m) => m.to === email)!.body;
    const emailOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.email;
    const memberEmail = await emailOf(member.id);
    const partyEmail = await emailOf(party.id);
    // The member follows MAG.hts: the public HTS note and Sunday's; never the partners-only one.
    expect(to(memberEmail)).toContain('Public HTS');
    expect(to(memberEmail)).toContain('Late Sunday');
    expect(to(memberEmail)).not.toContain('Partners only');
    expect(to(memberEmail)).not.toContain('Standards');
    expect(to(memberEmail)).not.toContain('Next week');
    // The party follows the area and may read the partners-only note.
    expect(to(partyEmail)).toContain('Partners only');
    expect(mails[0]!.subject).toContain('2027-05-31');

    // Later the same week, and again: nothing more.
    expect(await runDigest(new Date('2027-06-09T12:00:00+09:00'))).toMatchObject({ result: 0 });
    expect(await runDigest(new Date('2027-06-07T09:00:00+09:00'))).toMatchObject({ result: 0 });
    expect(await outbox()).toHaveLength(2);
    // The next Monday: the week of 7 June has "Next week".
    expect(await runDigest(new Date('2027-06-14T08:00:00+09:00'))).toMatchObject({ result: 2 });
    expect((await outbox()).filter((m) => m.body.includes('Next week'))).toHaveLength(2);
  });

  it('sends each account one digest when two runs meet, bypassing the scheduler lock', async () => {
    await t.request('PUT', '/api/bulletins/subscriptions', { as: member, body: { tags: ['MAG.hts'] } });
    await t.request('PUT', '/api/bulletins/subscriptions', { as: party, body: { tags: ['MAG.hts'] } });
    await publish(admin, { title: { en: 'Raced note' } });
    // Two processes' runs at the same moment: on PostgreSQL each takes its own connection, so only the
    // claim row (unique per account and week) keeps the mail single.
    const monday = new Date('2027-06-07T08:00:00+09:00');
    const at = () => ({ db: t.db, config: t.deps.config, reference: t.deps.reference, clock: () => monday });
    const both = (await Promise.all([bulletinDigestJob.run(at()), bulletinDigestJob.run(at())])) as number[];
    expect(both[0]! + both[1]!).toBe(2);
    const mails = await outbox();
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.to)).size).toBe(2);
    expect(mails.every((m) => m.body.includes('Raced note'))).toBe(true);
  });
});

describe('demo data', () => {
  it('loads the two agreements from the seeds, with sources, and illustrative bulletins', async () => {
    await t.addOrganization({ key: 'mext', name: { en: 'MEXT' } });
    await t.addOrganization({ key: 'doe-fes', name: { en: 'DOE' } });
    await t.addOrganization({ key: 'the-fusion-cluster', name: { en: 'The Fusion Cluster' } });
    await t.addOrganization({ key: 'kyoto-fusioneering', name: { en: 'Kyoto Fusioneering' } });
    await t.addOrganization({ key: 'aomori-itc', name: { en: 'Aomori ITC' } });
    await loadDemoPartnerships(t.db, now);
    const list = (await t.request('GET', '/api/partnerships')).json.items as Array<{
      key: string;
      signedOn: string | null;
      areas: unknown[];
      source: { note: string };
      quietAreas: number;
    }>;
    const mext = list.find((a) => a.key === 'mext-doe-strategic-partnership')!;
    expect(mext.signedOn).toBe('2024-04-09');
    expect(mext.areas).toHaveLength(6);
    expect(mext.source.note).toContain('Seed 003');
    const mou = list.find((a) => a.key === 'jfusion-fusion-cluster-mou')!;
    expect(mou.areas).toHaveLength(5);
    expect(mou.quietAreas).toBe(3);
    const bulletins = (await t.request('GET', '/api/bulletins')).json.items as { illustrative: boolean }[];
    expect(bulletins.length).toBeGreaterThan(0);
    expect(bulletins.every((b) => b.illustrative)).toBe(true);
    const groups = (await t.request('GET', '/api/alliance/groups', { as: admin })).json.items;
    expect(groups).toMatchObject([
      {
        key: 'demo-supply-chain-wg',
        illustrative: true,
        members: [{ key: 'kyoto-fusioneering', lead: true }, {}],
      },
    ]);
  });
});
