import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../core/surveys/types.ts';
import { mailOutbox, notifications } from '../../db/schema/index.ts';
import type { JobContext } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { linkSigner, openSurveyForOne } from '../surveys/index.ts';
import { followUpRemindersJob, surveyFlagsJob } from './aftercare.jobs.ts';

// Aftercare, red flags and files on a case, through HTTP on both engines: the follow-up reminder goes out
// once on its day (two runs at once, a moving clock), the company's satisfaction answer is an ordinary survey
// response, a reopen keeps the earlier round, survey answers raise flags (once), only coordinators see flags,
// and a case's files follow the case's access (a partner it was not referred to gets 404).

let t: TestApp;
let admin: Session & { id: string };
let member: Session & { id: string }; // of acme, the company
let rival: Session & { id: string }; // of beta
let partner: Session & { id: string }; // the prefecture office
let otherPartner: Session & { id: string }; // the bank, never referred
let acmeId: string;
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-04-01T10:00:00+09:00');
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  acmeId = acme.id;
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  const office = await t.addOrganization({ key: 'pref-office', name: { en: 'Office' }, kind: 'government' });
  const bank = await t.addOrganization({ key: 'bank', name: { en: 'Bank' }, kind: 'financial' });
  member = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  partner = await t.signIn('agency', office.id);
  otherPartner = await t.signIn('agency', bank.id);
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);
const post = (path: string, as: Session, body?: unknown) => t.request('POST', `/api${path}`, { as, body });
const get = (path: string, as: Session) => t.request('GET', `/api${path}`, { as });

/** A case of acme's, opened by its member. */
async function acmeCase() {
  const r = await post('/desk/consultations', member, {
    companyName: 'Acme',
    contactName: 'Aiko',
    email: 'aiko@acme.example',
    topic: 'talent',
    message: 'We need welders.',
    language: 'en',
  });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json.id as string;
}

async function close(id: string, followUpOn = '2027-04-10') {
  const r = await post(`/desk/consultations/${id}/close`, admin, {
    followUpOn,
    summary: 'Introduced two firms',
  });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json;
}

const jobCtx = (day: string): JobContext => ({
  db: t.db,
  config: t.deps.config,
  reference: t.deps.reference,
  clock: () => new Date(`${day}T08:00:00+09:00`),
});
const runReminders = (day: string) => followUpRemindersJob.run(jobCtx(day)) as Promise<number>;
const runFlags = () => surveyFlagsJob.run(jobCtx('2027-04-02')) as Promise<number>;

const noticesOf = (userId: string, kind: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

async function satisfactionToken(userId = member.id) {
  const [n] = await noticesOf(userId, 'desk.satisfaction');
  expect(n?.link).toMatch(/^\/s\//);
  return n!.link!.slice(3);
}

describe('aftercare', () => {
  it('reminds the owner on the follow-up day, once, even with two runs at once', async () => {
    const id = await acmeCase();
    await post(`/desk/consultations/${id}/triage`, admin, {});
    await close(id);
    expect(await runReminders('2027-04-09')).toBe(0);
    const both = await Promise.all([runReminders('2027-04-10'), runReminders('2027-04-10')]);
    expect(both.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await runReminders('2027-04-20')).toBe(0);
    const told = await noticesOf(admin.id, 'desk.follow-up');
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/desk/consultations/${id}`);
    const round = (await get(`/desk/consultations/${id}/aftercare`, admin)).json.items[0];
    expect(round).toMatchObject({ followUpOn: '2027-04-10', remindedAt: expect.any(String), endedAt: null });
    // The reminder is a step the desk sees, not the company.
    const kinds = async (as: Session) =>
      (await get(`/desk/consultations/${id}`, as)).json.events.map((e: { kind: string }) => e.kind);
    expect(await kinds(admin)).toContain('follow-up');
    expect(await kinds(member)).not.toContain('follow-up');
  });

  it("records the company's satisfaction answer through the survey link", async () => {
    const id = await acmeCase();
    await close(id);
    const token = await satisfactionToken();
    const mine = await get(`/desk/consultations/${id}/aftercare`, member);
    expect(mine.status).toBe(200);
    expect(mine.json.items[0]).toMatchObject({ link: `/s/${token}`, satisfaction: null });
    expect((await get(`/desk/consultations/${id}/aftercare`, rival)).status).toBe(404);
    const missing = await t.request('POST', `/api/survey-links/${token}/submit`, {
      as: member,
      body: { answers: { comment: 'fine' } },
    });
    expect(missing.status).toBe(400);
    expect(paths(missing.json)).toEqual(['body.answers.satisfaction']);
    const ok = await t.request('POST', `/api/survey-links/${token}/submit`, {
      as: member,
      body: { answers: { satisfaction: 'satisfied', plans: ['none'], comment: 'Quick and useful' } },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    // The round's survey stays out of the coordinator's own list and is found by its origin, answer counted.
    const keys = async (q: string) =>
      ((await get(`/surveys${q}`, admin)).json.items as { key: string; origin: string; answered: number }[])
        .filter((x) => x.key.startsWith('desk-aftercare-'))
        .map((x) => [x.origin, x.answered]);
    expect(await keys('')).toEqual([]);
    expect(await keys('?origin=desk-aftercare')).toEqual([['desk-aftercare', 1]]);
    expect(await keys('?origin=all')).toEqual([['desk-aftercare', 1]]);
    expect((await get('/surveys?origin=mine', admin)).status).toBe(400);
    const seen = await get(`/desk/consultations/${id}/aftercare`, admin);
    expect(seen.json.items[0].satisfaction).toMatchObject({
      score: 4,
      choice: 'satisfied',
      plans: ['none'],
      comment: 'Quick and useful',
    });
    // The coordinator's figures count it: one case asked, one answer, scored 4.
    const figures = await get('/desk/figures?from=2026-01-01&to=2028-12-31', admin);
    expect(figures.status).toBe(200);
    expect(figures.json.satisfaction).toEqual({
      available: true,
      asked: 1,
      answered: 1,
      mean: 4,
      byScore: [
        { score: 5, count: 0 },
        { score: 4, count: 1 },
        { score: 3, count: 0 },
        { score: 2, count: 0 },
        { score: 1, count: 0 },
      ],
    });
    expect(await runFlags()).toBe(0);
  });

  it('asks a company without an account by mail to its contact address', async () => {
    const r = await t.request('POST', '/api/desk/public-consultations', {
      body: {
        companyName: 'Walk-in Ltd',
        contactName: 'Ken',
        email: 'ken@walkin.example',
        topic: 'ip',
        message: 'Patents?',
        language: 'ja',
      },
      peer: '192.0.2.7',
    });
    expect(r.status).toBe(202);
    const id = (await get('/desk/consultations', admin)).json.items[0].id;
    await close(id);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'ken@walkin.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toMatch(/\/s\/[0-9a-f-]{36}\./);
  });

  it('a reopened case keeps its earlier round; only the running round is reminded', async () => {
    const id = await acmeCase();
    await close(id, '2027-04-10');
    now = new Date('2027-04-05T10:00:00+09:00');
    const reopened = await post(`/desk/consultations/${id}/reopen`, admin, { reason: 'They wrote again' });
    expect(reopened.status).toBe(200);
    await close(id, '2027-05-10');
    const rounds = (await get(`/desk/consultations/${id}/aftercare`, admin)).json.items;
    expect(
      rounds.map((r: { followUpOn: string; endedAt: string | null }) => [r.followUpOn, !!r.endedAt]),
    ).toEqual([
      ['2027-04-10', true],
      ['2027-05-10', false],
    ]);
    expect(await runReminders('2027-04-10')).toBe(0);
    expect(await runReminders('2027-05-10')).toBe(1);
    const events = (await get(`/desk/consultations/${id}`, member)).json.events.map(
      (e: { kind: string }) => e.kind,
    );
    expect(events).toEqual(['opened', 'closed', 'reopened', 'closed']);
    const bad = await post(`/desk/consultations/${id}/close`, admin, { followUpOn: '10/05/2027' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.followUpOn']);
  });
});

describe('red flags', () => {
  it('survey answers raise flags once, on the case they came from; only coordinators see them', async () => {
    const id = await acmeCase();
    await close(id);
    const token = await satisfactionToken();
    const answer = (plans: string[]) =>
      t.request('POST', `/api/survey-links/${token}/submit`, {
        as: member,
        body: { answers: { satisfaction: 'neutral', plans } },
      });
    expect((await answer(['expand', 'short-of-staff'])).status).toBe(200);
    const twice = await Promise.all([runFlags(), runFlags()]);
    expect(twice.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await runFlags()).toBe(0);
    // Submitted again with one more: only the new kind is raised.
    expect((await answer(['expand', 'short-of-staff', 'withdraw'])).status).toBe(200);
    expect(await runFlags()).toBe(1);
    const list = await get('/desk/flags?status=open', admin);
    expect(list.status).toBe(200);
    expect(list.json.items.map((f: { kind: string }) => f.kind).sort()).toEqual([
      'expansion',
      'staff-shortage',
      'withdrawal',
    ]);
    expect(list.json.items[0]).toMatchObject({
      source: 'survey',
      consultationId: id,
      organization: { key: 'acme' },
      evidence: { question: 'plans' },
    });
    expect(list.json.openByKind).toEqual({ expansion: 1, 'staff-shortage': 1, withdrawal: 1 });
    for (const who of [member, rival, partner]) expect((await get('/desk/flags', who)).status).toBe(403);
    const events = async (as: Session) =>
      (await get(`/desk/consultations/${id}`, as)).json.events.map((e: { kind: string }) => e.kind);
    expect((await events(admin)).filter((k: string) => k === 'flagged')).toHaveLength(3);
    expect(await events(member)).not.toContain('flagged');
  });

  it("maps the member survey's answers: a planned site is expansion, staff support is a shortage", async () => {
    const template = JSON.parse(
      fs.readFileSync('data/surveys/fusion-siting-2024.template.json', 'utf8'),
    ) as SurveyDefinition;
    const definition = {
      questions: template.questions
        .filter((q) => ['q1-plan', 'q5-improvements'].includes(q.key))
        .map((q) => ({ ...q, showIf: undefined })),
    } as SurveyDefinition;
    const sign = await linkSigner(t.db);
    const { invitation } = await openSurveyForOne(t.db, {
      key: 'member-survey-test',
      title: { en: 'Member survey' },
      definition,
      closesAt: new Date('2099-01-01'),
      now,
      organizationId: acmeId,
      invitee: 'Acme',
      kind: 'company',
      origin: 'coordinator',
    });
    const r = await t.request('POST', `/api/survey-links/${sign(invitation)}/submit`, {
      as: member,
      body: { answers: { 'q1-plan': 'plan', 'q5-improvements': { 'talent-training': 'important' } } },
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(await runFlags()).toBe(2);
    const items = (await get('/desk/flags', admin)).json.items;
    expect(
      items.map((f: { kind: string; consultationId: string | null }) => [f.kind, f.consultationId]).sort(),
    ).toEqual([
      ['expansion', null],
      ['staff-shortage', null],
    ]);
  });

  it('a coordinator flags a consultation and resolves the flag once; bad input names the field', async () => {
    const id = await acmeCase();
    const bad = await post(`/desk/consultations/${id}/flags`, admin, { kind: 'bankrupt' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json).sort()).toEqual(['body.kind', 'body.note']);
    expect(
      (await post(`/desk/consultations/${id}/flags`, member, { kind: 'withdrawal', note: 'x' })).status,
    ).toBe(403);
    const raised = await post(`/desk/consultations/${id}/flags`, admin, {
      kind: 'withdrawal',
      note: 'Said on the phone they may move to Kyushu',
    });
    expect(raised.status, JSON.stringify(raised.json)).toBe(201);
    expect(raised.json).toMatchObject({
      source: 'consultation',
      status: 'open',
      raisedBy: 'admin',
      version: 1,
    });
    const stale = await post(`/desk/flags/${raised.json.id}/resolve`, admin, { version: 7 });
    expect(stale.status).toBe(409);
    // Two coordinators resolve at once: one lands, the other is told it is already done.
    const both = await Promise.all([
      post(`/desk/flags/${raised.json.id}/resolve`, admin, { resolution: 'Visited; staying' }),
      post(`/desk/flags/${raised.json.id}/resolve`, admin, { resolution: 'Called them' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const done = both.find((r) => r.status === 200)!;
    expect(done.json).toMatchObject({ status: 'resolved', resolvedBy: 'admin', version: 2 });
    const listed = (await get('/desk/flags?status=resolved', admin)).json.items[0];
    expect(listed.resolution).toBe(done.json.resolution);
    expect((await post(`/desk/flags/${raised.json.id}/resolve`, admin, {})).status).toBe(409);
    expect((await post('/desk/flags/00000000-0000-4000-8000-000000000000/resolve', admin, {})).status).toBe(
      404,
    );
    expect((await get('/desk/flags?status=open', admin)).json.total).toBe(0);
    expect((await get('/desk/flags?kind=nonsense', admin)).status).toBe(400);
  });
});

describe('files on a case', () => {
  const pdf = () => new Uint8Array([...'%PDF-1.7\n% test file'].map((c) => c.charCodeAt(0)));
  async function upload(
    id: string,
    as: Session,
    body: Uint8Array,
    { name = 'quote.pdf', type = 'application/pdf' } = {},
  ) {
    const res = await t.app.request(
      `/api/desk/consultations/${id}/files${name ? `?name=${encodeURIComponent(name)}` : ''}`,
      {
        method: 'POST',
        headers: { 'content-type': type, cookie: as.cookie, 'x-csrf-token': as.csrf },
        body: body as Uint8Array<ArrayBuffer>,
      },
    );
    return {
      status: res.status,
      json: (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : undefined,
    };
  }
  const fetchFile = async (url: string, as: Session) => {
    const res = await t.app.request(url, { headers: { cookie: as.cookie } });
    return { status: res.status, res };
  };

  it('the coordinator, the company and referred partners see them; anyone else gets 404', async () => {
    const id = await acmeCase();
    expect(
      (await post(`/desk/consultations/${id}/referrals`, admin, { partners: ['pref-office'] })).status,
    ).toBe(200);
    const up = await upload(id, admin, pdf(), { name: '見積書 v2.pdf' });
    expect(up.status, JSON.stringify(up.json)).toBe(201);
    expect(up.json).toMatchObject({ name: 'v2.pdf', contentType: 'application/pdf', uploadedBy: 'admin' });
    for (const [who, status] of [
      [admin, 200],
      [member, 200],
      [partner, 200],
      [otherPartner, 404],
      [rival, 404],
    ] as const) {
      expect((await get(`/desk/consultations/${id}/files`, who)).status).toBe(status);
      const file = await fetchFile(up.json.url, who);
      expect(file.status).toBe(status);
      if (status === 200) {
        expect(file.res.headers.get('content-disposition')).toBe('attachment; filename="v2.pdf"');
        expect(new Uint8Array(await file.res.arrayBuffer())).toEqual(pdf());
      }
    }
    // A partner writes only once it accepted; an outsider's upload is not read at all.
    expect((await upload(id, partner, pdf())).status).toBe(403);
    expect((await upload(id, otherPartner, pdf())).status).toBe(404);
    expect((await upload(id, rival, pdf())).status).toBe(404);
    const referral = (await get(`/desk/consultations/${id}`, partner)).json.myReferral.id;
    expect((await post(`/desk/referrals/${referral}/accept`, partner)).status).toBe(200);
    expect((await upload(id, partner, pdf(), { name: 'answer.pdf' })).status).toBe(201);
    expect((await upload(id, member, pdf(), { name: 'drawing.pdf' })).status).toBe(201);
    const files = (await get(`/desk/consultations/${id}/files`, member)).json.items;
    expect(files.map((f: { name: string }) => f.name)).toEqual(['v2.pdf', 'answer.pdf', 'drawing.pdf']);
    const steps = (await get(`/desk/consultations/${id}`, member)).json.events.filter(
      (e: { kind: string }) => e.kind === 'file',
    );
    expect(steps.map((e: { body: string; actorName: string }) => [e.body, e.actorName])).toEqual([
      ['v2.pdf', 'admin'],
      ['answer.pdf', 'agency'],
      ['drawing.pdf', 'member'],
    ]);
  });

  it('refuses bad uploads with a 4xx naming what is wrong', async () => {
    const id = await acmeCase();
    const html = new Uint8Array([...'<html><script>alert(1)</script>'].map((c) => c.charCodeAt(0)));
    const wrong = await upload(id, admin, html, { type: 'application/octet-stream' });
    expect(wrong.status).toBe(415);
    expect(paths(wrong.json)).toEqual(['body']);
    const lying = await upload(id, admin, pdf(), { type: 'image/png' });
    expect(lying.status).toBe(415);
    expect(paths(lying.json)).toEqual(['header.content-type']);
    const empty = await upload(id, admin, new Uint8Array());
    expect(empty.status).toBe(400);
    expect(paths(empty.json)).toEqual(['body']);
    const unnamed = await upload(id, admin, pdf(), { name: '' });
    expect(unnamed.status).toBe(400);
    expect(paths(unnamed.json)).toEqual(['query.name']);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf());
    const tooBig = await upload(id, admin, big);
    expect(tooBig.status).toBe(413);
    expect(paths(tooBig.json)).toEqual(['body']);
    expect((await get(`/desk/consultations/${id}/files`, admin)).json.items).toEqual([]);
  });
});
