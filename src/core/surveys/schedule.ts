const day = 86_400_000;

/**
 * How many reminders a non-respondent should have had by `now`: one for each reminder day (days before
 * the close) already reached. None once the survey has closed, or when it has no closing date.
 */
export function remindersDue(closesAt: Date | null, reminderDays: readonly number[], now: Date): number {
  if (!closesAt || now.getTime() >= closesAt.getTime()) return 0;
  return reminderDays.filter((d) => now.getTime() >= closesAt.getTime() - d * day).length;
}
