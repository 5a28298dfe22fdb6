import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  introductionEvents,
  introductions,
  introductionTasks,
  notifications,
} from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Simultaneous requests on one introduction, half through a second server process on the same database
// (PostgreSQL; PGlite is one process, so there both halves go through the one app): one wins, the rest are
// clear 409s, and nothing of a losing request (event, task, notice, mail) is left behind.

let t: TestApp;
let other: TestApp['request'];
let seeker: Session;
let supplier: Session;
let needId: string;
let seedId: string;

beforeAll(async () => {
  t = await createTestApp();
  other = await t.peer();
});

beforeEach(async () => {
  await t.reset();
  const seekerOrg = await t.addOrganization({ key: 'seeker-co', name: { en: 'Seeker Co.' } });
  const supplierOrg = await t.addOrganization({ key: 'supplier-co', name: { en: 'Supplier Co.' } });
  seeker = await t.signIn('member', seekerOrg.id);
  supplier = await t.signIn('member', supplierOrg.id);
  needId = (
    await t.request('POST', '/api/needs', {
      as: seeker,
      body: { category: 'supplier', title: { en: 'Gyrotron for ECRH' }, technologies: ['HCD.gyrotron'] },
    })
  ).json.id;
  seedId = (
    await t.request('POST', '/api/seeds', {
      as: supplier,
      body: { category: 'product', title: { en: 'Gyrotrons' }, technologies: ['HCD.gyrotron'] },
    })
  ).json.id;
});

const through = (i: number) => (i % 2 === 0 ? t.request : other);
const askBody = () => ({ fromKind: 'need', fromId: needId, toType: 'seed', toId: seedId, message: 'Talk?' });

async function requestIntro() {
  const res = await t.request('POST', '/api/introductions', { as: seeker, body: askBody() });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

const statuses = (results: { status: number }[]) => results.map((r) => r.status).sort();

describe('simultaneous transitions of one introduction', () => {
  it('four accepts at once: one is recorded, three are 409s, one event, task and notice', async () => {
    const id = await requestIntro();
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        through(i)('POST', `/api/introductions/${id}/transition`, { as: supplier, body: { to: 'accepted' } }),
      ),
    );
    expect(statuses(results)).toEqual([200, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) expect(r.json.error.code).toBe('conflict');
    const events = await t.db
      .select()
      .from(introductionEvents)
      .where(eq(introductionEvents.introductionId, id));
    expect(events.map((e) => e.toState).sort()).toEqual(['accepted', 'requested']);
    const tasks = await t.db.select().from(introductionTasks).where(eq(introductionTasks.introductionId, id));
    expect(tasks).toHaveLength(1);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'introduction.accepted'));
    expect(notices).toHaveLength(1); // the seeker's one account, told once
    const inbox = await t.request('GET', '/api/notifications', { as: seeker });
    expect(inbox.json.items.filter((n: { kind: string }) => n.kind === 'introduction.accepted')).toHaveLength(
      1,
    );
  });

  it('accept and decline at once: exactly one of them happens', async () => {
    const id = await requestIntro();
    const [accept, decline] = await Promise.all([
      t.request('POST', `/api/introductions/${id}/transition`, { as: supplier, body: { to: 'accepted' } }),
      other('POST', `/api/introductions/${id}/transition`, {
        as: supplier,
        body: { to: 'declined', reason: 'No capacity' },
      }),
    ]);
    expect(statuses([accept, decline])).toEqual([200, 409]);
    const winner = accept.status === 200 ? 'accepted' : 'declined';
    const [row] = await t.db.select().from(introductions).where(eq(introductions.id, id));
    expect(row!.state).toBe(winner);
    const events = await t.db
      .select()
      .from(introductionEvents)
      .where(eq(introductionEvents.introductionId, id));
    expect(events.map((e) => e.toState).sort()).toEqual([winner, 'requested'].sort());
    const notices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, `introduction.${winner}`));
    expect(notices).toHaveLength(1);
    const loserKind = winner === 'accepted' ? 'introduction.declined' : 'introduction.accepted';
    expect(await t.db.select().from(notifications).where(eq(notifications.kind, loserKind))).toHaveLength(0);
  });
});

describe('simultaneous requests for one pair', () => {
  it('four identical requests at once open one introduction; the rest are 409s naming the target', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => through(i)('POST', '/api/introductions', { as: seeker, body: askBody() })),
    );
    expect(statuses(results)).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) {
      expect(r.json.error.code).toBe('conflict');
      expect(r.json.error.details[0].path).toBe('body.toId');
    }
    const rows = await t.db.select().from(introductions).where(eq(introductions.fromPostId, needId));
    expect(rows).toHaveLength(1);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'introduction.requested'));
    expect(notices).toHaveLength(1);
  });

  it('a pair whose introduction has ended may ask again', async () => {
    const id = await requestIntro();
    const declined = await t.request('POST', `/api/introductions/${id}/transition`, {
      as: supplier,
      body: { to: 'declined', reason: 'Not now' },
    });
    expect(declined.status).toBe(200);
    await requestIntro();
  });
});
