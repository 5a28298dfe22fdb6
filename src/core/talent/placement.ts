import { addMonths } from '../incubation/dates.ts';

/**
 * Placement: an application's stages and the retention checks after a hire. The company moves an application
 * forward one stage at a time, or declines it at any open stage; hired and declined are final.
 */
export const applicationStages = ['applied', 'interview', 'offer', 'hired', 'declined'] as const;
export type ApplicationStage = (typeof applicationStages)[number];

const next: Record<ApplicationStage, readonly ApplicationStage[]> = {
  applied: ['interview', 'declined'],
  interview: ['offer', 'declined'],
  offer: ['hired', 'declined'],
  hired: [],
  declined: [],
};

export const canMoveStage = (from: ApplicationStage, to: ApplicationStage) => next[from].includes(to);
export const nextStages = (from: ApplicationStage) => next[from];

/** Retention is confirmed 6 and 12 months after the placement starts (issue 15). */
export const retentionMonths = [6, 12] as const;
export type RetentionMonths = (typeof retentionMonths)[number];
export type RetentionOutcome = 'retained' | 'left';

/** The day a retention check falls due. */
export const retentionDueOn = (startOn: string, months: RetentionMonths) => addMonths(startOn, months);

/**
 * The checks the employer should be reminded of today: due, not yet confirmed, not yet reminded. A person
 * who left at 6 months has no 12-month check.
 */
export function retentionRemindersDue(
  startOn: string,
  today: string,
  confirmed: Partial<Record<RetentionMonths, RetentionOutcome | null>>,
  sent: readonly number[],
): RetentionMonths[] {
  if (confirmed[6] === 'left') return [];
  return retentionMonths.filter(
    (m) => retentionDueOn(startOn, m) <= today && !confirmed[m] && !sent.includes(m),
  );
}
