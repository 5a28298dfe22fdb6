import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteSurvey } from '../core/surveys/fixture.ts';
import { introductionEvents, mailOutbox, notifications } from './db/schema/index.ts';
import { matchingSweepJob } from './modules/matching/index.ts';
import { surveyRemindersJob } from './modules/surveys/index.ts';
import { createTestApp, type TestApp } from './test/test-app.ts';
import { testDatabaseUrl, testEngine } from './test/test-database.ts';

// The server's background jobs in two real server processes on one PostgreSQL database. PGlite belongs to one
// process (its data directory is locked), so there is nothing to test there.

const run = promisify(execFile);
const DAY = 86_400_000;
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test', 'job-process.ts');

let t: TestApp;
beforeAll(async () => {
  if (testEngine === 'postgres') t = await createTestApp();
});

describe.skipIf(testEngine !== 'postgres')('two server processes', () => {
  it('ticking at the same moment send each survey reminder once and expire each introduction once', async () => {
    const now = Date.now();
    const admin = await t.signIn('admin');
    const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' }, kind: 'company' });
    const supplier = await t.addOrganization({ key: 'supplier-co', name: { en: 'Supplier Co.' } });
    const acmeMember = await t.signIn('member', acme.id);
    const supplierMember = await t.signIn('member', supplier.id);
    // A survey to acme and supplier closing in 25 days, with reminders 7, 3 and 1 days before.
    const survey = await t.request('POST', '/api/surveys', {
      as: admin,
      body: {
        key: 'siting-needs',
        title: { ja: '立地ニーズ調査', en: 'Siting needs' },
        definition: siteSurvey,
        closesAt: new Date(now + 25 * DAY).toISOString(),
        population: { organizations: ['acme', 'supplier-co'] },
      },
    });
    expect((await t.request('POST', `/api/surveys/${survey.json.id}/open`, { as: admin })).status).toBe(200);
    // An introduction request from acme to supplier, unanswered; it expires in 21 days.
    const need = await t.request('POST', '/api/needs', {
      as: acmeMember,
      body: { category: 'supplier', title: { en: 'Gyrotron' }, technologies: ['HCD.gyrotron'] },
    });
    const seed = await t.request('POST', '/api/seeds', {
      as: supplierMember,
      body: { category: 'product', title: { en: 'Gyrotrons' }, technologies: ['HCD.gyrotron'] },
    });
    const intro = await t.request('POST', '/api/introductions', {
      as: acmeMember,
      body: { fromKind: 'need', fromId: need.json.id, toType: 'seed', toId: seed.json.id, message: 'Talk?' },
    });
    expect(intro.status).toBe(201);

    // 22.5 days on: the request has expired, and the survey's 3-day reminder is due.
    const clock = new Date(now + 22.5 * DAY).toISOString();
    const startAt = String(Date.now() + 4_000); // time for both to start, then the same moment
    const args = [
      '--import',
      'tsx',
      script,
      testDatabaseUrl(t.db),
      clock,
      startAt,
      surveyRemindersJob.name,
      matchingSweepJob.name,
    ];
    const outputs = await Promise.all(
      [1, 2].map(() => run(process.execPath, args, { cwd: process.cwd(), timeout: 45_000 })),
    );
    const reports = outputs.map(
      (o) =>
        JSON.parse(o.stdout.trim().split('\n').pop()!) as {
          outcomes: { job: string; status: string; result?: unknown }[];
        },
    );
    for (const report of reports)
      for (const outcome of report.outcomes) expect(['ran', 'skipped']).toContain(outcome.status);

    const reminders = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'survey-reminder'));
    const reminderMails = await t.db
      .select()
      .from(mailOutbox)
      // Opening mailed the invitations too; only the reminders are counted here.
      .where(sql`${mailOutbox.subject} like ${'【ご回答のお願い】%立地ニーズ調査%'}`);
    const expiries = await t.db
      .select()
      .from(introductionEvents)
      .where(eq(introductionEvents.toState, 'expired'));
    const expiryNotices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'introduction.expired'));
    expect(reminders.length).toBe(2); // one each to acme's and supplier's member
    expect(reminderMails.length).toBe(2);
    expect(expiries.length).toBe(1);
    expect(expiryNotices.length).toBe(2); // both sides told, once
    // Each process's share adds up to exactly that: what one did, the other skipped or found done.
    const mailsSent = reports
      .flatMap((r) => r.outcomes)
      .filter((o) => o.job === surveyRemindersJob.name && o.status === 'ran')
      .reduce((n, o) => n + Number(o.result), 0);
    expect(mailsSent).toBe(2);
  });
});
