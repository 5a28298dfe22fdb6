import { remindersDue } from '../../../core/surveys/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { AppError } from '../../lib/errors.ts';
import { say } from '../../lib/locale.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { linkSigner } from './survey-links.service.ts';
import {
  claimReminders,
  countUnreachable,
  enabledAccountsByIds,
  enabledAccountsOf,
  openSurveys,
  type ReminderSlot,
  type SurveyRow,
} from './surveys.queries.ts';
import { surveyRow } from './surveys.service.ts';

const day = 86_400_000;
/** A coordinator's reminder skips organisations reminded this recently: a second click is not a second mail. */
const resendAfter = 60 * 60_000;

/**
 * Reminds organisations that have not submitted: a notice in the app and a mail (SMTP, or the outbox) to
 * every enabled member account of the organisation, with its personal link. Organisations without an account are
 * counted, for the coordinator to reach by hand with the link from the links list; those reminded within the
 * hour are left alone.
 */
export async function remind(db: Db, config: Config, id: string, now = new Date()) {
  const survey = await surveyRow(db, id);
  if (survey.status !== 'open')
    throw new AppError(
      'conflict',
      say({
        ja: 'リマインダーを送れるのは回答受付中だけです',
        en: 'Reminders go out only while the survey is open',
      }),
    );
  const slot = { since: new Date(now.getTime() - resendAfter) };
  const { reminded, mails } = await sendReminders(db, config, survey, now, slot);
  return { reminded, withoutContact: await countUnreachable(db, id), mails };
}

/**
 * The invitations are claimed (counted as reminded) and told in one transaction: if telling fails, the claim
 * is undone and the next run tries again; once it commits, no other run reminds them for the same reason.
 * Only invitations a mail can reach are claimed; the others are counted for the coordinator.
 */
async function sendReminders(db: Db, config: Config, survey: SurveyRow, now: Date, slot: ReminderSlot) {
  const sign = await linkSigner(db);
  const result = await db.transaction(async (tx) => {
    const claimed = await claimReminders(tx, survey.id, now, slot);
    // An organisation's invitation reminds its accounts; a person's invitation, that person only.
    const orgIds = claimed.flatMap((i) => (i.organizationId && !i.userId ? [i.organizationId] : []));
    const people = await enabledAccountsByIds(
      tx,
      claimed.flatMap((i) => (i.userId ? [i.userId] : [])),
    );
    const members = orgIds.length ? await enabledAccountsOf(tx, orgIds) : [];
    const outgoing = [];
    let mails = 0;
    for (const invitation of claimed) {
      const to = invitation.userId
        ? people.filter((p) => p.id === invitation.userId)
        : members.filter((r) => r.organizationId === invitation.organizationId);
      mails += to.length;
      // Relative in the app; notify.ts writes it absolute (PUBLIC_URL) into the mail.
      outgoing.push(...(await notifyUsers(tx, config, to, reminderNotice(survey, `/s/${sign(invitation)}`))));
    }
    return { outgoing, counts: { reminded: claimed.length, mails } };
  });
  await sendMail(db, config, result.outgoing);
  return result.counts;
}

function reminderNotice(survey: SurveyRow, link: string) {
  const closes = survey.closesAt ? survey.closesAt.toISOString().slice(0, 10) : '—';
  return {
    kind: 'survey-reminder',
    title: {
      ja: `【ご回答のお願い】${survey.title.ja ?? survey.title.en ?? ''}`,
      en: `Reminder: ${survey.title.en ?? survey.title.ja ?? ''}`,
    },
    body: {
      ja: `締切（${closes}）までにご回答をお願いいたします。`,
      en: `Please answer by ${closes}.`,
    },
    link,
  };
}

/** How many of the schedule's reminders are due by `now`, and when the latest of them fell due. */
function reminderSlot(survey: SurveyRow, now: Date): ReminderSlot | undefined {
  const due = remindersDue(survey.closesAt, survey.reminderDays, now);
  if (due === 0 || !survey.closesAt) return undefined;
  const closes = survey.closesAt.getTime();
  const passed = survey.reminderDays.filter((d) => now.getTime() >= closes - d * day);
  return { due, since: new Date(closes - Math.min(...passed) * day) };
}

/**
 * The reminder schedule: each open survey's non-respondents get the reminders its reminder days call for, one
 * per reminder day; after a pause (the server was down over two reminder days) one reminder covers both.
 */
export async function sendDueReminders(db: Db, config: Config, now = new Date()) {
  const open = await openSurveys(db);
  let sent = 0;
  for (const survey of open) {
    const slot = reminderSlot(survey, now);
    if (!slot) continue;
    sent += (await sendReminders(db, config, survey, now, slot)).mails;
  }
  return sent;
}

/** Every quarter hour, run by the server's scheduler (lib/scheduler.ts). */
export const surveyRemindersJob: BackgroundJob = {
  name: 'surveys.reminders',
  everyMs: 15 * 60_000,
  run: (ctx) => sendDueReminders(ctx.db, ctx.config, ctx.clock()),
};
