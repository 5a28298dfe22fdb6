import {
  type DeskTopic,
  daysInPeriod,
  japanDay,
  monthsOfPeriod,
  satisfactionScore,
  shareOf,
  shiftDay,
  workingDayCalendar,
} from '../../../core/desk/index.ts';
import { invalidFields } from '../../lib/errors.ts';
import { say } from '../../lib/locale.ts';
import { listTopicRows } from './desk.queries.ts';
import type { DeskCtx } from './desk.service.ts';
import {
  countsByMonth,
  overdueByTopic,
  referralsByPartner,
  satisfactionChoices,
  type TimingRow,
  timingByTopic,
} from './figures.queries.ts';
import type { DeskFigures, FiguresQuery } from './figures.schemas.ts';

// The coordinator's figures: consultations by topic and month, working days to the first answer and to the
// close against the topics' targets, the cases overdue today, referrals per partner and how many they
// accepted, and the satisfaction question of the cases closed in the period (asked, answered, scores 5 … 1).

/** Longest period one request may ask for: ten years and a little, as the bench's history. */
const maxPeriodDays = 11 * 366;
/** How long after the period an answer or a close may still be counted (the calendar's tail). */
const tailDays = 400;

/** The first day of the month 11 months before `day`'s: with `day`'s month, twelve months. */
function yearBefore(day: string) {
  const months = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - 11;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** The period asked for, or the last twelve months (from the first of the month 11 months back) to today. */
export function figuresPeriod(query: FiguresQuery, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? yearBefore(to);
  if (from > to)
    throw invalidFields([
      { path: 'query.to', message: say({ ja: '開始日以降にしてください', en: 'must not be before from' }) },
    ]);
  if (daysInPeriod(from, to) > maxPeriodDays)
    throw invalidFields([
      {
        path: 'query.from',
        message: say({ ja: '期間は11年以内にしてください', en: 'the period may span at most 11 years' }),
      },
    ]);
  return { from, to };
}

const durations = (count: number, median: number | null, mean: number | null, onTarget: number) => ({
  count,
  medianDays: median === null ? null : Math.round(median * 10) / 10,
  meanDays: mean === null ? null : Math.round(mean * 10) / 10,
  onTarget,
  onTargetShare: shareOf(onTarget, count),
});

export async function deskFigures(ctx: DeskCtx, query: FiguresQuery): Promise<DeskFigures> {
  const today = japanDay(ctx.now());
  const { from, to } = figuresPeriod(query, today);
  const calendarEnd = shiftDay(to > today ? to : today, tailDays);
  const start = shiftDay(from, -1);
  const calendar = { start, ordinals: workingDayCalendar(start, calendarEnd).ordinals };
  const [topics, months, timing, overdue, referrals, satisfaction] = await Promise.all([
    listTopicRows(ctx.db),
    countsByMonth(ctx.db, from, to),
    timingByTopic(ctx.db, from, to, calendar),
    overdueByTopic(ctx.db, today),
    referralsByPartner(ctx.db, from, to),
    satisfactionChoices(ctx.db, from, to),
  ]);
  const targets = new Map(topics.map((t) => [t.code, t]));
  const timingOut = (row: TimingRow) => {
    const target = row.topic ? targets.get(row.topic) : undefined;
    return {
      topic: row.topic as DeskTopic | null,
      received: row.received,
      targetDays: { firstAnswer: target?.firstAnswerDays ?? null, close: target?.closeDays ?? null },
      firstAnswer: durations(row.answered, row.first_median, row.first_mean, row.first_on_target),
      close: durations(row.closed, row.close_median, row.close_mean, row.close_on_target),
    };
  };
  // The whole first, then the topics in the taxonomy's order.
  const position = (code: string | null) => (code === null ? -1 : (targets.get(code)?.position ?? 99));
  return {
    period: { from, to, today, months: monthsOfPeriod(from, to) },
    topics: topics.map((t) => ({
      code: t.code as DeskTopic,
      label: t.label,
      firstAnswerDays: t.firstAnswerDays,
      closeDays: t.closeDays,
    })),
    byMonth: months.map((m) => ({ month: m.month, topic: m.topic as DeskTopic, count: m.n })),
    timing: timing.sort((a, b) => position(a.topic) - position(b.topic)).map(timingOut),
    overdue: {
      asOf: today,
      firstAnswer: overdue.reduce((s, o) => s + o.first_answer, 0),
      close: overdue.reduce((s, o) => s + o.close, 0),
      open: overdue.reduce((s, o) => s + o.open, 0),
      byTopic: overdue.map((o) => ({
        topic: o.topic as DeskTopic,
        firstAnswer: o.first_answer,
        close: o.close,
        open: o.open,
      })),
    },
    referrals: referrals.map((r) => ({
      partner: { id: r.id, key: r.key, name: r.name },
      referred: r.referred,
      accepted: r.accepted,
      returned: r.returned,
      pending: r.referred - r.accepted - r.returned,
      acceptance: shareOf(r.accepted, r.accepted + r.returned),
    })),
    satisfaction: satisfactionOut(satisfaction),
  };
}

/** Asked, answered, the count per score (5 very satisfied … 1 very dissatisfied) and the mean score. */
function satisfactionOut(rows: { choice: string | null; n: number }[]) {
  const byScore = [5, 4, 3, 2, 1].map((score) => ({ score, count: 0 }));
  let asked = 0;
  for (const row of rows) {
    asked += row.n;
    const score = row.choice === null ? null : satisfactionScore({ satisfaction: row.choice });
    const slot = byScore.find((s) => s.score === score);
    if (slot) slot.count += row.n;
  }
  const answered = byScore.reduce((sum, s) => sum + s.count, 0);
  const total = byScore.reduce((sum, s) => sum + s.score * s.count, 0);
  return {
    available: answered > 0,
    asked,
    answered,
    mean: answered > 0 ? Math.round((total / answered) * 100) / 100 : null,
    byScore,
  };
}
