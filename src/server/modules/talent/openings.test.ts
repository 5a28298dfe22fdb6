import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Job openings and matching through the HTTP API on both engines: members post and edit their company's
// openings (If-Match), bad input is a 400 naming the field, and a company sees for an opening the trainees and
// graduates who fit, with each signal's share — only people who opted in to be visible to employers.

let t: TestApp;
let admin: Session;
let provider: Session;
let employer: Session;
let rival: Session;
let grad: Session & { id: string }; // completed level 4 (vacuum, cryogenics), opted in, Rokkasho
let trainee: Session & { id: string }; // on level 3 (vacuum), opted in, Sendai
let shy: Session & { id: string }; // completed level 4, did NOT opt in
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function programme(level: number, skills: string[]) {
  const p = await t.request('POST', '/api/training-programmes', {
    as: provider,
    body: {
      provider: 'college',
      title: { en: `L${level}` },
      level,
      skills,
      durationWeeks: 20,
      delivery: 'full-time',
    },
  });
  const c = await t.request('POST', `/api/training-programmes/${p.json.id}/cohorts`, {
    as: provider,
    body: { startOn: '2026-04-06', capacity: 10 },
  });
  return c.json.id as string;
}

async function enrol(cohortId: string, who: Session, complete: boolean) {
  const e = await t.request('POST', `/api/training-cohorts/${cohortId}/enrolments`, { as: who, body: {} });
  expect(e.json.status).toBe('enrolled');
  if (complete) {
    const done = await t.request('POST', `/api/training-enrolments/${e.json.id}/completion`, {
      as: provider,
      body: { qualification: 'Certificate', endedOn: '2027-03-01' },
    });
    expect(done.status).toBe(200);
  }
}

const profile = (as: Session, body: Record<string, unknown>) =>
  t.request('PUT', '/api/my-training/profile', { as, body });

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-04-01T09:00:00+09:00');
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const college = await t.addOrganization({ key: 'college', name: { en: 'College' }, kind: 'university' });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  provider = await t.signIn('member', college.id);
  employer = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  grad = await t.signIn('person');
  trainee = await t.signIn('person');
  shy = await t.signIn('person');
  const l4 = await programme(4, ['SK.vacuum', 'SK.cryogenics']);
  const l3 = await programme(3, ['SK.vacuum']);
  await enrol(l4, grad, true);
  await enrol(l3, trainee, false);
  await enrol(l4, shy, true);
  await profile(grad, { visibleToEmployers: true, prefecture: '青森県', municipality: '六ヶ所村' });
  await profile(trainee, { visibleToEmployers: true, prefecture: '宮城県', municipality: '仙台市' });
  await profile(shy, { visibleToEmployers: false, prefecture: '青森県', municipality: '六ヶ所村' });
});

const body = (extra: Record<string, unknown> = {}) => ({
  organization: 'acme',
  title: { ja: '極低温技術者', en: 'Cryogenics engineer' },
  description: { en: 'Cryoplant operation' },
  skills: ['SK.vacuum', 'SK.cryogenics'],
  level: 4,
  prefecture: '青森県',
  municipality: '六ヶ所村',
  lat: 40.96,
  lng: 141.37,
  startOn: '2027-10-01',
  ...extra,
});
const post = (extra: Record<string, unknown> = {}, as: Session = employer) =>
  t.request('POST', '/api/job-openings', { as, body: body(extra) });

describe('openings', () => {
  it('a member posts for own company and edits with If-Match; others may not', async () => {
    const made = await post();
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ status: 'open', canEdit: true, applications: 0, version: 1 });
    expect(made.json.skills.map((s: { code: string }) => s.code)).toEqual(['SK.vacuum', 'SK.cryogenics']);
    expect((await post({}, rival)).status).toBe(403);
    expect((await post({}, trainee)).status).toBe(403);
    expect((await post({ organization: 'beta' }, admin)).status).toBe(201);
    const url = `/api/job-openings/${made.json.id}`;
    const patch = (as: Session, ifMatch: string, b: object) =>
      t.request('PATCH', url, { as, body: b, headers: { 'if-match': ifMatch } });
    expect((await patch(rival, '"1"', { status: 'closed' })).status).toBe(403);
    const closed = await patch(employer, '"1"', { status: 'closed' });
    expect(closed.json).toMatchObject({ status: 'closed', version: 2 });
    expect((await patch(employer, '"1"', { level: 5 })).status).toBe(412);
    const publicView = await t.request('GET', url);
    expect(publicView.json).toMatchObject({ canEdit: false, applications: null, status: 'closed' });
    const open = await t.request('GET', '/api/job-openings?status=open');
    expect(open.json.items.map((o: { organization: { key: string } }) => o.organization.key)).toEqual([
      'beta',
    ]);
  });

  it.each([
    [{ level: 8 }, 'body.level'],
    [{ level: 1 }, 'body.level'],
    [{ skills: ['SK.nope'] }, 'body.skills[0]'],
    [{ skills: [] }, 'body.skills'],
    [{ organization: 'nobody' }, 'body.organization'],
    [{ title: {} }, 'body.title'],
    [{ prefecture: '' }, 'body.prefecture'],
    [{ lat: 91 }, 'body.lat'],
    [{ lng: -181 }, 'body.lng'],
    [{ startOn: '2027-13-01' }, 'body.startOn'],
    [{ status: 'paused' }, 'body.status'],
    [{ colour: 'red' }, 'body'],
  ])('bad input %j is a 400 naming %s', async (extra, field) => {
    const res = await post(extra);
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(field);
  });

  it('half a point is refused, naming the missing coordinate', async () => {
    const made = await post({ lat: null, lng: null });
    const res = await t.request('PATCH', `/api/job-openings/${made.json.id}`, {
      as: employer,
      body: { lat: 40 },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(['body.lng']);
  });
});

describe('matched candidates', () => {
  const candidates = (id: string, as: Session = employer) =>
    t.request('GET', `/api/job-openings/${id}/candidates`, { as });

  it('ranks the opted-in graduate above the trainee, explains why, and never shows who did not opt in', async () => {
    const id = (await post()).json.id;
    const res = await candidates(id);
    expect(res.status).toBe(200);
    // grad: skills 1 × .6 + level 1 × .25 + municipality 1 × .15 = 1
    // trainee: skills .5 × .6 + level (3 for 4) .5 × .25 + region (Tohoku) .3 × .15 = .47
    expect(res.json.items.map((c: { userId: string; score: number }) => [c.userId, c.score])).toEqual([
      [grad.id, 1],
      [trainee.id, 0.47],
    ]);
    const [g, tr] = res.json.items;
    expect(g).toMatchObject({
      status: 'graduate',
      level: 4,
      locationTier: 'municipality',
      missingSkills: [],
    });
    expect(tr).toMatchObject({
      status: 'trainee',
      level: 3,
      locationTier: 'region',
      matchedSkills: ['SK.vacuum'],
      missingSkills: ['SK.cryogenics'],
    });
    for (const c of res.json.items) {
      const sum = c.signals.reduce((s: number, x: { share: number }) => s + x.share, 0);
      expect(sum).toBeCloseTo(1, 5);
    }
    expect(tr.signals.map((s: { signal: string; share: number }) => [s.signal, s.share])).toEqual([
      ['skills', 0.638298],
      ['level', 0.265957],
      ['location', 0.095745],
    ]);
    expect(res.json.items.map((c: { userId: string }) => c.userId)).not.toContain(shy.id);
  });

  it('opting out takes a person off every list at once; opting in puts them on', async () => {
    const id = (await post()).json.id;
    await profile(grad, { visibleToEmployers: false });
    await profile(shy, { visibleToEmployers: true, prefecture: '青森県', municipality: '六ヶ所村' });
    const ids = (await candidates(id)).json.items.map((c: { userId: string }) => c.userId);
    expect(ids).toEqual([shy.id, trainee.id]);
    expect((await t.request('GET', '/api/my-training/profile', { as: grad })).json).toMatchObject({
      visibleToEmployers: false,
    });
  });

  it("this year's graduates: a graduate who completed before the day given is left out, trainees stay", async () => {
    const id = (await post()).json.id;
    const listed = async (since: string) =>
      (
        await t.request('GET', `/api/job-openings/${id}/candidates?graduatedSince=${since}`, { as: employer })
      ).json.items.map((c: { userId: string; graduatedYear: number | null }) => [c.userId, c.graduatedYear]);
    // grad completed on 2027-03-01, the last day of fiscal 2026; the trainee has completed nothing.
    expect(await listed('2026-04-01')).toEqual([
      [grad.id, 2027],
      [trainee.id, null],
    ]);
    expect(await listed('2027-03-01')).toEqual([
      [grad.id, 2027],
      [trainee.id, null],
    ]);
    expect(await listed('2027-03-02')).toEqual([[trainee.id, null]]);
    const bad = await t.request('GET', `/api/job-openings/${id}/candidates?graduatedSince=last-year`, {
      as: employer,
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['query.graduatedSince']);
  });

  it('only the hiring company and admins see the candidates', async () => {
    const id = (await post()).json.id;
    expect((await candidates(id, rival)).status).toBe(403);
    expect((await candidates(id, admin)).status).toBe(200);
    expect((await t.request('GET', `/api/job-openings/${id}/candidates`, { as: grad })).status).toBe(403);
    expect((await t.request('GET', `/api/job-openings/${id}/candidates`)).status).toBe(401);
  });

  it('the profile refuses bad input, naming the field', async () => {
    const res = await profile(grad, { visibleToEmployers: 'yes' });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(['body.visibleToEmployers']);
  });
});
