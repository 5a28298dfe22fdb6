import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { approvedJointUse } from './index.ts';

// Public calls through the HTTP API: the office's call with its window and rubric, drafts and one submission
// before the deadline (on a clock the test moves), reviewers who see only their files, conflicts of interest,
// the panel sheet checked by hand, decisions, and every bad input named.

let t: TestApp;
let admin: Session;
let acme: Session; // a member of the applicant
let beta: Session; // a member of another company
let r1: Session & { id: string };
let r2: Session & { id: string };
let now = new Date('2027-01-15T00:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
});

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-01-15T00:00:00Z');
  admin = await t.signIn('admin');
  const office = await t.addOrganization({ key: 'office', name: { en: 'Incubation office' } });
  const a = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const b = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  acme = await t.signIn('member', a.id);
  beta = await t.signIn('member', b.id);
  r1 = await t.signIn('reviewer');
  r2 = await t.signIn('reviewer');
  const f = await t.request('POST', '/api/facilities', {
    as: admin,
    body: {
      key: 'vf',
      organization: office.key,
      name: { ja: 'ベンチャーファクトリー', en: 'Venture Factory' },
    },
  });
  expect(f.status).toBe(201);
  for (const key of ['vf-a', 'vf-b']) {
    const u = await t.request('POST', `/api/facilities/${f.json.id}/units`, {
      as: admin,
      body: { key, kind: 'factory', name: { en: key }, floorAreaM2: 500 },
    });
    expect(u.status).toBe(201);
  }
  const e = await t.request('POST', `/api/facilities/${f.json.id}/equipment`, {
    as: admin,
    body: { key: 'hts-bench', name: { en: 'HTS magnet test bench' }, bookingUnit: 'hour' },
  });
  expect(e.status).toBe(201);
});

const anchors = [1, 2, 3, 4, 5].map((n) => ({ ja: `${n}点`, en: `${n} points` }));
const rubric = [
  { key: 'plan', label: { ja: '事業計画', en: 'Business plan' }, weight: 50, anchors },
  { key: 'team', label: { ja: '体制', en: 'Team' }, weight: 30, anchors },
  { key: 'market', label: { ja: '市場性', en: 'Market' }, weight: 20, anchors },
];
const call = (over: object = {}) => ({
  key: 'vf-2027',
  kind: 'tenancy',
  title: { ja: '貸工場入居者募集', en: 'Rental factory call' },
  eligibility: { ja: '核融合関連の中小企業', en: 'Fusion-related SMEs' },
  opensAt: '2027-01-01T00:00:00Z',
  closesAt: '2027-02-01T00:00:00+09:00',
  units: ['vf-a', 'vf-b'],
  form: {
    questions: [
      { key: 'business', type: 'text', label: { ja: '事業内容', en: 'Business' }, required: true },
      { key: 'staff', type: 'number', label: { ja: '従業員数', en: 'Staff' }, min: 0, integer: true },
    ],
  },
  rubric,
  disagreementThreshold: 1,
  ...over,
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function openCall(over: object = {}) {
  const res = await t.request('POST', '/api/incubation-calls', { as: admin, body: call(over) });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string; version: number };
}

async function apply(
  as: Session,
  callId: string,
  body: object = { answers: { business: 'HTS coils', staff: 12 } },
) {
  const res = await t.request('POST', `/api/incubation-calls/${callId}/applications`, { as, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string; version: number; status: string };
}

async function submitted(as: Session, callId: string, body?: object) {
  const draft = await apply(as, callId, body);
  const res = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return draft.id;
}

const assign = (app: string, reviewer: { id: string }) =>
  t.request('POST', `/api/incubation-applications/${app}/reviewers`, {
    as: admin,
    body: { reviewer: reviewer.id },
  });

const score = (as: Session, app: string, plan: number, team: number, market: number) =>
  t.request('PUT', `/api/incubation-applications/${app}/review`, {
    as,
    body: {
      scores: [
        { criterion: 'plan', score: plan, comment: 'solid' },
        { criterion: 'team', score: team },
        { criterion: 'market', score: market },
      ],
    },
  });

describe('the office opens a call', () => {
  it('creates a call, lists it to members, and edits it under a version', async () => {
    const c = await openCall();
    const listed = await t.request('GET', '/api/incubation-calls', { as: acme });
    expect(listed.json.items.map((x: { key: string }) => x.key)).toEqual(['vf-2027']);
    expect(listed.json.items[0].open).toBe(true);
    expect(listed.json.items[0].units.map((u: { key: string }) => u.key)).toEqual(['vf-a', 'vf-b']);
    expect(listed.json.items[0].myApplication).toBeNull();

    const stale = await t.request('PATCH', `/api/incubation-calls/${c.id}`, {
      as: admin,
      headers: { 'if-match': '"99"' },
      body: { title: { en: 'Renamed' } },
    });
    expect(stale.status).toBe(412);
    const ok = await t.request('PATCH', `/api/incubation-calls/${c.id}`, {
      as: admin,
      headers: { 'if-match': `"${c.version}"` },
      body: { title: { ja: '改題', en: 'Renamed' } },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(c.version + 1);
    expect(ok.json.title.en).toBe('Renamed');
  });

  it('keeps what applications and scores rely on', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    const patch = (body: object) => t.request('PATCH', `/api/incubation-calls/${c.id}`, { as: admin, body });
    const kind = await patch({ kind: 'joint-use', units: [], equipment: ['hts-bench'] });
    expect(kind.status).toBe(409);
    expect(paths(kind.json)).toContain('body.kind');
    const dropped = await patch({ form: { questions: [call().form.questions[1]] } });
    expect(dropped.status).toBe(409);
    expect(paths(dropped.json)).toEqual(['body.form.questions']);
    // Before any score the criteria may change; after one, only weights and wording.
    const reworded = rubric.map((c) => ({ ...c, label: { ...c.label, en: `${c.label.en}!` } }));
    expect(
      (await patch({ rubric: [...reworded.slice(0, 2), { ...reworded[2]!, key: 'reach' }] })).status,
    ).toBe(200);
    await assign(a, r1);
    expect((await score(r1, a, 3, 3, 3)).status).toBe(400); // 'market' is no longer a criterion
    const restored = await patch({ rubric });
    expect(restored.status).toBe(200);
    expect((await score(r1, a, 3, 3, 3)).status).toBe(200);
    const removed = await patch({ rubric: [{ ...rubric[0]!, weight: 100 }] });
    expect(removed.status).toBe(409);
    expect(paths(removed.json)).toEqual(['body.rubric']);
    const reweighted = await patch({ rubric: rubric.map((c, i) => ({ ...c, weight: [40, 40, 20][i] })) });
    expect(reweighted.status).toBe(200);
  });

  it('is the office’s alone', async () => {
    const res = await t.request('POST', '/api/incubation-calls', { as: acme, body: call() });
    expect(res.status).toBe(403);
    const r = await t.request('POST', '/api/incubation-calls', { as: r1, body: call() });
    expect(r.status).toBe(403);
  });

  it.each([
    ['window closing before it opens', { closesAt: '2026-12-01T00:00:00Z' }, 'body.closesAt'],
    ['weights not summing to 100', { rubric: rubric.map((c) => ({ ...c, weight: 30 })) }, 'body.rubric'],
    ['a weight of zero', { rubric: [{ ...rubric[0], weight: 0 }] }, 'body.rubric[0].weight'],
    [
      'a criterion twice',
      {
        rubric: [
          { ...rubric[0], weight: 50 },
          { ...rubric[0], weight: 50 },
        ],
      },
      'body.rubric[1].key',
    ],
    [
      'four anchors',
      { rubric: [{ ...rubric[0], weight: 100, anchors: anchors.slice(1) }] },
      'body.rubric[0].anchors',
    ],
    ['an unknown unit', { units: ['vf-a', 'nowhere'] }, 'body.units[1]'],
    ['a tenancy call without units', { units: [] }, 'body.units'],
    ['equipment on a tenancy call', { equipment: ['hts-bench'] }, 'body.equipment'],
    ['a joint-use call without equipment', { kind: 'joint-use', units: [] }, 'body.equipment'],
    [
      'a form question twice',
      { form: { questions: [call().form.questions[0], call().form.questions[0]] } },
      'body.form.questions[1].key',
    ],
    ['a bad threshold', { disagreementThreshold: -1 }, 'body.disagreementThreshold'],
  ])('refuses %s, naming the field', async (_what, over, path) => {
    const res = await t.request('POST', '/api/incubation-calls', { as: admin, body: call(over) });
    expect(res.status, JSON.stringify(res.json)).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it('answers an unknown call with 404', async () => {
    const res = await t.request('GET', '/api/incubation-calls/00000000-0000-4000-8000-000000000000', {
      as: acme,
    });
    expect(res.status).toBe(404);
    const app = await t.request(
      'POST',
      '/api/incubation-calls/00000000-0000-4000-8000-000000000000/applications',
      {
        as: acme,
        body: {},
      },
    );
    expect(app.status).toBe(404);
  });
});

describe('applying: a draft, then one submission inside the window', () => {
  it('saves a draft, edits it under a version, submits once', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id, { answers: { business: 'HTS coils' }, unit: 'vf-a' });
    expect(draft.status).toBe('draft');
    const edited = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      headers: { 'if-match': `"${draft.version}"` },
      body: { answers: { business: 'HTS coils', staff: 12 } },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.answers).toEqual({ business: 'HTS coils', staff: 12 });
    expect(edited.json.unit.key).toBe('vf-a');

    const done = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme });
    expect(done.status).toBe(200);
    expect(done.json.status).toBe('submitted');
    expect(done.json.submittedAt).toBe(now.toISOString());

    const again = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme });
    expect(again.status).toBe(409);
    const late = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      body: { answers: { business: 'changed' } },
    });
    expect(late.status).toBe(409);
    const listed = await t.request('GET', '/api/incubation-calls', { as: acme });
    expect(listed.json.items[0].myApplication).toMatchObject({ id: draft.id, status: 'submitted' });
  });

  it('refuses a stale draft edit (412) and an account without an organisation (403)', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id);
    const stale = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      headers: { 'if-match': `"${draft.version + 1}"` },
      body: { answers: { business: 'x' } },
    });
    expect(stale.status).toBe(412);
    const loner = await t.signIn('member');
    const res = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, {
      as: loner,
      body: {},
    });
    expect(res.status).toBe(403);
  });

  it('takes one application per organisation and call, whoever enters it', async () => {
    const c = await openCall();
    await apply(acme, c.id);
    const twice = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, {
      as: acme,
      body: {},
    });
    expect(twice.status).toBe(409);
    expect(paths(twice.json)).toEqual(['body.organization']);
    // The office's paper application for the same company is the same application.
    const paper = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, {
      as: admin,
      body: { organization: 'acme' },
    });
    expect(paper.status).toBe(409);
    const forBeta = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, {
      as: admin,
      body: { organization: 'beta', answers: { business: 'Cryostats' } },
    });
    expect(forBeta.status).toBe(201);
    expect(forBeta.json.channel).toBe('paper');
    expect(forBeta.json.organization.key).toBe('beta');
    // …which Beta's members then see as theirs.
    const seen = await t.request('GET', `/api/incubation-applications/${forBeta.json.id}`, { as: beta });
    expect(seen.status).toBe(200);
  });

  it('refuses a late submission, naming the deadline', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id);
    now = new Date('2027-01-31T15:00:00Z'); // = 2027-02-01 00:00 JST, the deadline itself
    const late = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, {
      as: acme,
      headers: { 'accept-language': 'en' },
    });
    expect(late.status).toBe(409);
    expect(late.json.error.message).toContain('2027-01-31T15:00:00.000Z');
    expect(late.json.error.message).toContain('deadline');
    expect(paths(late.json)).toEqual(['call.closesAt']);
    const stored = await t.request('GET', `/api/incubation-applications/${draft.id}`, { as: acme });
    expect(stored.json.status).toBe('draft');
    const newDraft = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, {
      as: beta,
      body: {},
    });
    expect(newDraft.status).toBe(409);
  });

  it('refuses a submission before the call opens, naming the opening', async () => {
    const c = await openCall({ opensAt: '2027-01-20T00:00:00Z' });
    const draft = await apply(acme, c.id);
    const early = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme });
    expect(early.status).toBe(409);
    expect(paths(early.json)).toEqual(['call.opensAt']);
  });

  it('submits only with every required answer, and names the missing one', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id, { answers: { staff: 3 } });
    const res = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(['answers.business']);
  });

  it.each([
    ['an answer of the wrong kind', { answers: { staff: 'many' } }, 'body.answers.staff'],
    ['an unknown question', { answers: { nope: 'x' } }, 'body.answers.nope'],
    ['a unit not on offer', { unit: 'vf-zz' }, 'body.unit'],
    ['a proposal on a tenancy call', { jointUse: { hoursRequested: 4 } }, 'body.jointUse'],
    ['another organisation named by a member', { organization: 'beta' }, 'body.organization'],
  ])('refuses %s, naming the field', async (_what, body, path) => {
    const c = await openCall();
    const res = await t.request('POST', `/api/incubation-calls/${c.id}/applications`, { as: acme, body });
    expect(res.status, JSON.stringify(res.json)).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it('never shows one company another’s application', async () => {
    const c = await openCall();
    const id = await submitted(acme, c.id);
    const other = await t.request('GET', `/api/incubation-applications/${id}`, { as: beta });
    expect(other.status).toBe(404);
    const edit = await t.request('PATCH', `/api/incubation-applications/${id}`, {
      as: beta,
      body: { answers: {} },
    });
    expect(edit.status).toBe(404);
    const list = await t.request('GET', '/api/incubation-applications', { as: beta });
    expect(list.json.items).toEqual([]);
    const panel = await t.request('GET', `/api/incubation-calls/${c.id}/panel`, { as: acme });
    expect(panel.status).toBe(403);
  });
});

describe('at once', () => {
  it('twenty simultaneous applications of one company give one draft and clear 409s', async () => {
    const c = await openCall();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.request('POST', `/api/incubation-calls/${c.id}/applications`, { as: acme, body: {} }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409))
      expect(paths(r.json)).toEqual(['body.organization']);
  });

  it('ten simultaneous submissions of one draft submit it once', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const audit = await t.request('GET', '/api/audit?entity=incubation_application&action=submit', {
      as: admin,
    });
    expect(audit.status).toBe(200);
    expect(audit.json.items).toHaveLength(1);
  });
});

describe('reviewing', () => {
  it('shows a reviewer only the files assigned to them', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    const b = await submitted(beta, c.id);
    expect((await assign(a, r1)).status).toBe(200);
    expect((await t.request('GET', `/api/incubation-applications/${a}`, { as: r1 })).status).toBe(200);
    expect((await t.request('GET', `/api/incubation-applications/${b}`, { as: r1 })).status).toBe(404);
    expect((await score(r1, b, 3, 3, 3)).status).toBe(404);
    const list = await t.request('GET', '/api/incubation-applications', { as: r1 });
    expect(list.json.items.map((x: { id: string }) => x.id)).toEqual([a]);
    expect((await t.request('GET', '/api/incubation-applications', { as: r2 })).json.items).toEqual([]);
  });

  it('unassigns a reviewer who declares a conflict of interest, who then cannot see the file', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    await assign(a, r1);
    const declared = await t.request('POST', `/api/incubation-applications/${a}/conflict`, {
      as: r1,
      body: { reason: 'Former employer' },
    });
    expect(declared.status).toBe(204);
    expect((await t.request('GET', `/api/incubation-applications/${a}`, { as: r1 })).status).toBe(404);
    expect((await score(r1, a, 3, 3, 3)).status).toBe(404);
    expect((await t.request('GET', '/api/incubation-applications', { as: r1 })).json.items).toEqual([]);
    // The office sees who stepped back, and cannot put them back on the file.
    const office = await t.request('GET', `/api/incubation-applications/${a}`, { as: admin });
    expect(office.json.reviews).toMatchObject([{ state: 'conflict', conflictReason: 'Former employer' }]);
    const back = await assign(a, r1);
    expect(back.status).toBe(409);
    expect(paths(back.json)).toEqual(['body.reviewer']);
  });

  it.each([
    ['a score of 6', [{ criterion: 'plan', score: 6 }], 'body.scores[0].score'],
    ['a score of 0', [{ criterion: 'plan', score: 0 }], 'body.scores[0].score'],
    ['a half point', [{ criterion: 'plan', score: 2.5 }], 'body.scores[0].score'],
    ['an unknown criterion', [{ criterion: 'luck', score: 3 }], 'body.scores[0].criterion'],
  ])('refuses %s, naming the field', async (_what, scores, path) => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    await assign(a, r1);
    const res = await t.request('PUT', `/api/incubation-applications/${a}/review`, {
      as: r1,
      body: { scores },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it('assigns reviewers to submitted applications only', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id);
    const res = await assign(draft.id, r1);
    expect(res.status).toBe(409);
    expect(paths(res.json)).toEqual(['status']);
    expect((await t.request('GET', `/api/incubation-applications/${draft.id}`, { as: r1 })).status).toBe(404);
  });

  it('refuses to assign an account that is not a reviewer', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    const res = await t.request('POST', `/api/incubation-applications/${a}/reviewers`, {
      as: admin,
      body: { reviewer: (await t.signIn('member')).id },
    });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(['body.reviewer']);
  });

  it('gives the panel sheet: weighted means, spread, disagreement and rank, checked by hand', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id);
    const b = await submitted(beta, c.id);
    for (const [app, who] of [
      [a, r1],
      [a, r2],
      [b, r1],
    ] as const)
      await assign(app, who);
    // Weights plan 50, team 30, market 20 (sum 100).
    // Acme, reviewer 1: (50·4 + 30·3 + 20·5) / 100 = (200 + 90 + 100) / 100 = 3.9
    // Acme, reviewer 2: (50·2 + 30·2 + 20·3) / 100 = (100 + 60 + 60) / 100 = 2.2
    //   mean (3.9 + 2.2) / 2 = 3.05; spread 3.9 − 2.2 = 1.7 > threshold 1 → disagreement
    // Beta, reviewer 1: (50·3 + 30·3 + 20·3) / 100 = 3.0; one reviewer, spread 0
    // Ranking: Acme 3.05 first, Beta 3.0 second.
    expect((await score(r1, a, 4, 3, 5)).status).toBe(200);
    expect((await score(r2, a, 2, 2, 3)).status).toBe(200);
    expect((await score(r1, b, 3, 3, 3)).status).toBe(200);
    const res = await t.request('GET', `/api/incubation-calls/${c.id}/panel`, { as: admin });
    expect(res.status).toBe(200);
    const [first, second] = res.json.rows;
    expect(first.organization.key).toBe('acme');
    expect(first.mean).toBeCloseTo(3.05, 10);
    expect(first.spread).toBeCloseTo(1.7, 10);
    expect(first.disagreement).toBe(true);
    expect(first.rank).toBe(1);
    expect(first.totals.map((x: number) => Math.round(x * 100) / 100).sort()).toEqual([2.2, 3.9]);
    expect(second.organization.key).toBe('beta');
    expect(second.mean).toBeCloseTo(3.0, 10);
    expect(second.spread).toBe(0);
    expect(second.disagreement).toBe(false);
    expect(second.rank).toBe(2);
  });
});

describe('decisions', () => {
  it('records a decision with a reason; the applicant sees it, and its scores only once released', async () => {
    const c = await openCall();
    const a = await submitted(acme, c.id, { answers: { business: 'HTS coils' }, unit: 'vf-b' });
    await assign(a, r1);
    await score(r1, a, 4, 4, 4);
    const bad = await t.request('POST', `/api/incubation-applications/${a}/decision`, {
      as: admin,
      body: { decision: 'maybe', reason: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.decision']);
    const byReviewer = await t.request('POST', `/api/incubation-applications/${a}/decision`, {
      as: r1,
      body: { decision: 'admitted', reason: 'x' },
    });
    expect(byReviewer.status).toBe(403);

    const res = await t.request('POST', `/api/incubation-applications/${a}/decision`, {
      as: admin,
      body: { decision: 'admitted', reason: 'Strong plan; building B fits the process' },
    });
    expect(res.status).toBe(200);
    expect(res.json.leaseOffer).toMatchObject({
      applicationId: a,
      unitId: expect.any(String),
      facilityId: expect.any(String),
    });

    const mine = await t.request('GET', `/api/incubation-applications/${a}`, { as: acme });
    expect(mine.json.decision).toBe('admitted');
    expect(mine.json.decisionReason).toContain('Strong plan');
    expect(mine.json.leaseOffer).not.toBeNull();
    expect(mine.json.scores).toBeNull();
    expect(mine.json.reviews).toBeUndefined();
    // The reviewer scores; the decision is not theirs to see.
    expect(
      (await t.request('GET', `/api/incubation-applications/${a}`, { as: r1 })).json.decision,
    ).toBeNull();

    const call1 = await t.request('GET', `/api/incubation-calls/${c.id}`, { as: admin });
    const released = await t.request('PATCH', `/api/incubation-calls/${c.id}`, {
      as: admin,
      headers: { 'if-match': call1.res.headers.get('etag')! },
      body: { scoresReleased: true },
    });
    expect(released.status).toBe(200);
    const after = await t.request('GET', `/api/incubation-applications/${a}`, { as: acme });
    expect(after.json.scores).toMatchObject({ mean: 4, reviewers: 1 });
    expect(after.json.scores.criteria).toEqual([
      { criterion: 'plan', mean: 4 },
      { criterion: 'team', mean: 4 },
      { criterion: 'market', mean: 4 },
    ]);
    expect(after.json.reviews).toBeUndefined();
    expect((await t.request('GET', `/api/incubation-applications/${a}`, { as: beta })).status).toBe(404);
  });

  it('waitlists with a note, and refuses to decide a draft', async () => {
    const c = await openCall();
    const draft = await apply(acme, c.id);
    const early = await t.request('POST', `/api/incubation-applications/${draft.id}/decision`, {
      as: admin,
      body: { decision: 'admitted', reason: 'x' },
    });
    expect(early.status).toBe(409);
    const b = await submitted(beta, c.id);
    const res = await t.request('POST', `/api/incubation-applications/${b}/decision`, {
      as: admin,
      body: { decision: 'waitlisted', reason: 'No free unit this round' },
    });
    expect(res.json).toMatchObject({ waitlisted: true, leaseOffer: null });
  });
});

describe('joint use', () => {
  it('takes a proposal, requires it whole to submit, and gives an admitted one as a quota', async () => {
    const c = await openCall({
      key: 'ju-2027',
      kind: 'joint-use',
      units: [],
      equipment: ['hts-bench'],
      form: null,
    });
    const draft = await apply(acme, c.id, { jointUse: { researchPlan: 'Quench tests of REBCO coils' } });
    const incomplete = await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, {
      as: acme,
    });
    expect(incomplete.status).toBe(400);
    expect(paths(incomplete.json)).toEqual([
      'jointUse.hoursRequested',
      'jointUse.from',
      'jointUse.to',
      'jointUse.equipment',
    ]);
    const backwards = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      body: { jointUse: { from: '2027-06-01', to: '2027-04-01' } },
    });
    expect(backwards.status).toBe(400);
    expect(paths(backwards.json)).toEqual(['body.jointUse.to']);
    const wrongItem = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      body: { jointUse: { equipment: 'vf-a' } },
    });
    expect(paths(wrongItem.json)).toEqual(['body.jointUse.equipment']);
    const filled = await t.request('PATCH', `/api/incubation-applications/${draft.id}`, {
      as: acme,
      body: {
        jointUse: { hoursRequested: 40, from: '2027-04-01', to: '2027-09-30', equipment: 'hts-bench' },
      },
    });
    expect(filled.status).toBe(200);
    expect(
      (await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme })).status,
    ).toBe(200);
    expect(await approvedJointUse(t.db, draft.id)).toBeUndefined();
    await t.request('POST', `/api/incubation-applications/${draft.id}/decision`, {
      as: admin,
      body: { decision: 'admitted', reason: 'Fits the bench schedule' },
    });
    const quota = await approvedJointUse(t.db, draft.id);
    expect(quota).toMatchObject({
      hours: 40,
      from: '2027-04-01',
      to: '2027-09-30',
      equipmentId: expect.any(String),
    });
    const mine = await t.request('GET', `/api/incubation-applications/${draft.id}`, { as: acme });
    expect(quota!.organizationId).toBe(mine.json.organization.id);
    expect(quota!.equipmentId).toBe(mine.json.jointUse.equipment.id);
    expect(mine.json.leaseOffer).toBeNull();
  });

  it('turns the admitted hours into a booking quota, and takes them back when the admission is', async () => {
    const c = await openCall({
      key: 'ju-q',
      kind: 'joint-use',
      units: [],
      equipment: ['hts-bench'],
      form: null,
    });
    const draft = await apply(acme, c.id, {
      jointUse: {
        researchPlan: 'Quench tests',
        hoursRequested: 6,
        from: '2027-04-01',
        to: '2027-09-30',
        equipment: 'hts-bench',
      },
    });
    await t.request('POST', `/api/incubation-applications/${draft.id}/submit`, { as: acme });
    const equipmentId = (await t.request('GET', `/api/incubation-applications/${draft.id}`, { as: acme }))
      .json.jointUse.equipment.id;
    const decide = (decision: string) =>
      t.request('POST', `/api/incubation-applications/${draft.id}/decision`, {
        as: admin,
        body: { decision, reason: 'Panel' },
      });
    const quotas = async () =>
      (await t.request('GET', `/api/equipment/${equipmentId}/booking-quotas`, { as: acme })).json.items;
    expect(await quotas()).toEqual([]);
    expect((await decide('admitted')).status).toBe(200);
    expect(await quotas()).toMatchObject([{ hours: 6, validFrom: '2027-04-01', validTo: '2027-09-30' }]);
    // Deciding again the same way grants nothing more; rejecting takes the hours back.
    expect((await decide('admitted')).status).toBe(200);
    expect(await quotas()).toHaveLength(1);
    expect((await decide('rejected')).status).toBe(200);
    expect(await quotas()).toEqual([]);
    // Once hours are booked against the quota, the admission stays until those bookings are cancelled.
    expect((await decide('admitted')).status).toBe(200);
    const booked = await t.request('POST', `/api/equipment/${equipmentId}/bookings`, {
      as: acme,
      body: { start: '2027-05-10T01:00:00Z', end: '2027-05-10T03:00:00Z' },
    });
    expect(booked.status, JSON.stringify(booked.json)).toBe(201);
    expect((await quotas())[0].usedHours).toBe(2);
    const refused = await decide('rejected');
    expect(refused.status).toBe(409);
    expect(paths(refused.json)).toEqual(['body.decision']);
    expect(
      (await t.request('GET', `/api/incubation-applications/${draft.id}`, { as: admin })).json.decision,
    ).toBe('admitted');
  });
});
