import {
  attendance,
  type EventKind,
  feedbackForm,
  jstMonth,
  monthlyFigures,
  outcomeWindow,
  summarizeFeedback,
} from '../../../core/events/index.ts';
import { checkAnswers } from '../../../core/surveys/index.ts';
import type { Answers } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { firstMembershipDates } from '../cluster/index.ts';
import { introductionsRequestedBy } from '../matching/index.ts';
import { getEventRow } from './events.queries.ts';
import {
  accountNamesByIds,
  attendanceCounts,
  attendeeIds,
  feedbackAnswers,
  feedbackOf,
  figureRows,
  insertFeedback,
  isAttendee,
  organizationNames,
} from './outcomes.queries.ts';
import type { FeedbackOut } from './outcomes.schemas.ts';

// After an event (issue 17): attendance figures, the short feedback form (the surveys' question model and
// answer rules), and the outcomes: introductions the attendees requested from the start until 30 days after
// the end. And the coordinator's figures by month.

type Ctx = { db: Db; now: Date; user: AuthUser | null };

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
    feedback: summarizeFeedback((await feedbackAnswers(ctx.db, id)) as Answers[]),
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

export async function myFeedback(ctx: Ctx, user: AuthUser, id: string) {
  const event = await visible(ctx, user, id);
  const mine = await feedbackOf(ctx.db, id, user.id);
  const ended = ctx.now.getTime() >= event.endsAt.getTime();
  return {
    form: feedbackForm as unknown as FeedbackOut['form'],
    mayAnswer: !mine && ended && (await isAttendee(ctx.db, id, user.id)),
    answers: mine?.answers ?? null,
  };
}

/** Attendees (checked in) answer once, after the event has ended; answers follow the surveys' rules. */
export async function giveFeedback(ctx: Ctx, user: AuthUser, id: string, body: { answers: Answers }) {
  const event = await visible(ctx, user, id);
  if (ctx.now.getTime() < event.endsAt.getTime())
    throw new AppError(
      'conflict',
      say({ ja: 'アンケートはイベント終了後に回答できます', en: 'Feedback opens when the event has ended' }),
    );
  if (!(await isAttendee(ctx.db, id, user.id)))
    throw forbidden({
      ja: '受付を済ませた参加者だけが回答できます',
      en: 'Only attendees who were checked in give feedback',
    });
  const checked = checkAnswers(feedbackForm, body.answers, true);
  if (checked.issues.length)
    throw invalidFields(checked.issues.map((i) => ({ path: `body.${i.path}`, message: say(i.message) })));
  await ctx.db.transaction(async (tx) => {
    await insertFeedback(tx, {
      eventId: id,
      userId: user.id,
      answers: checked.answers as Record<string, unknown>,
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'event-feedback',
      entityId: id,
      entityKey: event.key,
    });
  });
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
