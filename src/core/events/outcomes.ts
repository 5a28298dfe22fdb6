// After an event: the feedback form (in the surveys' question model), its summary, attendance, and the
// coordinator's monthly figures. Pure functions; the server reads the rows and the web draws the charts.
import type { Answers, SurveyDefinition } from '../surveys/types.ts';
import { type EventKind, eventKinds } from './vocabulary.ts';

/** The short feedback form every event offers its attendees after it ends. */
export const feedbackForm: SurveyDefinition = {
  questions: [
    {
      key: 'overall',
      type: 'likert',
      required: true,
      label: { ja: 'イベント全体の満足度', en: 'How good was the event overall?' },
      choices: [1, 2, 3, 4, 5].map((n) => ({
        key: String(n),
        score: n,
        label: {
          ja: ['', '不満', 'やや不満', 'ふつう', 'やや満足', '満足'][n]!,
          en: ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'][n]!,
        },
      })),
    },
    {
      key: 'follow-up',
      type: 'single',
      required: true,
      label: {
        ja: '今後連絡を取りたい相手に出会えましたか',
        en: 'Did you meet someone you will follow up with?',
      },
      choices: [
        { key: 'yes', label: { ja: 'はい', en: 'Yes' } },
        { key: 'no', label: { ja: 'いいえ', en: 'No' } },
      ],
    },
    {
      key: 'comment',
      type: 'text',
      maxLength: 2000,
      label: { ja: 'ご意見・ご感想', en: 'Comments' },
    },
  ],
};

export type FeedbackSummary = {
  responses: number;
  /** Mean of the 1–5 overall rating, two decimals; null without responses. */
  overallMean: number | null;
  /** Responses per rating, 1 to 5. */
  overall: number[];
  followUpYes: number;
  comments: string[];
};

export function summarizeFeedback(answers: Answers[]): FeedbackSummary {
  const overall = [0, 0, 0, 0, 0];
  let sum = 0;
  let rated = 0;
  let followUpYes = 0;
  const comments: string[] = [];
  for (const a of answers) {
    const n = Number(a.overall);
    if (Number.isInteger(n) && n >= 1 && n <= 5) {
      overall[n - 1]!++;
      sum += n;
      rated++;
    }
    if (a['follow-up'] === 'yes') followUpYes++;
    if (typeof a.comment === 'string' && a.comment.trim()) comments.push(a.comment.trim());
  }
  return {
    responses: answers.length,
    overallMean: rated ? Math.round((sum / rated) * 100) / 100 : null,
    overall,
    followUpYes,
    comments,
  };
}

/** Attendance of one event: the rate counts once the event has ended (null before, or with nobody confirmed). */
export function attendance(confirmed: number, checkedIn: number, ended: boolean) {
  return {
    confirmed,
    checkedIn,
    noShows: ended ? confirmed - checkedIn : null,
    rate: ended && confirmed > 0 ? Math.round((checkedIn / confirmed) * 1000) / 1000 : null,
  };
}

/** Outcomes window: introductions requested by attendees from the event's start until 30 days after its end. */
export const OUTCOME_DAYS = 30;
export function outcomeWindow(startsAt: Date, endsAt: Date) {
  return { from: startsAt, to: new Date(endsAt.getTime() + OUTCOME_DAYS * 86_400_000) };
}

/** The month (YYYY-MM) of an instant in Japan time. */
export const jstMonth = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

export type FigureEvent = { id: string; kind: EventKind; startsAt: Date; endsAt: Date };
export type FigureRegistration = {
  eventId: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  checkedIn: boolean;
  organizationId: string | null;
};

export type MonthFigures = {
  month: string;
  events: Record<EventKind, number>;
  registrations: number;
  confirmed: number;
  /** Checked in / confirmed at the month's ended events; null when none ended or nobody was confirmed. */
  attendanceRate: number | null;
  /** Organisations with a live (not cancelled) registration at the month's events. */
  companies: number;
  /** Of those, organisations reached for the first time (no live registration in an earlier month). */
  newCompanies: number;
  /** Of those, organisations that joined a cluster that month (their membership date, modules/cluster). */
  newMembers: number;
};

/**
 * The coordinator's figures by month of the event's start (Japan time), oldest first: events by kind,
 * registrations (not cancelled), attendance rate, companies reached, and newly reached companies.
 */
export function monthlyFigures(
  events: FigureEvent[],
  registrations: FigureRegistration[],
  now: Date,
  /** Each organisation's first cluster membership month (YYYY-MM), where it has one. */
  joinedMonth: ReadonlyMap<string, string> = new Map(),
): MonthFigures[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const months = new Map<
    string,
    MonthFigures & { attended: number; confirmedEnded: number; orgs: Set<string> }
  >();
  const month = (m: string) => {
    let x = months.get(m);
    if (!x) {
      x = {
        month: m,
        events: Object.fromEntries(eventKinds.map((k) => [k, 0])) as Record<EventKind, number>,
        registrations: 0,
        confirmed: 0,
        attendanceRate: null,
        companies: 0,
        newCompanies: 0,
        newMembers: 0,
        attended: 0,
        confirmedEnded: 0,
        orgs: new Set(),
      };
      months.set(m, x);
    }
    return x;
  };
  for (const e of events) month(jstMonth(e.startsAt)).events[e.kind]++;
  for (const r of registrations) {
    const e = byId.get(r.eventId);
    if (!e || r.status === 'cancelled') continue;
    const x = month(jstMonth(e.startsAt));
    x.registrations++;
    if (r.status !== 'confirmed') continue;
    x.confirmed++;
    if (r.organizationId) x.orgs.add(r.organizationId);
    if (e.endsAt.getTime() <= now.getTime()) {
      x.confirmedEnded++;
      if (r.checkedIn) x.attended++;
    }
  }
  const seen = new Set<string>();
  return [...months.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map(({ attended, confirmedEnded, orgs, ...x }) => {
      const fresh = [...orgs].filter((o) => !seen.has(o));
      for (const o of orgs) seen.add(o);
      return {
        ...x,
        attendanceRate: confirmedEnded ? Math.round((attended / confirmedEnded) * 1000) / 1000 : null,
        companies: orgs.size,
        newCompanies: fresh.length,
        newMembers: [...orgs].filter((o) => joinedMonth.get(o) === x.month).length,
      };
    });
}
