// Incubation's closed vocabularies: what kind of space a unit is, where a lease stands, how equipment is booked.
import type { Label } from '../label.ts';

export const unitKinds = {
  factory: { ja: '貸工場', en: 'Rental factory' },
  lab: { ja: '貸研究室', en: 'Rental lab' },
  office: { ja: '貸事務所', en: 'Rental office' },
} as const satisfies Record<string, Label>;

/** offered → active → ending (notice given or within its last months) → ended. */
export const leaseStatuses = {
  offered: { ja: '提示中', en: 'Offered' },
  active: { ja: '入居中', en: 'Active' },
  ending: { ja: '退去予定', en: 'Ending' },
  ended: { ja: '退去済み', en: 'Ended' },
} as const satisfies Record<string, Label>;

export const bookingUnits = {
  hour: { ja: '時間単位', en: 'Per hour' },
  day: { ja: '日単位', en: 'Per day' },
  week: { ja: '週単位', en: 'Per week' },
} as const satisfies Record<string, Label>;

export type UnitKind = keyof typeof unitKinds;
export type LeaseStatus = keyof typeof leaseStatuses;
export type BookingUnit = keyof typeof bookingUnits;

/** The seed's Venture Factory rule: at most five years in the building. A facility may set its own. */
export const DEFAULT_MAX_TERM_MONTHS = 60;
/** Tenant and office are told this many months before a lease ends (settings may change them). */
export const DEFAULT_REMINDER_MONTHS = [12, 6] as const;
