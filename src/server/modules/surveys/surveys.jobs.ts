import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { remindersDue } from '../../../core/surveys/index.ts';
import type { Db } from '../../db/client.ts';
import { surveyInvitations, surveyResponses, surveys, users } from '../../db/schema/index.ts';
import type { Config } from '../../env.ts';
import { AppError } from '../../lib/errors.ts';
import { say } from '../../lib/locale.ts';
import { notifyOrganizations, sendMail } from '../../lib/notify.ts';
import { linkFor } from './survey-links.service.ts';
import { surveyRow } from './surveys.service.ts';

type SurveyRow = typeof surveys.$inferSelect;
type InvitationRow = typeof surveyInvitations.$inferSelect;

/**
 * Reminds organisations that have not submitted: a notice in the app and a mail (SMTP, or the outbox) to
 * every member account of the organisation, with its personal link. Organisations without an account are
 * counted, for the coordinator to reach by hand with the link from the links list.
 */
export async function remind(
  db: Db,
  config: Config,
  id: string,
  baseUrl: string,
  only?: (i: InvitationRow) => boolean,
) {
  const survey = await surveyRow(db, id);
  if (survey.status !== 'open')
    throw new AppError(
      'conflict',
      say({
        ja: 'リマインダーを送れるのは回答受付中だけです',
        en: 'Reminders go out only while the survey is open',
      }),
    );
  const pending = await db
    .select({ invitation: surveyInvitations })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(and(eq(surveyInvitations.surveyId, id), isNull(surveyResponses.submittedAt)));
  const targets = pending.map((p) => p.invitation).filter((i) => only?.(i) ?? true);
  const links = new Map(await Promise.all(targets.map(async (t) => [t.id, await linkFor(db, t)] as const)));
  const orgIds = targets.flatMap((i) => (i.organizationId ? [i.organizationId] : []));
  const accounts = orgIds.length
    ? await db
        .select({ org: users.organizationId, n: count() })
        .from(users)
        .where(inArray(users.organizationId, orgIds))
        .groupBy(users.organizationId)
    : [];
  const accountsOf = new Map(accounts.map((a) => [a.org, Number(a.n)]));
  const reachable = targets.filter((i) => (accountsOf.get(i.organizationId) ?? 0) > 0);
  const outgoing = await db.transaction(async (tx) => {
    const mails = [];
    for (const invitation of reachable) {
      const notice = reminderNotice(survey, `${baseUrl}/s/${links.get(invitation.id)}`);
      mails.push(...(await notifyOrganizations(tx, config, [invitation.organizationId as string], notice)));
    }
    if (targets.length)
      await tx
        .update(surveyInvitations)
        .set({ reminders: sql`${surveyInvitations.reminders} + 1`, lastRemindedAt: new Date() })
        .where(
          inArray(
            surveyInvitations.id,
            targets.map((t) => t.id),
          ),
        );
    return mails;
  });
  await sendMail(db, config, outgoing);
  const mails = reachable.reduce((n, i) => n + (accountsOf.get(i.organizationId) ?? 0), 0);
  return { reminded: reachable.length, withoutContact: targets.length - reachable.length, mails };
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

/** The reminder schedule: each open survey's non-respondents get the reminders its reminder days call for. */
export async function sendDueReminders(db: Db, config: Config, now = new Date()) {
  const open = await db.select().from(surveys).where(eq(surveys.status, 'open'));
  let sent = 0;
  for (const survey of open) {
    const due = remindersDue(survey.closesAt, survey.reminderDays, now);
    if (due === 0) continue;
    const result = await remind(db, config, survey.id, config.publicUrl, (i) => i.reminders < due);
    sent += result.mails;
  }
  return sent;
}
