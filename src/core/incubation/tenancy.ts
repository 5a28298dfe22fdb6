// After the lease: the graduate's yearly follow-up reports, a unit's colour on the floor plan, and the siting
// link that offers a graduating tenant sites matching the space it leaves.
import { addMonths } from './dates.ts';
import type { LeaseStatus, UnitKind } from './vocabulary.ts';

/** Follow-up reports run for this many years after graduation, one a year. */
export const FOLLOW_UP_YEARS = 5;

/**
 * The follow-up report due by `today` for a company that graduated on `graduatedOn`: report n falls due on
 * the n-th anniversary and stays "this year's" until the next one. Null before the first anniversary; after
 * the fifth, the fifth stays the last one asked for.
 */
export function followUpYearDue(graduatedOn: string, today: string): number | null {
  let due: number | null = null;
  for (let n = 1; n <= FOLLOW_UP_YEARS; n++) if (addMonths(graduatedOn, 12 * n) <= today) due = n;
  return due;
}

export const unitOccupancyStates = {
  free: { ja: '空き', en: 'Free' },
  offered: { ja: '提示中', en: 'Offered' },
  leased: { ja: '入居中', en: 'Leased' },
  ending: { ja: '退去予定', en: 'Ending' },
} as const;
export type UnitOccupancyState = keyof typeof unitOccupancyStates;

/**
 * A unit's colour on `today` from its leases: a lease in force (active or ending, `today` inside its period)
 * wins, then an open offer; an ended lease, or one not started yet, leaves the unit free.
 */
export function unitState(
  leases: readonly { status: LeaseStatus; start: string; end: string }[],
  today: string,
): UnitOccupancyState {
  const current = leases.find(
    (l) => (l.status === 'active' || l.status === 'ending') && l.start <= today && today <= l.end,
  );
  if (current) return current.status === 'ending' ? 'ending' : 'leased';
  if (leases.some((l) => l.status === 'offered' && today <= l.end)) return 'offered';
  return 'free';
}

export type UnitSpec = {
  kind: UnitKind;
  floorAreaM2: number;
  powerKva?: number | null;
  ehv?: boolean;
  craneT?: number | null;
  cleanClass?: number | null;
};

/** The siting profile a graduating tenant's next site is judged by, from the kind of space it leaves. */
export function sitingProfileFor(unit: Pick<UnitSpec, 'kind' | 'ehv'>): string {
  if (unit.kind === 'office') return 'office';
  if (unit.kind === 'lab') return unit.ehv ? 'experimental-facility' : 'component-factory';
  return 'component-factory';
}

/**
 * The siting workbench link for a graduating tenant: its profile, and the unit's spec as the tenant's
 * requirements (the space it needs at least): area, power, extra-high voltage, crane and clean class.
 */
export function sitingLink(unit: UnitSpec): string {
  const q: [string, string | number][] = [
    ['profile', sitingProfileFor(unit)],
    ['minAreaM2', unit.floorAreaM2],
  ];
  if (unit.powerKva != null) q.push(['minPowerKva', unit.powerKva]);
  if (unit.ehv) q.push(['ehv', 1]);
  if (unit.craneT != null) q.push(['minCraneT', unit.craneT]);
  if (unit.cleanClass != null) q.push(['cleanClass', unit.cleanClass]);
  return `/siting?${q.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`;
}
