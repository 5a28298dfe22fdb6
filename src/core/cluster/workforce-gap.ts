/**
 * The workforce gap as a monthly indicator: at each month's end, the talent module's projection rebuilt from its
 * inputs as they stood then (every version of them is kept, migration 0029), for the coming calendar year.
 *
 * Why the coming year: it is the nearest year whose posts are still to be filled and whose supply the region
 * can still change (most programmes last under a year), and it is the same distance ahead from every month, so
 * the series compares like with like. It moves on each January, which shows as a step there.
 * Why shortages only: a surplus of one skill fills no post of another, so each of the cluster's skills adds its
 * own shortfall (demand − supply where positive), and the figure is the people short across them.
 */
import { japanDay } from '../japan-time.ts';
import {
  type CohortRecord,
  type OpeningDemand,
  openingDemand,
  type PlannedFacility,
  type StaffingRow,
  type TenantPlan,
  workforceGap,
} from '../talent/index.ts';
import { round1 } from './series.ts';

/** One version of a row: in force from `from` until `to` (null: still). */
export type Version<T> = { row: T; from: Date; to: Date | null };

export type ProgrammeVersion = {
  id: string;
  skills: readonly string[];
  level: number;
  durationWeeks: number;
};
export type CohortVersion = { id: string; programmeId: string; startOn: string; capacity: number };
/** An enrolment holding (or having held) a place: when it got it, and when and how it ended, if it did. */
export type EnrolmentState = {
  cohortId: string;
  seatAt: Date;
  end: 'completed' | 'withdrawn' | null;
  endAt: Date | null;
  /** When the row was deleted, if it was. */
  deletedAt: Date | null;
};

export type WorkforceHistory = {
  facilities: Version<PlannedFacility>[];
  staffing: Version<StaffingRow & { profileKey: string }>[];
  openings: Version<OpeningDemand & { open: boolean }>[];
  plans: Version<TenantPlan>[];
  programmes: Version<ProgrammeVersion>[];
  cohorts: Version<CohortVersion>[];
  enrolments: EnrolmentState[];
};

const isInForce = (v: Version<unknown>, at: Date) => v.from <= at && (v.to === null || v.to > at);

const inForce = <T>(versions: readonly Version<T>[], at: Date) =>
  versions.filter((v) => isInForce(v, at)).map((v) => v.row);

/** The places of each cohort by outcome at `at`: only seats taken and ends recorded by then. */
function placesAt(enrolments: readonly EnrolmentState[], at: Date) {
  const out = new Map<string, { active: number; completed: number; withdrawn: number }>();
  for (const e of enrolments) {
    if (e.seatAt > at || (e.deletedAt && e.deletedAt <= at)) continue;
    const c = out.get(e.cohortId) ?? { active: 0, completed: 0, withdrawn: 0 };
    out.set(e.cohortId, c);
    if (e.end && e.endAt && e.endAt <= at) c[e.end]++;
    else c.active++;
  }
  return out;
}

/** The coming calendar year as of a moment (in Japan). */
export const horizonYear = (at: Date) => Number(japanDay(at).slice(0, 4)) + 1;

const anyInForce = <T>(versions: readonly Version<T>[], at: Date, test: (row: T) => boolean) =>
  versions.some((v) => isInForce(v, at) && test(v.row));

/**
 * The history with only the hiring plans and openings whose demand falls in `year`: the projection for one year
 * drops the others anyway, and a series looks at one year per calendar year, so each is narrowed once.
 */
function narrowTo(h: WorkforceHistory, year: number): WorkforceHistory {
  return {
    ...h,
    plans: h.plans.filter((v) => v.row.year === year),
    openings: h.openings.filter((v) => openingDemand(v.row, year - 1).some((d) => d.year === year)),
  };
}

/**
 * Each of the cluster's skills' shortage in the coming year, as the inputs stood at `at`; null: no inputs.
 * `whole` is the unnarrowed history, which says whether anything at all was in force.
 */
export function shortagesAt(
  h: WorkforceHistory,
  skills: readonly string[],
  at: Date,
  whole: WorkforceHistory = h,
) {
  const inCluster = new Set(skills);
  const keep = (list: readonly string[]) => list.filter((s) => inCluster.has(s));
  const year = horizonYear(at);
  const staffing = new Map<string, StaffingRow[]>();
  for (const r of inForce(h.staffing, at)) {
    if (!inCluster.has(r.skill)) continue;
    staffing.set(r.profileKey, [...(staffing.get(r.profileKey) ?? []), r]);
  }
  const programmes = new Map(inForce(h.programmes, at).map((p) => [p.id, p]));
  const places = placesAt(h.enrolments, at);
  const cohorts: CohortRecord[] = [];
  for (const c of inForce(h.cohorts, at)) {
    const p = programmes.get(c.programmeId);
    if (!p) continue;
    const n = places.get(c.id) ?? { active: 0, completed: 0, withdrawn: 0 };
    cohorts.push({
      programmeId: p.id,
      cohortId: c.id,
      skills: keep(p.skills),
      level: p.level,
      startOn: c.startOn,
      durationWeeks: p.durationWeeks,
      capacity: c.capacity,
      ...n,
    });
  }
  const facilities = inForce(h.facilities, at);
  const openings = inForce(h.openings, at)
    .filter((o) => o.open)
    .map((o) => ({ ...o, skills: keep(o.skills) }))
    .filter((o) => o.skills.length > 0);
  const tenantPlans = inForce(h.plans, at).filter((p) => inCluster.has(p.skill));
  // Nothing to project from is no figure, not a gap of nought (as a share over nothing is none).
  const anyOpening = anyInForce(whole.openings, at, (o) => o.open && o.skills.some((k) => inCluster.has(k)));
  const anyPlan = anyInForce(whole.plans, at, (p) => inCluster.has(p.skill));
  if (!facilities.length && !anyOpening && !anyPlan && !cohorts.length) return null;
  const gaps = workforceGap({
    from: year,
    to: year,
    today: japanDay(at),
    facilities,
    staffing,
    openings,
    tenantPlans,
    cohorts,
    skills,
  });
  return gaps
    .filter((g) => inCluster.has(g.skill))
    .map((g) => ({ skill: g.skill, shortage: Math.max(0, -(g.years[0]?.gap ?? 0)) }));
}

/**
 * The people short in the coming year across the cluster's skills, as the inputs stood at `at` (one decimal);
 * null when no facility, opening, hiring plan or cohort was in force then.
 */
export function workforceGapAt(h: WorkforceHistory, skills: readonly string[], at: Date) {
  return workforceGapSeries(h, skills, [at])[0]!;
}

/** The workforce gap at each moment (a month's end), the history narrowed once per year looked at. */
export function workforceGapSeries(h: WorkforceHistory, skills: readonly string[], moments: readonly Date[]) {
  const narrowed = new Map<number, WorkforceHistory>();
  return moments.map((at) => {
    const year = horizonYear(at);
    const forYear = narrowed.get(year) ?? narrowTo(h, year);
    narrowed.set(year, forYear);
    const shortages = shortagesAt(forYear, skills, at, h);
    return shortages && round1(shortages.reduce((sum, s) => sum + s.shortage, 0));
  });
}
