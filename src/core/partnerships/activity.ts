import { monthOf, monthsBetween, yearBefore } from './calendar.ts';

export type AreaActivity = { areaKey: string; occurredOn: string };

/**
 * Activity per area and month, for the partnership page's chart: `counts[a][m]` is the number of activities
 * under `areaKeys[a]` in `months[m]`. Activities outside the months, or under another area, are not counted.
 */
export function activityMatrix(
  areaKeys: readonly string[],
  activities: readonly AreaActivity[],
  months: readonly string[],
) {
  const areaIndex = new Map(areaKeys.map((k, i) => [k, i]));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const counts = areaKeys.map(() => months.map(() => 0));
  for (const a of activities) {
    const ai = areaIndex.get(a.areaKey);
    const mi = monthIndex.get(monthOf(a.occurredOn));
    if (ai !== undefined && mi !== undefined) counts[ai]![mi]! += 1;
  }
  return counts;
}

/**
 * The months a partnership page draws: from the earlier of the signing month and the first activity, to this
 * month, at most `maxMonths` (the latest ones), and at least the last 12 so a new agreement still has a year.
 */
export function chartMonths(
  today: string,
  signedOn: string | null,
  activities: readonly AreaActivity[],
  maxMonths = 36,
) {
  const first = [signedOn, ...activities.map((a) => a.occurredOn)]
    .filter((d): d is string => !!d && d <= today)
    .sort()[0];
  const yearAgo = monthOf(yearBefore(today));
  const start = first && monthOf(first) < yearAgo ? monthOf(first) : yearAgo;
  const months = monthsBetween(start, monthOf(today));
  return months.slice(Math.max(0, months.length - maxMonths));
}

/**
 * Per area: its latest activity on or before today, and whether it has been quiet, i.e. had nothing in the
 * last year: no activity after the same day a year ago (an activity exactly a year ago is already too old),
 * up to today. Planned (future) activities do not count as activity.
 */
export function areaSummaries(
  areaKeys: readonly string[],
  activities: readonly AreaActivity[],
  today: string,
) {
  const since = yearBefore(today);
  return areaKeys.map((areaKey) => {
    const past = activities.filter((a) => a.areaKey === areaKey && a.occurredOn <= today);
    const last = past.reduce<string | null>(
      (m, a) => (m === null || a.occurredOn > m ? a.occurredOn : m),
      null,
    );
    const lastYear = past.filter((a) => a.occurredOn > since).length;
    return { areaKey, lastActivityOn: last, activitiesLastYear: lastYear, quiet: lastYear === 0 };
  });
}
