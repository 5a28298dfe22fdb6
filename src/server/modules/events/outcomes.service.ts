import {
  attendance,
  type EventKind,
  feedbackForm,
  jstMonth,
  monthlyFigures,
  outcomeWindow,
  summarizeFeedback,
} from '../../../core/events/index.ts';
import type { Answers } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import { firstMembershipDates } from '../cluster/index.ts';
import { introductionsRequestedBy } from '../matching/index.ts';
import {
  type Invitee,
  invitePeople,
  linkSigner,
  openSurveyForPeople,
  personalInvitation,
  submitSurveyAnswers,
  surveyTally,
} from '../surveys/index.ts';
import { getEventRow, lockEvent } from './events.queries.ts';
import {
  accountNamesByIds,
  attendanceCounts,
  attendeeIds,
  attendeesForSurvey,
  eventsAwaitingFeedback,
  figureRows,
  organizationNames,
  setFeedbackSurvey,
} from './outcomes.queries.ts';
import type { FeedbackOut } from './outcomes.schemas.ts';

// After an event (issue 17): attendance figures, the feedback survey, and the outcomes: introductions the
// attendees requested from the start until 30 days after the end. And the coordinator's figures by month.
//
// The feedback form is a real survey of the surveys module (origin `event-feedback`): opened when the event
// ends (the job below) or earlier by the organiser once it has started, with one personal invitation per
// attendee checked in (an attendee checked in later is invited at check-in). Answers are survey responses, so
// the surveys module's progress, results and charts show them; the outcomes page shows the response rate and
// the summary. Named, not anonymous: the form asks whether the attendee wants a follow-up, which the
// coordinator can only act on knowing who asked; the organiser's outcomes page shows figures and comments only.

type Ctx = { db: Db; now: Date; user: AuthUser | null; config?: Config };

const DAY = 86_400_000;
/** How long attendees may answer after the event ends (or after the organiser opened it, if later). */
export const feedbackWindowDays = 30;

const viewerOf = (user: AuthUser) => ({
  admin: user.role === 'admin',
  userId: user.id,
  organizationId: user.organizationId,
});

async function visible(ctx: Ctx, user: AuthUser, id: string) {
  const event = await getEventRow(ctx.db, id, viewerOf(user));
  if (!event) throw new AppError('not_found', say({ ja: 'イベントが見つかりません', en: 'Event not found' }));
  return event;
}

export async function eventOutcomes(ctx: Ctx, user: AuthUser, id: string) {
  const event = await visible(ctx, user, id);
  if (user.role !== 'admin' && user.organizationId !== event.organizerOrganizationId) throw forbidden();
  const ended = ctx.now.getTime() >= event.endsAt.getTime();
  const counts = await attendanceCounts(ctx.db, id);
  const window = outcomeWindow(event.startsAt, event.endsAt);
  const intros = await introductionsRequestedBy(
    ctx.db,
    await attendeeIds(ctx.db, id),
    window.from,
    window.to,
  );
  const [orgs, people] = await Promise.all([
    organizationNames(
      ctx.db,
      intros.flatMap((x) => [x.fromOrganizationId, x.toOrganizationId]),
    ),
    accountNamesByIds(
      ctx.db,
      intros.flatMap((x) => (x.createdBy ? [x.createdBy] : [])),
    ),
  ]);
  const org = (oid: string) => {
    const o = orgs.find((x) => x.id === oid);
    return o ? { key: o.key, name: o.name } : null;
  };
  return {
    attendance: attendance(counts.confirmed, counts.checkedIn, ended),
    feedback: await feedbackFigures(ctx.db, event.feedbackSurveyId),
    introductions: {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      items: intros.map((x) => ({
        id: x.id,
        state: x.state,
        requestedBy: people.find((p) => p.id === x.createdBy)?.name ?? '',
        from: org(x.fromOrganizationId),
        to: org(x.toOrganizationId),
        createdAt: x.createdAt.toISOString(),
      })),
    },
  };
}

/** The feedback survey's response rate and the summary of its submitted answers (nothing until it is opened). */
async function feedbackFigures(db: Db, surveyId: string | null) {
  const tally = surveyId ? await surveyTally(db, surveyId) : { invited: 0, answered: 0, answers: [] };
  return {
    surveyId,
    invited: tally.invited,
    rate: tally.invited ? Math.round((tally.answered / tally.invited) * 1000) / 1000 : null,
    ...summarizeFeedback(tally.answers as Answers[]),
  };
}

const feedbackNotice = (event: { title: { ja?: string; en?: string } }, link: string) => ({
  kind: 'event-feedback',
  title: {
    ja: `【参加後アンケート】${event.title.ja ?? event.title.en ?? ''}`,
    en: `Feedback: ${event.title.en ?? event.title.ja ?? ''}`,
  },
  body: {
    ja: 'ご参加ありがとうございました。3 問のアンケートにご回答ください。',
    en: 'Thank you for coming. Please answer three short questions.',
  },
  link,
});

const asInvitee = (a: Awaited<ReturnType<typeof attendeesForSurvey>>[number]): Invitee => ({
  userId: a.userId,
  organizationId: a.organizationId,
  invitee: a.name,
  kind: a.organizationKind ?? 'person',
});

/**
 * Opens the event's feedback survey, once: the event row is locked, so the job and an organiser at the same
 * moment give one survey. Every attendee checked in so far gets a personal invitation, a notice and a mail.
 * Returns false when the event already has one.
 */
export async function openFeedbackSurvey(
  db: Db,
  config: Config,
  eventId: string,
  now: Date,
  actor: AuthUser | null,
) {
  const sign = await linkSigner(db);
  const mails = await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || event.feedbackSurveyId) return null;
    const attendees = await attendeesForSurvey(tx, eventId);
    const closesAt = new Date(Math.max(event.endsAt.getTime(), now.getTime()) + feedbackWindowDays * DAY);
    const { survey, invitations } = await openSurveyForPeople(tx, {
      key: `event-feedback-${event.key}`,
      title: {
        ja: `参加後アンケート：${event.title.ja ?? event.title.en ?? ''}`,
        en: `Feedback: ${event.title.en ?? event.title.ja ?? ''}`,
      },
      definition: feedbackForm,
      closesAt,
      now,
      origin: 'event-feedback',
      anonymity: 'named',
      people: attendees.map(asInvitee),
    });
    await setFeedbackSurvey(tx, eventId, survey.id);
    await writeAudit(tx, actor, {
      action: 'open',
      entity: 'survey',
      entityId: survey.id,
      entityKey: survey.key,
      changes: { event: event.key, invited: invitations.length },
    });
    const out = [];
    for (const inv of invitations) {
      const to = attendees
        .filter((a) => a.userId === inv.userId)
        .map((a) => ({ id: a.userId, email: a.email }));
      out.push(...(await notifyUsers(tx, config, to, feedbackNotice(event, `/s/${sign(inv)}`))));
    }
    return out;
  });
  if (!mails) return false;
  await sendMail(db, config, mails);
  return true;
}

/** Checked in after the feedback survey opened: the attendee is invited too (once), and told. */
export async function inviteLateAttendee(
  tx: Db,
  config: Config,
  event: { id: string; feedbackSurveyId: string | null; title: { ja?: string; en?: string } },
  userId: string,
  sign: Awaited<ReturnType<typeof linkSigner>>,
) {
  if (!event.feedbackSurveyId) return [];
  const attendee = await attendeesForSurvey(tx, event.id, userId);
  const invitations = await invitePeople(tx, event.feedbackSurveyId, attendee.map(asInvitee));
  const out = [];
  for (const inv of invitations)
    out.push(
      ...(await notifyUsers(
        tx,
        config,
        attendee.map((a) => ({ id: a.userId, email: a.email })),
        feedbackNotice(event, `/s/${sign(inv)}`),
      )),
    );
  return out;
}

/** The organiser (or a coordinator) opens feedback before the job does: once the event has started. */
export async function openFeedbackNow(ctx: Ctx & { config: Config }, user: AuthUser, id: string) {
  const event = await visible(ctx, user, id);
  if (user.role !== 'admin' && user.organizationId !== event.organizerOrganizationId) throw forbidden();
  if (ctx.now.getTime() < event.startsAt.getTime())
    throw new AppError(
      'conflict',
      say({
        ja: 'アンケートはイベント開始後に開けます',
        en: 'Feedback can be opened once the event has started',
      }),
    );
  if (!(await openFeedbackSurvey(ctx.db, ctx.config, id, ctx.now, user)))
    throw new AppError(
      'conflict',
      say({ ja: 'アンケートはすでに開いています', en: 'Feedback is already open' }),
    );
  return eventOutcomes(ctx, user, id);
}

/** The feedback surveys of events that ended within the window: opened once each (hourly job). */
export async function openDueFeedbackSurveys(db: Db, config: Config, now: Date) {
  const due = await eventsAwaitingFeedback(db, new Date(now.getTime() - feedbackWindowDays * DAY), now);
  let opened = 0;
  for (const id of due) if (await openFeedbackSurvey(db, config, id, now, null)) opened += 1;
  return opened;
}

/** The attendee's side: the form, whether they may answer now, their answers and their personal link. */
export async function myFeedback(ctx: Ctx, user: AuthUser, id: string): Promise<FeedbackOut> {
  const event = await visible(ctx, user, id);
  const mine = event.feedbackSurveyId
    ? await personalInvitation(ctx.db, event.feedbackSurveyId, user.id)
    : undefined;
  const open =
    !!mine && mine.survey.status === 'open' && (!mine.survey.closesAt || mine.survey.closesAt > ctx.now);
  const submitted = !!mine?.response?.submittedAt;
  return {
    form: feedbackForm as unknown as FeedbackOut['form'],
    mayAnswer: open && !submitted,
    answers: submitted ? (mine!.response!.answers as Record<string, unknown>) : null,
    link: mine?.link ?? null,
    closesAt: mine?.survey.closesAt?.toISOString() ?? null,
  };
}

/**
 * Attendees answer through the survey's own rules (the personal invitation's link, here without showing it):
 * before the survey opens a 409, without an invitation (not checked in) a 403; a second submission replaces
 * the first while the survey is open, as for any survey.
 */
export async function giveFeedback(ctx: Ctx, user: AuthUser, id: string, body: { answers: Answers }) {
  const event = await visible(ctx, user, id);
  if (!event.feedbackSurveyId)
    throw new AppError(
      'conflict',
      say({ ja: 'アンケートはイベント終了後に回答できます', en: 'Feedback opens when the event has ended' }),
    );
  const mine = await personalInvitation(ctx.db, event.feedbackSurveyId, user.id);
  if (!mine)
    throw forbidden({
      ja: '受付を済ませた参加者だけが回答できます',
      en: 'Only attendees who were checked in give feedback',
    });
  await submitSurveyAnswers(ctx.db, mine.token, user, body.answers);
  return myFeedback(ctx, user, id);
}

const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};
/** The first instant of a month in Japan time. */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00+09:00`);

/** The coordinator's figures by month: events by kind, registrations, attendance, companies reached. */
export async function eventFigures(ctx: Ctx, q: { from?: string; to?: string }) {
  const current = jstMonth(ctx.now);
  const from = q.from ?? addMonths(current, -11);
  const to = q.to ?? addMonths(current, 6);
  if (to < from)
    throw invalidFields([
      { path: 'query.to', message: say({ ja: '開始月より後にしてください', en: 'must not be before from' }) },
    ]);
  if (addMonths(from, 60) <= to)
    throw invalidFields([
      { path: 'query.to', message: say({ ja: '期間は60か月までです', en: 'at most 60 months' }) },
    ]);
  const rows = await figureRows(ctx.db, monthStart(from), monthStart(addMonths(to, 1)));
  const evs = rows.events.map((e) => ({ ...e, kind: e.kind as EventKind }));
  const regs = rows.registrations.map((r) => ({
    ...r,
    status: r.status as 'confirmed' | 'waiting' | 'cancelled',
  }));
  const orgIds = [...new Set(regs.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const joined = new Map(
    (await firstMembershipDates(ctx.db, orgIds)).map((m) => [m.organizationId, m.joinedOn.slice(0, 7)]),
  );
  const months = monthlyFigures(evs, regs, ctx.now, joined);
  const ended = new Set(evs.filter((e) => e.endsAt.getTime() <= ctx.now.getTime()).map((e) => e.id));
  const confirmedEnded = regs.filter((r) => r.status === 'confirmed' && ended.has(r.eventId));
  return {
    from,
    to,
    months,
    totals: {
      events: evs.length,
      registrations: months.reduce((n, m) => n + m.registrations, 0),
      attendanceRate: confirmedEnded.length
        ? Math.round((confirmedEnded.filter((r) => r.checkedIn).length / confirmedEnded.length) * 1000) / 1000
        : null,
      companies: months.reduce((n, m) => n + m.newCompanies, 0),
    },
  };
}
