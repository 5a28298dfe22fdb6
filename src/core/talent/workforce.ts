import { addDays } from './reviews.ts';

/**
 * Workforce demand against supply, by skill and year: the arithmetic behind the gap view.
 *
 * Demand is new posts to fill in a year:
 * - a planned facility's staffing table gives people in post per skill, level and year offset from the start
 *   of construction (a step function: an offset not listed keeps the headcount of the last one listed); each
 *   rise is that many new posts in year `startYear + offset`, a fall is no demand (nobody is un-trained);
 * - an open job opening is one post in the year it starts (if that has passed, the current year);
 * - a tenant's hiring plan is its headcount in its year.
 * A post that asks for several skills is one person, so it counts 1/n towards each of its n skills.
 *
 * Supply is people completing programmes in a year, a cohort's completions falling in the year it ends
 * (start + duration):
 * - an ended cohort: the completions recorded;
 * - a cohort under way: recorded completions + places still held × the programme's completion rate;
 * - a cohort yet to start: its capacity × the rate (assumed to fill; `capacity` is shown beside it).
 * The rate is completed / places taken over the programme's ended cohorts, or `DEFAULT_COMPLETION_RATE` when it
 * has none. A programme in several skills splits each graduate equally between them, as demand does.
 */

export type Phase = 1 | 2 | 3 | 4;

/**
 * Completion rate assumed for a programme with no ended cohort. An assumption, not a published figure: it sits
 * between England's apprenticeship achievement rates (about 55–60 % in DfE's recent national statistics) and
 * Japanese KOSEN/college completion (about 90 %); it is replaced by the programme's own history once it has one.
 */
export const DEFAULT_COMPLETION_RATE = 0.8;

export type StaffingRow = { skill: string; level: number; yearOffset: number; headcount: number };
export type PlannedFacility = { id: string; profileKey: string; startYear: number; phase: Phase };
export type OpeningDemand = { id: string; skills: readonly string[]; level: number; startOn: string };
export type TenantPlan = { id: string; skill: string; level: number; year: number; headcount: number };

export type CohortRecord = {
  programmeId: string;
  cohortId: string;
  skills: readonly string[];
  level: number;
  startOn: string;
  durationWeeks: number;
  capacity: number;
  /** Places still held (status enrolled). */
  active: number;
  completed: number;
  withdrawn: number;
};

export type DemandSource = 'facility' | 'opening' | 'tenant';
export type DemandEntry = {
  source: DemandSource;
  id: string;
  skill: string;
  level: number;
  year: number;
  phase: Phase | null;
  posts: number;
};
export type SupplyEntry = {
  programmeId: string;
  skill: string;
  level: number;
  year: number;
  capacity: number;
  expected: number;
};

export type LevelFigures = { level: number; demand: number; supply: number };
export type YearFigures = {
  year: number;
  demand: number;
  supply: number;
  capacity: number;
  gap: number;
  cumulativeGap: number;
  byPhase: { phase: Phase | null; demand: number }[];
  byLevel: LevelFigures[];
  facilityIds: string[];
  openingIds: string[];
  tenantPlanIds: string[];
  programmeIds: string[];
};
export type SkillGap = {
  skill: string;
  demand: number;
  supply: number;
  gap: number;
  years: YearFigures[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** New posts per skill, level and year from one facility's staffing table. */
export function facilityDemand(facility: PlannedFacility, table: readonly StaffingRow[]): DemandEntry[] {
  const series = new Map<string, StaffingRow[]>();
  for (const row of table) {
    const k = `${row.skill}\u0000${row.level}`;
    const list = series.get(k);
    if (list) list.push(row);
    else series.set(k, [row]);
  }
  const out: DemandEntry[] = [];
  for (const rows of series.values()) {
    rows.sort((a, b) => a.yearOffset - b.yearOffset);
    let before = 0;
    for (const row of rows) {
      const rise = row.headcount - before;
      before = row.headcount;
      if (rise > 0) {
        out.push({
          source: 'facility',
          id: facility.id,
          skill: row.skill,
          level: row.level,
          year: facility.startYear + row.yearOffset,
          phase: facility.phase,
          posts: rise,
        });
      }
    }
  }
  return out;
}

export function openingDemand(opening: OpeningDemand, currentYear: number): DemandEntry[] {
  const year = Math.max(Number(opening.startOn.slice(0, 4)), currentYear);
  const share = 1 / opening.skills.length;
  return opening.skills.map((skill) => ({
    source: 'opening',
    id: opening.id,
    skill,
    level: opening.level,
    year,
    phase: null,
    posts: share,
  }));
}

export function tenantDemand(plan: TenantPlan): DemandEntry {
  return {
    source: 'tenant',
    id: plan.id,
    skill: plan.skill,
    level: plan.level,
    year: plan.year,
    phase: null,
    posts: plan.headcount,
  };
}

// Thousands of cohorts share a few start dates and durations: each end date is worked out once.
const endCache = new Map<string, string>();
export function cohortEndOn(c: Pick<CohortRecord, 'startOn' | 'durationWeeks'>): string {
  const k = `${c.startOn}+${c.durationWeeks}`;
  let end = endCache.get(k);
  if (end === undefined) {
    if (endCache.size > 50_000) endCache.clear();
    end = addDays(c.startOn, c.durationWeeks * 7);
    endCache.set(k, end);
  }
  return end;
}

/**
 * Each programme's completion rate from its ended cohorts (completed / places taken), and where it came from.
 */
export function completionRates(
  cohorts: readonly CohortRecord[],
  today: string,
  fallback = DEFAULT_COMPLETION_RATE,
): Map<string, { rate: number; basis: 'history' | 'default'; completed: number; taken: number }> {
  const sums = new Map<string, { completed: number; taken: number }>();
  for (const c of cohorts) {
    const s = sums.get(c.programmeId) ?? { completed: 0, taken: 0 };
    sums.set(c.programmeId, s);
    if (cohortEndOn(c) > today) continue;
    s.completed += c.completed;
    s.taken += c.completed + c.withdrawn + c.active;
  }
  const out = new Map<
    string,
    { rate: number; basis: 'history' | 'default'; completed: number; taken: number }
  >();
  for (const [id, s] of sums) {
    out.set(
      id,
      s.taken > 0
        ? { rate: s.completed / s.taken, basis: 'history', ...s }
        : { rate: fallback, basis: 'default', ...s },
    );
  }
  return out;
}

export function cohortSupply(c: CohortRecord, rate: number, today: string): SupplyEntry[] {
  if (c.skills.length === 0) return [];
  const end = cohortEndOn(c);
  const expected =
    end <= today ? c.completed : c.startOn <= today ? c.completed + c.active * rate : c.capacity * rate;
  const share = 1 / c.skills.length;
  const year = Number(end.slice(0, 4));
  return c.skills.map((skill) => ({
    programmeId: c.programmeId,
    skill,
    level: c.level,
    year,
    capacity: c.capacity * share,
    expected: expected * share,
  }));
}

export type WorkforceInput = {
  from: number;
  to: number;
  /** The day the figures are taken on (ISO date): decides which cohorts have ended and the current year. */
  today: string;
  facilities: readonly PlannedFacility[];
  staffing: ReadonlyMap<string, readonly StaffingRow[]>;
  openings: readonly OpeningDemand[];
  tenantPlans: readonly TenantPlan[];
  cohorts: readonly CohortRecord[];
  /** Skills to show even with no figures (the cluster's taxonomy), so a skill nobody trains for still appears. */
  skills?: readonly string[];
  defaultRate?: number;
};

type Cell = {
  demand: number;
  supply: number;
  capacity: number;
  phases: Map<Phase | null, number>;
  levels: Map<number, { demand: number; supply: number }>;
  /** Facilities come in groups (same profile, start and phase) whose ids are listed once, at the end. */
  facilityGroups: string[][];
  openingIds: Set<string>;
  tenantPlanIds: Set<string>;
  programmeIds: Set<string>;
};

const newCell = (): Cell => ({
  demand: 0,
  supply: 0,
  capacity: 0,
  phases: new Map(),
  levels: new Map(),
  facilityGroups: [],
  openingIds: new Set(),
  tenantPlanIds: new Set(),
  programmeIds: new Set(),
});

/** Demand, supply and gap (supply − demand) per skill and year, the skills shortest over the years first. */
export function workforceGap(input: WorkforceInput): SkillGap[] {
  const { from, to, today } = input;
  const currentYear = Number(today.slice(0, 4));
  const cells = new Map<string, Map<number, Cell>>();
  const cell = (skill: string, year: number) => {
    let bySkill = cells.get(skill);
    if (!bySkill) {
      bySkill = new Map();
      cells.set(skill, bySkill);
    }
    let c = bySkill.get(year);
    if (!c) {
      c = newCell();
      bySkill.set(year, c);
    }
    return c;
  };
  for (const s of input.skills ?? []) cells.set(s, cells.get(s) ?? new Map());
  const level = (c: Cell, n: number) => {
    let l = c.levels.get(n);
    if (!l) {
      l = { demand: 0, supply: 0 };
      c.levels.set(n, l);
    }
    return l;
  };

  const addDemand = (d: DemandEntry, times = 1) => {
    if (d.year < from || d.year > to) return undefined;
    const c = cell(d.skill, d.year);
    const posts = d.posts * times;
    c.demand += posts;
    c.phases.set(d.phase, (c.phases.get(d.phase) ?? 0) + posts);
    level(c, d.level).demand += posts;
    if (d.source === 'opening') c.openingIds.add(d.id);
    else if (d.source === 'tenant') c.tenantPlanIds.add(d.id);
    return c;
  };
  // Facilities of one profile, start year and phase add the same posts: each group's table is walked once
  // (hundreds of facilities share a few profiles), and its ids are listed per figure at the end.
  const groups = new Map<string, { facility: PlannedFacility; ids: string[] }>();
  for (const f of input.facilities) {
    const k = `${f.profileKey}\u0000${f.startYear}\u0000${f.phase}`;
    const g = groups.get(k);
    if (g) g.ids.push(f.id);
    else groups.set(k, { facility: f, ids: [f.id] });
  }
  const rises = new Map<string, DemandEntry[]>();
  for (const { facility, ids } of groups.values()) {
    let profile = rises.get(facility.profileKey);
    if (!profile) {
      profile = facilityDemand({ ...facility, startYear: 0 }, input.staffing.get(facility.profileKey) ?? []);
      rises.set(facility.profileKey, profile);
    }
    for (const r of profile) {
      const c = addDemand({ ...r, year: facility.startYear + r.year, phase: facility.phase }, ids.length);
      if (c) c.facilityGroups.push(ids);
    }
  }
  for (const o of input.openings) for (const d of openingDemand(o, currentYear)) addDemand(d);
  for (const p of input.tenantPlans) addDemand(tenantDemand(p));

  const rates = completionRates(input.cohorts, today, input.defaultRate);
  for (const co of input.cohorts) {
    const rate = rates.get(co.programmeId)!.rate;
    for (const s of cohortSupply(co, rate, today)) {
      if (s.year < from || s.year > to) continue;
      const c = cell(s.skill, s.year);
      c.supply += s.expected;
      c.capacity += s.capacity;
      level(c, s.level).supply += s.expected;
      c.programmeIds.add(s.programmeId);
    }
  }

  const out: SkillGap[] = [];
  for (const [skill, byYear] of cells) {
    let cumulative = 0;
    let demand = 0;
    let supply = 0;
    const years: YearFigures[] = [];
    for (let year = from; year <= to; year++) {
      const c = byYear.get(year) ?? newCell();
      cumulative += c.supply - c.demand;
      demand += c.demand;
      supply += c.supply;
      years.push({
        year,
        demand: round2(c.demand),
        supply: round2(c.supply),
        capacity: round2(c.capacity),
        gap: round2(c.supply - c.demand),
        cumulativeGap: round2(cumulative),
        byPhase: [...c.phases]
          .sort(([a], [b]) => (a ?? 9) - (b ?? 9))
          .map(([phase, n]) => ({ phase, demand: round2(n) })),
        byLevel: [...c.levels]
          .sort(([a], [b]) => a - b)
          .map(([l, f]) => ({ level: l, demand: round2(f.demand), supply: round2(f.supply) })),
        facilityIds: [...new Set(c.facilityGroups.flat())].sort(),
        openingIds: [...c.openingIds].sort(),
        tenantPlanIds: [...c.tenantPlanIds].sort(),
        programmeIds: [...c.programmeIds].sort(),
      });
    }
    out.push({ skill, demand: round2(demand), supply: round2(supply), gap: round2(supply - demand), years });
  }
  return out.sort((a, b) => a.gap - b.gap || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
}

/**
 * The cluster phase a facility type belongs to, after seed 000 §IV: 1 the reactor (a private experimental reactor
 * or the national DEMO), 2 offices for supply and maintenance, 3 component factories and R&D bases, 4 the wider
 * cluster (fields that apply fusion technology). A planned facility may say otherwise.
 */
export function defaultPhase(facilityType: string): Phase {
  if (facilityType === 'fusion-reactor' || facilityType === 'experimental-facility') return 1;
  if (facilityType === 'office') return 2;
  if (facilityType === 'component-factory') return 3;
  return 4;
}
