import { randomUUID } from 'node:crypto';
import { japanDay, satisfactionDefinition, satisfactionScore } from '../../../core/desk/index.ts';
import type { Answers } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import type { AuthUser } from '../../lib/http.ts';
import { mailAddresses, notifyOrganizations, notifyUsers, sendMail } from '../../lib/notify.ts';
import { invitationState, linkSigner, openSurveyForOne } from '../surveys/index.ts';
import {
  aftercareRows,
  claimFollowUps,
  companyNames,
  enabledUsers,
  endRunningAftercare,
  insertAftercare,
} from './aftercare.queries.ts';
import type { AftercareOut } from './aftercare.schemas.ts';
import { type ConsultationRow, insertEvent } from './desk.queries.ts';
import { type DeskCtx, visibleCase } from './desk.service.ts';

// Aftercare (issue 16): closing a case starts a round with its follow-up date, a reminder for the owner on
// that day (aftercare.jobs.ts), and a short satisfaction question for the company. The question REUSES the
// survey machinery: each round gets a survey of its own with one invitation (modules/surveys
// `openSurveyForOne`), so the company answers through an ordinary signed survey link, without an account if
// it has none, and the answer is an ordinary survey response. A reopen ends the round and keeps it.

/** How long the company's satisfaction link stays open after the close. */
const answerWindowDays = 60;

type Mail = Awaited<ReturnType<typeof notifyUsers>>[number];

/**
 * Returns the step to run inside the close's transaction (the survey-link key is read first: inside a
 * transaction only `tx` may be used). The step writes the round and its survey, and tells the company.
 */
export async function aftercareStarter(ctx: DeskCtx) {
  const sign = await linkSigner(ctx.db);
  return async (
    tx: Db,
    actor: AuthUser,
    row: ConsultationRow,
    at: Date,
    followUpOn: string,
  ): Promise<Mail[]> => {
    const id = randomUUID();
    const { survey, invitation } = await openSurveyForOne(tx, {
      key: `desk-aftercare-${id}`,
      title: { ja: `ご相談のアフターケア：${row.companyName}`, en: `Desk aftercare: ${row.companyName}` },
      definition: satisfactionDefinition,
      closesAt: new Date(at.getTime() + answerWindowDays * 86_400_000),
      now: at,
      organizationId: row.organizationId,
      invitee: row.companyName,
      kind: 'company',
      origin: 'desk-aftercare',
    });
    await insertAftercare(tx, {
      id,
      consultationId: row.id,
      closedAt: at,
      followUpOn,
      remindUserId: row.ownerId ?? actor.id,
      surveyId: survey.id,
      invitationId: invitation.id,
    });
    const notice = {
      kind: 'desk.satisfaction',
      title: { ja: 'ご相談はいかがでしたか（1問のアンケート）', en: 'How did the desk do? (one question)' },
      body: { ja: row.companyName, en: row.companyName },
      link: `/s/${sign(invitation)}`,
    };
    // A member company hears of it in the app and by mail; a company that wrote through the public form, by mail.
    if (row.organizationId) return notifyOrganizations(tx, ctx.config, [row.organizationId], notice);
    if (row.email) return mailAddresses(tx, ctx.config, [{ email: row.email }], notice);
    return [];
  };
}

/** A reopen: the running round ends (its reminder will not go out); it stays in the case's aftercare history. */
export async function endAftercare(tx: Db, consultationId: string, at: Date) {
  await endRunningAftercare(tx, consultationId, at);
}

function answerOut(answers: Answers, submittedAt: Date) {
  const plans = answers.plans;
  return {
    score: satisfactionScore(answers),
    choice: typeof answers.satisfaction === 'string' ? answers.satisfaction : null,
    plans: Array.isArray(plans) ? plans : [],
    comment: typeof answers.comment === 'string' ? answers.comment : null,
    submittedAt: submittedAt.toISOString(),
  };
}

/** Every round of a case, newest last; the link only for the coordinator and the company itself. */
export async function getAftercare(ctx: DeskCtx, user: AuthUser, id: string): Promise<AftercareOut> {
  await visibleCase(ctx, user, id);
  const rows = await aftercareRows(ctx.db, id);
  const rounds = [];
  for (const r of rows) {
    const state = r.invitationId ? await invitationState(ctx.db, r.invitationId) : undefined;
    const response = state?.response;
    rounds.push({
      id: r.id,
      closedAt: r.closedAt.toISOString(),
      followUpOn: r.followUpOn,
      remindedAt: r.remindedAt?.toISOString() ?? null,
      endedAt: r.endedAt?.toISOString() ?? null,
      link: state?.link ?? null,
      satisfaction:
        response?.submittedAt && response.answers ? answerOut(response.answers, response.submittedAt) : null,
    });
  }
  return { items: rounds };
}

// ——— The follow-up reminder (aftercare.jobs.ts) ———

/**
 * Tells each round's owner (or whoever closed the case) that its follow-up day has come. The rounds are
 * claimed and told in one transaction: if telling fails the claim is undone; once it commits, no other run
 * reminds them again. Each reminder is also a step in the case's log (for the desk only).
 */
export async function sendFollowUpReminders(db: Db, config: Config, now: Date) {
  const today = japanDay(now);
  const mails = await db.transaction(async (tx) => {
    const claimed = await claimFollowUps(tx, today, now);
    if (!claimed.length) return [] as Mail[];
    const names = new Map(
      (
        await companyNames(
          tx,
          claimed.map((c) => c.consultationId),
        )
      ).map((c) => [c.id, c]),
    );
    const people = await enabledUsers(
      tx,
      claimed.flatMap((c) => (c.remindUserId ? [c.remindUserId] : [])),
    );
    const out: Mail[] = [];
    for (const round of claimed) {
      const company = names.get(round.consultationId)?.companyName ?? '';
      await insertEvent(tx, {
        consultationId: round.consultationId,
        kind: 'follow-up',
        audience: 'staff',
        actorId: null,
        actorName: 'aftercare',
        data: { followUpOn: round.followUpOn },
        at: now,
      });
      const to = people.filter((p) => p.id === round.remindUserId);
      out.push(
        ...(await notifyUsers(tx, config, to, {
          kind: 'desk.follow-up',
          title: { ja: `【フォローアップ】${company}`, en: `Follow-up due: ${company}` },
          body: {
            ja: `${round.followUpOn} はこの相談のフォローアップ日です。`,
            en: `${round.followUpOn} is this consultation's follow-up day.`,
          },
          link: `/desk/consultations/${round.consultationId}`,
        })),
      );
    }
    return { out, count: claimed.length };
  });
  if (Array.isArray(mails)) return 0;
  await sendMail(db, config, mails.out);
  return mails.count;
}
