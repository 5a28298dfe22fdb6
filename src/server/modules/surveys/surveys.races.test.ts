import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { siteSurvey } from '../../../core/surveys/fixture.ts';
import { surveyInvitations, surveyResponses } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Simultaneous writes that meet on a unique key: each is a 409 or takes its turn, never a 500, and a
// submission is never lost to a draft. Half go through a second server process on the same database
// (PostgreSQL; on PGlite the same app).

let t: TestApp;
let other: TestApp['request'];
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  other = await t.peer();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

const through = (i: number) => (i % 2 === 0 ? t.request : other);
const survey = {
  key: 'siting-needs',
  title: { en: 'Siting needs' },
  definition: siteSurvey,
  closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  population: { kinds: ['company'] },
};
const full = {
  'q-kind': 'company',
  'q-plan': 'plan',
  'q-facility': ['reactor'],
  'q-importance': { engineers: 'important' },
};
const partial = { 'q-kind': 'company' };

async function openedTokens() {
  for (const key of ['acme', 'beta', 'gamma', 'delta'])
    await t.addOrganization({ key, name: { en: key }, kind: 'company' });
  const created = await t.request('POST', '/api/surveys', { as: admin, body: survey });
  const opened = await t.request('POST', `/api/surveys/${created.json.id}/open`, { as: admin });
  expect(opened.status).toBe(200);
  return (opened.json.links as { link: string }[]).map((l) => new URL(l.link).pathname.split('/').pop()!);
}

const statuses = (results: { status: number }[]) => results.map((r) => r.status).sort();

describe('answers through one personal link at once', () => {
  it('four first submissions: all are taken in turn, one response stored', async () => {
    const [token] = await openedTokens();
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        through(i)('POST', `/api/survey-links/${token}/submit`, { body: { answers: full } }),
      ),
    );
    expect(statuses(results)).toEqual([200, 200, 200, 200]);
    const rows = await t.db.select().from(surveyResponses);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.submittedAt).not.toBeNull();
  });

  it('a draft and a submission at once: the submission is never lost (every link, both orders)', async () => {
    const tokens = await openedTokens();
    for (const [n, token] of tokens.entries()) {
      const send = [
        through(n)('PUT', `/api/survey-links/${token}/draft`, { body: { answers: partial } }),
        through(n + 1)('POST', `/api/survey-links/${token}/submit`, { body: { answers: full } }),
      ];
      const [draft, submit] = await Promise.all(n % 2 ? send : [...send].reverse()).then((r) =>
        n % 2 ? r : [...r].reverse(),
      );
      expect(submit!.status).toBe(200);
      expect([200, 409]).toContain(draft!.status); // before the submission it is kept, after it refused
      const view = await t.request('GET', `/api/survey-links/${token}`);
      expect(view.json.response.submittedAt).not.toBeNull();
      expect(view.json.response.answers).toEqual(full);
    }
    // And a draft after a submission is refused, leaving the submission as it was.
    const late = await t.request('PUT', `/api/survey-links/${tokens[0]}/draft`, {
      body: { answers: partial },
    });
    expect(late.status).toBe(409);
    expect(await t.db.select().from(surveyResponses)).toHaveLength(tokens.length);
  });
});

describe('coordinator actions at once', () => {
  it('opening a survey twice at once: one opens and invites, the other is a 409', async () => {
    for (const key of ['acme', 'beta']) await t.addOrganization({ key, name: { en: key }, kind: 'company' });
    const created = await t.request('POST', '/api/surveys', { as: admin, body: survey });
    const results = await Promise.all(
      [0, 1].map((i) => through(i)('POST', `/api/surveys/${created.json.id}/open`, { as: admin })),
    );
    expect(statuses(results)).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.json.error.code).toBe('conflict');
    const invitations = await t.db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.surveyId, created.json.id));
    expect(invitations).toHaveLength(2);
  });

  it('creating one key four times at once: one 201, three 409s naming the key', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => through(i)('POST', '/api/surveys', { as: admin, body: survey })),
    );
    expect(statuses(results)).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409))
      expect(r.json.error.details[0].path).toBe('body.key');
  });
});
