import {
  addMonths,
  endOfJapanDay,
  flowSeries,
  headline,
  headlineMonths,
  type IndicatorDefinition,
  indicatorByKey,
  indicators,
  isMonth,
  japanMonth,
  monthBounds,
  monthRange,
  round1,
  shareSeries,
  stockSeries,
  type Version,
  type WorkforceHistory,
  workforceGapSeries,
} from '../../../core/cluster/index.ts';
import { japaneseRegions, resolveRegion } from '../../../core/industry-map/regions.ts';
import type { Db } from '../../db/client.ts';
import { invalidFields } from '../../lib/errors.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import type { Cluster } from '../../lib/reference-data.ts';
import {
  coverageByCode,
  coverageEdges,
  monthCounts,
  monthMedians,
  type RecordWindow,
  recordsPage,
} from './cluster.queries.ts';
import {
  enrolmentStateRows,
  type IndicatorScope,
  type RecordSet,
  recordSets,
  workforceVersionRows,
} from './indicators.queries.ts';

/** Every Tohoku cluster's own region: Tohoku's six prefectures (seed 002). */
const home = japaneseRegions.filter((r) => r.group === 'tohoku').flatMap((r) => r.prefectures);
const maxMonths = 120;

/** An as-of query value: a date counts to the end of that day in Japan; default now. */
export function parseAsOf(value: string | undefined, now: Date): Date {
  if (!value) return now;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? endOfJapanDay(value) : new Date(value);
}

export function resolveScope(cluster: Cluster, region: string | undefined, asOf: Date): IndicatorScope {
  let prefectures: readonly string[] | null = null;
  if (region) {
    const r = resolveRegion(region);
    if (r?.match.kind !== 'prefectures')
      throw invalidFields([{ path: 'query.region', message: unknownValue('region', region) }]);
    prefectures = r.match.prefectures;
  }
  return {
    cluster: cluster.key,
    prefectures,
    home,
    codes: cluster.technologies.map((t) => t.code),
    skills: cluster.skills.map((s) => s.code),
    asOf,
  };
}

/** The months shown: `from`..`to` (default the 24 months to the as-of month), never past the as-of month. */
export function resolveMonths(asOf: Date, from: string | undefined, to: string | undefined): string[] {
  const last = japanMonth(asOf);
  const end = to && to < last ? to : last;
  const start = from ?? addMonths(end, -23);
  if (start > end)
    throw invalidFields([
      {
        path: 'query.from',
        message: say({ ja: 'to より前の月にしてください', en: 'must not be after to or asOf' }),
      },
    ]);
  if (monthRange(start, end).length > maxMonths)
    throw invalidFields([
      { path: 'query.from', message: say({ ja: '期間は120か月までです', en: 'at most 120 months' }) },
    ]);
  return monthRange(start, end);
}

/** The moment a month's figure is read at: its last instant, or the as-of moment in the as-of month. */
const monthEnd = (month: string, asOf: Date) => {
  const end = new Date(monthBounds(month).end.getTime() - 1);
  return end < asOf ? end : asOf;
};

/** Codes held at each month's end; coverage and gaps of one dashboard share the one query. */
const coverageOnce = new WeakMap<IndicatorScope, Promise<number[]>>();
function coveredCodes(db: Db, s: IndicatorScope, months: string[], asOf: Date) {
  const known = coverageOnce.get(s);
  if (known) return known;
  const counting = coverageEdges(db, s, asOf).then((rows) => {
    const byCode = new Map<string, typeof rows>();
    for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
    const held = months.map(() => 0);
    for (const list of byCode.values()) {
      const pick = (edge: string) =>
        list.filter((r) => r.edge === edge).map((r) => ({ month: r.month, n: r.n }));
      stockSeries(months, pick('s'), pick('e')).forEach((n, i) => {
        if (n > 0) held[i]! += 1;
      });
    }
    return held;
  });
  coverageOnce.set(s, counting);
  return counting;
}

export type IndicatorFigures = {
  series: (number | null)[];
  value: number | null;
  breakdown: { part: string; n: number }[] | null;
};

/** The first moment of the headline's window (its last `headlineMonths` months, as of `asOf`). */
const headlineStart = (asOf: Date) => monthBounds(addMonths(japanMonth(asOf), 1 - headlineMonths)).start;

/** One indicator's monthly figures, headline and breakdown, as the data stood at `asOf`. */
export async function evaluate(
  db: Db,
  def: IndicatorDefinition,
  s: IndicatorScope,
  months: string[],
  asOf: Date,
): Promise<IndicatorFigures> {
  const headlineFrom = headlineStart(asOf);
  if (def.aggregation === 'coverage' || def.aggregation === 'gaps') {
    const covered = await coveredCodes(db, s, months, asOf);
    const total = s.codes.length;
    const series = covered.map((n) =>
      def.aggregation === 'gaps' ? total - n : total ? round1((100 * n) / total) : null,
    );
    return { series, value: headline(def.aggregation, series), breakdown: null };
  }
  if (def.aggregation === 'projection') return projectionFigures(db, s, months, asOf);
  const set = recordSets[def.key]!(s);
  if ('num' in set) {
    const [num, den] = await Promise.all([
      monthCounts(db, set.num, asOf, { ends: true }),
      typeof set.den === 'string'
        ? countsOnce(db, indicatorByKey(set.den)!, s, asOf)
        : monthCounts(db, set.den, asOf, { ends: true }),
    ]);
    const series = shareSeries(
      stockSeries(months, num.starts, num.ends),
      stockSeries(months, den.starts, den.ends),
    );
    return { series, value: headline(def.aggregation, series), breakdown: null };
  }
  if (def.aggregation === 'median') {
    const rows = await monthMedians(db, set, asOf, monthBounds(months[0]!).start, headlineFrom);
    const byMonth = new Map(rows.map((r) => [r.month, round1(r.median)]));
    return {
      series: months.map((m) => byMonth.get(m) ?? null),
      value: byMonth.get('headline') ?? null,
      breakdown: null,
    };
  }
  const counts = await countsOnce(db, def, s, asOf);
  const series =
    def.aggregation === 'flow'
      ? flowSeries(months, counts.starts)
      : stockSeries(months, counts.starts, counts.ends);
  return { series, value: headline(def.aggregation, series), breakdown: counts.parts };
}

/**
 * A plain indicator's month counts and breakdown, once per dashboard: a share whose denominator is another
 * indicator's records (introductions for their conversion) reads the same counts. A flow's records never end,
 * so its starts alone serve the share's stock too.
 */
const countsMemo = new WeakMap<IndicatorScope, Map<string, ReturnType<typeof monthCounts>>>();
function countsOnce(db: Db, def: IndicatorDefinition, s: IndicatorScope, asOf: Date) {
  const memo = countsMemo.get(s) ?? new Map<string, ReturnType<typeof monthCounts>>();
  countsMemo.set(s, memo);
  const known = memo.get(def.key);
  if (known) return known;
  const set = recordSets[def.key]!(s) as RecordSet;
  const headlineFrom = headlineStart(asOf);
  const flow = def.aggregation === 'flow';
  const counting = monthCounts(db, set, asOf, {
    ends: !flow,
    breakdown: def.breakdown ? { from: flow ? headlineFrom : null } : undefined,
  });
  memo.set(def.key, counting);
  return counting;
}

const evaluateAll = (db: Db, s: IndicatorScope, months: string[], asOf: Date) =>
  Promise.all(indicators.map(async (def) => ({ def, figures: await evaluate(db, def, s, months, asOf) })));

type Figures = Awaited<ReturnType<typeof evaluateAll>>;
/**
 * Figures as of a past moment, kept: whatever is recorded later carries a later `known` stamp (the database's
 * clock) and deletions are read back from deleted_rows, so they do not change. A moment within the last five
 * minutes (clocks differ a little) is computed afresh each time. Per database handle, the oldest dropped first.
 */
const cache = new WeakMap<Db, Map<string, Promise<Figures>>>();
const cacheLimit = 500;
const settledMs = 5 * 60_000;

export function figuresAsOf(db: Db, s: IndicatorScope, months: string[], asOf: Date): Promise<Figures> {
  if (asOf.getTime() > Date.now() - settledMs) return evaluateAll(db, s, months, asOf);
  const kept = cache.get(db) ?? new Map<string, Promise<Figures>>();
  cache.set(db, kept);
  const key = JSON.stringify([s.cluster, s.prefectures, months, asOf.toISOString()]);
  const hit = kept.get(key);
  if (hit) return hit;
  const figures = evaluateAll(db, s, months, asOf);
  kept.set(key, figures);
  figures.catch(() => kept.delete(key));
  if (kept.size > cacheLimit) kept.delete(kept.keys().next().value!);
  return figures;
}

/** For tests that change the past on purpose and must see the SQL's answer, not the kept one. */
export const forgetFigures = (db: Db) => cache.delete(db);

/** The records behind one month's figure (a share lists its numerator; coverage lists every code). */
export async function indicatorRecords(
  db: Db,
  def: IndicatorDefinition,
  s: IndicatorScope,
  month: string,
  asOf: Date,
  limit: number,
  offset: number,
) {
  if (!isMonth(month) || month > japanMonth(asOf))
    throw invalidFields([
      {
        path: 'query.month',
        message: say({ ja: '基準日までの月を指定してください', en: 'must be a month up to asOf' }),
      },
    ]);
  const at = monthEnd(month, asOf);
  if (def.aggregation === 'coverage' || def.aggregation === 'gaps') {
    const codes = await coverageByCode(db, s, at);
    const shown = def.aggregation === 'gaps' ? codes.filter((c) => c.n === 0) : codes;
    return {
      items: shown.slice(offset, offset + limit).map((c) => ({
        id: c.code,
        at: at.toISOString(),
        organizationId: null,
        label: c.label,
        value: c.n,
        part: null,
      })),
      total: shown.length,
    };
  }
  const set = recordSets[def.key]!(s);
  const bounds = monthBounds(month);
  const window: RecordWindow =
    def.aggregation === 'flow' || def.aggregation === 'median'
      ? { kind: 'dated', from: bounds.start, to: bounds.end }
      : { kind: 'in-force', at: new Date(at.getTime() + 1) };
  return recordsPage(db, 'num' in set ? set.num : set, asOf, window, limit, offset);
}

type Row = Record<string, unknown>;
const str = (r: Row, k: string) => String(r[k]);
const num = (r: Row, k: string) => Number(r[k]);

/** The workforce projection's inputs for the cluster, every version, in the core's shapes. */
async function workforceHistory(db: Db, s: IndicatorScope): Promise<WorkforceHistory> {
  const [versions, enrolments] = await Promise.all([workforceVersionRows(db, s), enrolmentStateRows(db, s)]);
  const of = <T>(table: string, shape: (r: Row) => T): Version<T>[] =>
    versions.filter((v) => v.table === table).map((v) => ({ row: shape(v.row), from: v.from, to: v.to }));
  const cohorts = of('training_cohorts', (r) => ({
    id: str(r, 'id'),
    programmeId: str(r, 'programme_id'),
    startOn: str(r, 'start_on'),
    capacity: num(r, 'capacity'),
  }));
  const cohortIds = new Set(cohorts.map((c) => c.row.id));
  return {
    facilities: of('planned_facilities', (r) => ({
      id: str(r, 'id'),
      profileKey: str(r, 'profile_key'),
      startYear: num(r, 'construction_start_year'),
      phase: num(r, 'phase') as 1 | 2 | 3 | 4,
    })),
    staffing: of('facility_staffing', (r) => ({
      profileKey: str(r, 'profile_key'),
      skill: str(r, 'skill_code'),
      level: num(r, 'level'),
      yearOffset: num(r, 'year_offset'),
      headcount: num(r, 'headcount'),
    })),
    openings: of('job_openings', (r) => ({
      id: str(r, 'id'),
      skills: r.skills as string[],
      level: num(r, 'level'),
      startOn: str(r, 'start_on'),
      open: r.status === 'open',
    })),
    plans: of('tenant_hiring_plans', (r) => ({
      id: str(r, 'id'),
      skill: str(r, 'skill_code'),
      level: num(r, 'level'),
      year: num(r, 'year'),
      headcount: num(r, 'headcount'),
    })),
    programmes: of('training_programmes', (r) => ({
      id: str(r, 'id'),
      skills: r.skills as string[],
      level: num(r, 'level'),
      durationWeeks: num(r, 'duration_weeks'),
    })),
    cohorts,
    enrolments: enrolments
      .filter((e) => cohortIds.has(e.cohortId))
      .map((e) => ({
        cohortId: e.cohortId,
        seatAt: e.seatAt,
        end: e.status === 'completed' || e.status === 'withdrawn' ? e.status : null,
        endAt: e.endAt,
        deletedAt: e.deletedAt,
      })),
  };
}

/**
 * A projection's monthly figures: the workforce gap rebuilt at each month's end (or the as-of moment in the
 * as-of month) from its inputs' versions in force then, so a later edit leaves a past month as it was.
 */
async function projectionFigures(
  db: Db,
  s: IndicatorScope,
  months: string[],
  asOf: Date,
): Promise<IndicatorFigures> {
  const history = await workforceHistory(db, s);
  const series = workforceGapSeries(
    history,
    s.skills,
    months.map((m) => monthEnd(m, asOf)),
  );
  return { series, value: headline('projection', series), breakdown: null };
}
