import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications, trainingCohorts } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Enrolment through the HTTP API on both engines: places then the waiting list, the database keeping every
// cohort within capacity (100 people asking at once for 20 places, on PostgreSQL from two server processes),
// promotion and its notice on withdrawal, who sees whose record, the three-party plan, review cadence on a
// moving clock, hours and completion, the trainee's download and erasure, and bad input named by field.

let t: TestApp;
let admin: Session;
let provider: Session; // a member of the training provider
let employer: Session & { id: string }; // a member of the sponsoring employer
let rival: Session & { id: string }; // a member of an unrelated company
let reviewer: Session;
let alice: Session & { id: string };
let bob: Session & { id: string };
let carol: Session & { id: string };
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
});

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
  reviewer = await t.signIn('reviewer');
  alice = await t.signIn('person');
  bob = await t.signIn('person');
  carol = await t.signIn('person');
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function cohort(capacity: number, startOn = '2027-04-05') {
  const p = await t.request('POST', '/api/training-programmes', {
    as: provider,
    body: {
      provider: 'college',
      title: { ja: '真空技術者コース', en: 'Vacuum technician' },
      level: 3,
      skills: ['SK.vacuum'],
      durationWeeks: 52,
      delivery: 'day-release',
    },
  });
  const c = await t.request('POST', `/api/training-programmes/${p.json.id}/cohorts`, {
    as: provider,
    body: { startOn, capacity },
  });
  expect(c.status).toBe(201);
  return c.json.id as string;
}

const enrol = (cohortId: string, as: Session, body: Record<string, unknown> = {}) =>
  t.request('POST', `/api/training-cohorts/${cohortId}/enrolments`, { as, body });

const seats = async (cohortId: string) => {
  const list = await t.request('GET', '/api/training-programmes');
  return list.json.items
    .flatMap((p: { cohorts: { id: string }[] }) => p.cohorts)
    .find((c: { id: string }) => c.id === cohortId);
};

describe('places and the waiting list', () => {
  it('over capacity a person waits in order; asking twice is a 409', async () => {
    const id = await cohort(2);
    const a = await enrol(id, alice);
    const b = await enrol(id, bob);
    const c = await enrol(id, carol);
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect([a.json.status, b.json.status, c.json.status]).toEqual(['enrolled', 'enrolled', 'waiting']);
    expect(c.json.waitingPosition).toBe(1);
    expect(await seats(id)).toMatchObject({ capacity: 2, enrolled: 2, waiting: 1 });
    const twice = await enrol(id, alice);
    expect(twice.status).toBe(409);
    expect(paths(twice.json)).toEqual(['path.id']);
    expect((await enrol(id, carol)).status).toBe(409);
    expect(await seats(id)).toMatchObject({ enrolled: 2, waiting: 1 });
  });

  it('withdrawing frees the place for the first waiting, who is told; a waiting withdrawal frees nothing', async () => {
    const id = await cohort(1);
    const a = await enrol(id, alice);
    const b = await enrol(id, bob);
    const c = await enrol(id, carol);
    expect(c.json.waitingPosition).toBe(2);
    const out = await t.request('POST', `/api/training-enrolments/${a.json.id}/withdraw`, {
      as: alice,
      body: { reason: 'moved away' },
    });
    expect(out.status).toBe(200);
    expect(out.json).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'moved away',
      endedOn: '2027-04-01',
    });
    const bobNow = await t.request('GET', `/api/training-enrolments/${b.json.id}`, { as: bob });
    expect(bobNow.json).toMatchObject({ status: 'enrolled', waitingPosition: null });
    const carolNow = await t.request('GET', `/api/training-enrolments/${c.json.id}`, { as: carol });
    expect(carolNow.json.waitingPosition).toBe(1);
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, bob.id));
    expect(told.map((n) => n.kind)).toEqual(['training_place']);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, carol.id))).toHaveLength(0);
    // Carol leaves the waiting list: the place count stays at the one Bob holds.
    await t.request('POST', `/api/training-enrolments/${c.json.id}/withdraw`, {
      as: carol,
      body: { reason: 'x' },
    });
    expect(await seats(id)).toMatchObject({ enrolled: 1, waiting: 0 });
    // Bob leaves with nobody waiting: the seat is free again and Alice can come back.
    await t.request('POST', `/api/training-enrolments/${b.json.id}/withdraw`, {
      as: bob,
      body: { reason: 'y' },
    });
    expect(await seats(id)).toMatchObject({ enrolled: 0, waiting: 0 });
    expect((await enrol(id, alice)).json.status).toBe('enrolled');
    const again = await t.request('POST', `/api/training-enrolments/${b.json.id}/withdraw`, {
      as: bob,
      body: { reason: 'y' },
    });
    expect(again.status).toBe(409);
  });

  it('100 people asking at once for 20 places: exactly 20 enrolled, 80 waiting numbered 1–80 in arrival order', async () => {
    const id = await cohort(20);
    const people = await t.crowd('person', 100);
    // On PostgreSQL half the requests go through a second server process with its own connections.
    const other = await t.peer();
    const results = await Promise.all(
      people.map((as, i) =>
        (i % 2 ? other : t.request)('POST', `/api/training-cohorts/${id}/enrolments`, { as, body: {} }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(100).fill(201));
    const enrolled = results.filter((r) => r.json.status === 'enrolled');
    expect(enrolled).toHaveLength(20);
    expect(await seats(id)).toMatchObject({ capacity: 20, enrolled: 20, waiting: 80 });
    const list = await t.request('GET', `/api/training-enrolments?cohort=${id}`, { as: provider });
    const items: { status: string; waitingPosition: number | null }[] = list.json.items; // in arrival order
    expect(items.map((e) => e.status)).toEqual([...Array(20).fill('enrolled'), ...Array(80).fill('waiting')]);
    expect(items.slice(20).map((e) => e.waitingPosition)).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    );
    // Each answer told its asker the position the list now shows.
    const positions = results.filter((r) => r.json.status === 'waiting').map((r) => r.json.waitingPosition);
    expect(new Set(positions).size).toBe(80);
  });

  it('the database itself refuses a seat count over capacity, whatever code runs', async () => {
    const id = await cohort(1);
    await expect(
      t.db.update(trainingCohorts).set({ enrolled: 2 }).where(eq(trainingCohorts.id, id)),
    ).rejects.toThrow();
  });
});

describe('who sees a trainee', () => {
  it('the trainee, the sponsoring employer, the provider and an admin; anyone else gets 404', async () => {
    const id = await cohort(5);
    const a = await enrol(id, alice, { employer: 'acme' });
    await enrol(id, bob);
    const ids = (as: Session) =>
      t
        .request('GET', '/api/training-enrolments', { as })
        .then((r) => r.json.items.map((e: { id: string }) => e.id));
    expect(await ids(alice)).toEqual([a.json.id]);
    expect(await ids(employer)).toEqual([a.json.id]);
    expect(await ids(provider)).toHaveLength(2);
    expect(await ids(admin)).toHaveLength(2);
    expect(await ids(rival)).toEqual([]);
    expect(await ids(reviewer)).toEqual([]);
    expect(await ids(bob)).not.toContain(a.json.id);
    for (const as of [bob, rival, reviewer])
      expect((await t.request('GET', `/api/training-enrolments/${a.json.id}`, { as })).status).toBe(404);
    expect((await t.request('GET', `/api/training-enrolments/${a.json.id}`)).status).toBe(401);
    const seen = await t.request('GET', `/api/training-enrolments/${a.json.id}`, { as: employer });
    expect(seen.json).toMatchObject({
      employer: { key: 'acme' },
      trainee: { name: 'person' },
      viewerIs: ['employer'],
    });
    // An employer that is not named may not withdraw or confirm anything.
    const w = await t.request('POST', `/api/training-enrolments/${a.json.id}/withdraw`, {
      as: rival,
      body: { reason: 'no' },
    });
    expect(w.status).toBe(404);
  });
});

describe('plan, reviews, hours and outcome', () => {
  it('trainee, employer (after confirming sponsorship) and provider sign the plan', async () => {
    const id = await cohort(5);
    const a = await enrol(id, alice, { employer: 'acme' });
    const url = `/api/training-enrolments/${a.json.id}`;
    // The employer's members are asked to confirm.
    const asked = await t.db.select().from(notifications).where(eq(notifications.userId, employer.id));
    expect(asked.map((n) => [n.kind, n.link])).toEqual([['training_sponsorship', '/talent/my']]);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, rival.id))).toHaveLength(0);
    const early = await t.request('POST', `${url}/plan-signatures`, { as: employer });
    expect(early.status).toBe(409);
    expect((await t.request('POST', `${url}/sponsorship`, { as: provider })).status).toBe(403);
    expect((await t.request('POST', `${url}/sponsorship`, { as: employer })).json.sponsorConfirmedAt).toBe(
      now.toISOString(),
    );
    await t.request('POST', `${url}/plan-signatures`, { as: alice });
    const two = await t.request('POST', `${url}/plan-signatures`, { as: employer });
    expect(two.json.plan).toMatchObject({ agreed: false, providerSignedAt: null });
    const three = await t.request('POST', `${url}/plan-signatures`, { as: provider });
    expect(three.json.plan.agreed).toBe(true);
    expect(three.json.plan.traineeSignedAt).toBe(now.toISOString());
  });

  it('reviews fall due 8–12 weeks after the last one or the start, on the moving clock', async () => {
    const id = await cohort(5, '2027-04-05');
    const a = await enrol(id, alice);
    const url = `/api/training-enrolments/${a.json.id}`;
    expect((await t.request('GET', url, { as: alice })).json.reviewDue.state).toBe('not-started');
    now = new Date('2027-06-01T09:00:00+09:00'); // start + 8 weeks = 2027-05-31
    expect((await t.request('GET', url, { as: alice })).json.reviewDue).toMatchObject({
      dueFrom: '2027-05-31',
      dueBy: '2027-06-28',
      state: 'due',
    });
    now = new Date('2027-06-29T09:00:00+09:00');
    expect((await t.request('GET', url, { as: provider })).json.reviewDue.state).toBe('overdue');
    const r = await t.request('POST', `${url}/reviews`, {
      as: provider,
      body: { reviewedOn: '2027-06-29', rag: 'amber', note: 'behind on hours' },
    });
    expect(r.status).toBe(201);
    expect(r.json.reviewDue).toMatchObject({ from: '2027-06-29', dueFrom: '2027-08-24', state: 'not-due' });
    expect(r.json.reviews).toEqual([expect.objectContaining({ rag: 'amber', note: 'behind on hours' })]);
    expect(
      (
        await t.request('POST', `${url}/reviews`, {
          as: employer,
          body: { reviewedOn: '2027-06-29', rag: 'red' },
        })
      ).status,
    ).toBe(404);
  });

  it('hours add up; completion records the qualification; bad input names the field', async () => {
    const id = await cohort(5, '2027-03-01');
    const a = await enrol(id, alice, {});
    const url = `/api/training-enrolments/${a.json.id}`;
    await t.request('POST', `${url}/hours`, { as: alice, body: { workedOn: '2027-03-03', hours: 7.5 } });
    const h = await t.request('POST', `${url}/hours`, {
      as: provider,
      body: { workedOn: '2027-03-10', hours: 6, activity: 'vacuum lab' },
    });
    expect(h.json.totalHours).toBe(13.5);
    const bad = [
      [`${url}/hours`, { workedOn: '2027-03-10', hours: 25 }, 'body.hours'],
      [`${url}/hours`, { workedOn: '2027-03-10', hours: 1.25 }, 'body.hours'],
      [`${url}/hours`, { workedOn: '2027-05-01', hours: 2 }, 'body.workedOn'],
      [`${url}/hours`, { workedOn: '2027-02-01', hours: 2 }, 'body.workedOn'],
      [`${url}/reviews`, { reviewedOn: '2027-03-10', rag: 'blue' }, 'body.rag'],
      [`${url}/reviews`, { reviewedOn: '2027-04-02', rag: 'red' }, 'body.reviewedOn'],
      [`${url}/withdraw`, { reason: '' }, 'body.reason'],
      [`${url}/completion`, { qualification: 'L3', endedOn: '2027-02-01' }, 'body.endedOn'],
      [`/api/training-cohorts/${id}/enrolments`, { employer: 'no-such' }, 'body.employer'],
      ['/api/training-cohorts/not-a-uuid/enrolments', {}, 'path.id'],
    ] as const;
    for (const [path, body, field] of bad) {
      const as = path.includes('reviews') || path.includes('completion') ? provider : alice;
      const res = await t.request('POST', path, { as, body });
      expect([res.status, paths(res.json)], `${path} ${JSON.stringify(body)}`).toEqual([400, [field]]);
    }
    expect(
      (
        await t.request('POST', `/api/training-cohorts/${crypto.randomUUID()}/enrolments`, {
          as: alice,
          body: {},
        })
      ).status,
    ).toBe(404);
    const done = await t.request('POST', `${url}/completion`, {
      as: provider,
      body: { qualification: 'Level 3 Engineering Technician', endedOn: '2027-03-31' },
    });
    expect(done.json).toMatchObject({ status: 'completed', qualification: 'Level 3 Engineering Technician' });
    expect(
      (
        await t.request('POST', `${url}/completion`, {
          as: provider,
          body: { qualification: 'x', endedOn: '2027-03-31' },
        })
      ).status,
    ).toBe(409);
  });
});

describe("the trainee's own data", () => {
  it('downloads as JSON; erasure clears name, email and notes but keeps the counts', async () => {
    const id = await cohort(1);
    const a = await enrol(id, alice, { employer: 'acme' });
    await enrol(id, bob);
    await t.request('POST', `/api/training-enrolments/${a.json.id}/reviews`, {
      as: provider,
      body: { reviewedOn: '2027-04-01', rag: 'green', note: 'Alice is doing well' },
    });
    const data = await t.request('GET', '/api/my-training/data', { as: alice });
    expect(data.status).toBe(200);
    expect(data.res.headers.get('content-disposition')).toContain('attachment');
    expect(data.json.enrolments).toHaveLength(1);
    expect(data.json.enrolments[0].reviews[0].note).toBe('Alice is doing well');
    expect((await t.request('GET', '/api/my-training/data', { as: provider })).status).toBe(403);

    const before = await seats(id);
    const erased = await t.request('POST', '/api/my-training/erasure', { as: alice });
    expect(erased.json).toEqual({ erasedEnrolments: 1 });
    expect(await seats(id)).toEqual(before);
    const seen = await t.request('GET', `/api/training-enrolments/${a.json.id}`, { as: provider });
    expect(seen.json).toMatchObject({ status: 'enrolled', trainee: null, erased: true });
    expect(seen.json.reviews[0].note).toBe('');
    expect(JSON.stringify(seen.json)).not.toContain(alice.id);
    // Alice no longer finds it under her name, and her download is empty.
    expect((await t.request('GET', '/api/my-training/data', { as: alice })).json.enrolments).toEqual([]);
    const all = await t.request('GET', `/api/training-enrolments?cohort=${id}`, { as: admin });
    expect(all.json.items.map((e: { status: string }) => e.status)).toEqual(['enrolled', 'waiting']);
  });
});
