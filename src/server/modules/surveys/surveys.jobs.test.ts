import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { siteSurvey } from '../../../core/surveys/fixture.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { mailOutbox, notifications, surveyInvitations } from '../../db/schema/index.ts';
import { createScheduler, type JobContext } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testDatabaseUrl, testEngine } from '../../test/test-database.ts';
import { surveyRemindersJob } from './surveys.jobs.ts';

const DAY = 86_400_000;
let t: TestApp;
let admin: Session;
/** A second client on the same database: what another server process has. PostgreSQL only. */
let other: Database | undefined;

beforeAll(async () => {
  t = await createTestApp();
  if (testEngine === 'postgres') other = await openDatabase({ databaseUrl: testDatabaseUrl(t.db) });
});
afterAll(() => other?.close());
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

// Whole minutes, so the clock can be set to any point of the schedule.
const closesAt = new Date(Math.ceil((Date.now() + 14 * DAY) / 60_000) * 60_000);
const daysBefore = (days: number) => new Date(closesAt.getTime() - days * DAY);
const contextOn = (db: Database['db'], at: Date): JobContext => ({
  db,
  config: t.deps.config,
  reference: t.deps.reference,
  clock: () => at,
});

/**
 * A survey closing at `closesAt` with reminders 7, 3 and 1 days before, sent to three companies: acme
 * (a member account, has not answered), beta (no account) and gamma (a member account, has submitted).
 */
async function openSurvey() {
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' }, kind: 'company' });
  await t.addOrganization({ key: 'beta', name: { en: 'Beta' }, kind: 'company' });
  const gamma = await t.addOrganization({ key: 'gamma', name: { en: 'Gamma' }, kind: 'company' });
  await t.signIn('member', acme.id);
  await t.signIn('member', gamma.id);
  const created = await t.request('POST', '/api/surveys', {
    as: admin,
    body: {
      key: 'siting-needs',
      title: { ja: '立地ニーズ調査', en: 'Siting needs' },
      definition: siteSurvey,
      closesAt: closesAt.toISOString(),
      reminderDays: [7, 3, 1],
      population: { kinds: ['company'] },
    },
  });
  expect(created.status).toBe(201);
  const opened = await t.request('POST', `/api/surveys/${created.json.id}/open`, { as: admin });
  expect(opened.status).toBe(200);
  const gammaLink = opened.json.links.find((l: { invitee: string }) => l.invitee === 'Gamma').link;
  const submitted = await t.request(
    'POST',
    `/api/survey-links/${new URL(gammaLink).pathname.split('/').pop()}/submit`,
    {
      body: {
        answers: {
          'q-kind': 'company',
          'q-plan': 'plan',
          'q-facility': ['reactor'],
          'q-importance': { engineers: 'important' },
        },
      },
    },
  );
  expect(submitted.status).toBe(200);
  return created.json.id as string;
}

/** What went out: in-app reminders, reminder mails in the outbox, and each invitation's reminder count. */
async function sent() {
  const notices = await t.db.select().from(notifications).where(eq(notifications.kind, 'survey-reminder'));
  const mails = await t.db
    .select()
    .from(mailOutbox)
    .where(sql`${mailOutbox.subject} like ${'【ご回答のお願い】立地ニーズ調査%'}`);
  const invitations = await t.db.select().from(surveyInvitations).orderBy(surveyInvitations.invitee);
  return {
    notices: notices.length,
    mails: mails.length,
    reminders: Object.fromEntries(invitations.map((i) => [i.invitee, i.reminders])),
  };
}

describe('the reminder schedule, by the clock the job is given', () => {
  it('reminds each non-respondent once per reminder day; running again does nothing', async () => {
    await openSurvey();
    const run = (at: Date) => surveyRemindersJob.run(contextOn(t.db, at));
    expect(await run(daysBefore(8))).toBe(0); // nothing due yet
    expect(await sent()).toEqual({ notices: 0, mails: 0, reminders: { Acme: 0, Beta: 0, Gamma: 0 } });
    expect(await run(daysBefore(6.5))).toBe(1); // the 7-day reminder: acme's one account; beta has none, gamma answered
    expect(await run(daysBefore(6.5))).toBe(0);
    expect(await run(daysBefore(4))).toBe(0); // still the same reminder day
    expect(await sent()).toEqual({ notices: 1, mails: 1, reminders: { Acme: 1, Beta: 0, Gamma: 0 } });
    expect(await run(daysBefore(2.5))).toBe(1); // the 3-day reminder
    expect(await run(daysBefore(2.5))).toBe(0);
    expect(await sent()).toEqual({ notices: 2, mails: 2, reminders: { Acme: 2, Beta: 0, Gamma: 0 } });
    expect(await run(new Date(closesAt.getTime() + 60_000))).toBe(0); // closed: none
  });

  it('after a pause over two reminder days, sends one reminder for both, not one per tick', async () => {
    await openSurvey();
    const run = (at: Date) => surveyRemindersJob.run(contextOn(t.db, at));
    expect(await run(daysBefore(2.5))).toBe(1);
    expect(await run(daysBefore(2.4))).toBe(0);
    expect((await sent()).notices).toBe(1);
    expect(await run(daysBefore(0.5))).toBe(1); // the 1-day reminder is a new one
  });

  it('counts a reminder the coordinator sent since the reminder day as that day’s', async () => {
    const id = await openSurvey();
    const remind = await t.request('POST', `/api/surveys/${id}/remind`, { as: admin });
    expect(remind.json).toEqual({ reminded: 1, withoutContact: 1, mails: 1 });
    expect(await surveyRemindersJob.run(contextOn(t.db, daysBefore(6.5)))).toBe(0);
    expect((await sent()).notices).toBe(1);
  });

  it('sends nothing for a survey the coordinator closed', async () => {
    const id = await openSurvey();
    expect((await t.request('POST', `/api/surveys/${id}/close`, { as: admin })).status).toBe(200);
    expect(await surveyRemindersJob.run(contextOn(t.db, daysBefore(6.5)))).toBe(0);
    expect(await sent()).toMatchObject({ notices: 0, mails: 0 });
  });
});

describe.skipIf(testEngine !== 'postgres')('two server processes on one database', () => {
  it('send each reminder once, whether the lock or the guarded claim keeps the second out', async () => {
    await openSurvey();
    const processes = [t.database, other!].map((database) =>
      createScheduler(database, contextOn(database.db, daysBefore(6.5)), [surveyRemindersJob]),
    );
    // The same tick in both processes at the same moment.
    const outcomes = await Promise.all(processes.map((p) => p.run(surveyRemindersJob.name)));
    expect(outcomes.every((o) => o.status === 'ran' || o.status === 'skipped')).toBe(true);
    expect(await sent()).toEqual({ notices: 1, mails: 1, reminders: { Acme: 1, Beta: 0, Gamma: 0 } });
    // Without the scheduler's lock at all: the job itself, in both processes at once, at the next reminder day.
    const mails = await Promise.all(
      [t.db, other!.db].map((db) => surveyRemindersJob.run(contextOn(db, daysBefore(2.5)))),
    );
    expect(mails.map(Number).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sent()).toEqual({ notices: 2, mails: 2, reminders: { Acme: 2, Beta: 0, Gamma: 0 } });
  });
});
