import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { MonthCount } from '../../../core/cluster/index.ts';
import type { Db } from '../../db/client.ts';
import {
  clusterMemberships,
  clusterMilestones,
  clusterNotes,
  clusterPhaseSettings,
  clusterPhases,
  clusterTargetHistory,
  clusterTargets,
  type LocalizedText,
  organizations,
} from '../../db/schema/index.ts';
import { type IndicatorScope, textArray } from './indicators.queries.ts';

// Evaluation: one record set (indicators.queries.ts) counted per Japanese month as of a moment.

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const month = (col: string) => sql.raw(`to_char(${col} at time zone 'Asia/Tokyo', 'YYYY-MM')`);

/** The record set as known at `asOf`: recorded and started by then; an end after it is not yet an end. */
const asKnown = (set: SQL, asOf: Date) => sql`(select q.id, q.at, q.known, q.org, q.label, q.value, q.part,
    case when q.until <= ${ts(asOf)} then q.until end as until
  from (${set}) q where q.known <= ${ts(asOf)} and q.at <= ${ts(asOf)})`;

export type Breakdown = { part: string; n: number }[];

/**
 * A record set counted per month: starts, and, with `ends`, ends as known at `asOf` (a flow's records have
 * none: its series and headline read the starts alone). With `breakdown`, also per breakdown key: the records
 * dated from `breakdown.from` (a flow's headline months), or, with a null `from`, those in force at `asOf` (a
 * stock). One statement, so the set (its joins and membership tests, the bulk of the cost) is read once.
 */
export async function monthCounts(
  db: Db,
  set: SQL,
  asOf: Date,
  opts: { ends: boolean; breakdown?: { from: Date | null } },
) {
  const { ends, breakdown } = opts;
  const rows = await db
    .select({
      edge: sql<string>`x.edge`,
      month: sql<string>`x.month`,
      part: sql<string | null>`x.part`,
      n: sql<number>`x.n`.mapWith(Number),
    })
    .from(
      // Grouped by the month's first moment, named once per group: to_char on every row costs more than the count.
      // `r` read by more than one branch is computed once (materialised); read by one, it is not stored at all.
      // A record that ends before it counts from (a lease recorded after it had ended) was never in force: it
      // would end in one month and start in a later one, a stock of −1 between. A breakdown key is read only for
      // the records it counts: it may be a lookup per record (an introduction's stage as of the moment).
      sql`(with r as (select r.at, r.until${
        breakdown
          ? sql`, case when ${breakdown.from ? sql`r.at >= ${ts(breakdown.from)}` : sql`r.until is null`} then r.part end as part`
          : sql``
      } from ${asKnown(set, asOf)} r)
        select 's' as edge, to_char(m, 'YYYY-MM') as month, null::text as part, n from
          (select date_trunc('month', r.at at time zone 'Asia/Tokyo') as m, count(*)::int as n from r
            where r.until is null or r.until > r.at group by 1) a${
              ends
                ? sql`
        union all
        select 'e', to_char(m, 'YYYY-MM'), null, n from
          (select date_trunc('month', r.until at time zone 'Asia/Tokyo') as m, count(*)::int as n from r
            where r.until > r.at group by 1) b`
                : sql``
            }${
              breakdown
                ? sql`
        union all
        select 'p', null, p, count(*)::int from r, unnest(r.part) p where r.part is not null group by p`
                : sql``
            }) x`,
    )
    .orderBy(sql`x.edge`, sql`x.n desc`, sql`x.part`);
  const pick = (edge: string): MonthCount[] =>
    rows.filter((r) => r.edge === edge).map((r) => ({ month: r.month, n: r.n }));
  const parts: Breakdown | null = breakdown
    ? rows.filter((r) => r.edge === 'p').map((r) => ({ part: r.part as string, n: r.n }))
    : null;
  return { starts: pick('s'), ends: pick('e'), parts };
}

/**
 * The median value of each month's records from `from`, and over everything from `headlineFrom`; the set is
 * read once for both (from the earlier of the two).
 */
export async function monthMedians(db: Db, set: SQL, asOf: Date, from: Date, headlineFrom: Date) {
  const earliest = from < headlineFrom ? from : headlineFrom;
  const rows = await db
    .select({ month: sql<string>`x.month`, median: sql<number>`x.median`.mapWith(Number) })
    .from(
      // Grouped by the month's first moment (a timestamp sorts faster and narrower than its name).
      sql`(with r as (select r.at, r.value from ${asKnown(set, asOf)} r where r.at >= ${ts(earliest)})
        select to_char(m, 'YYYY-MM') as month, median from
          (select date_trunc('month', r.at at time zone 'Asia/Tokyo') as m,
            percentile_cont(0.5) within group (order by r.value) as median
          from r where r.at >= ${ts(from)} group by 1) a
        union all
        select 'headline', percentile_cont(0.5) within group (order by r.value)
        from r where r.at >= ${ts(headlineFrom)} having count(*) > 0) x`,
    );
  return rows;
}

export type RecordWindow = { kind: 'dated'; from: Date; to: Date } | { kind: 'in-force'; at: Date };

/** The records behind one figure, newest first, with their total. */
export async function recordsPage(
  db: Db,
  set: SQL,
  asOf: Date,
  w: RecordWindow,
  limit: number,
  offset: number,
) {
  const where =
    w.kind === 'dated'
      ? sql`r.at >= ${ts(w.from)} and r.at < ${ts(w.to)}`
      : sql`r.at < ${ts(w.at)} and (r.until is null or r.until >= ${ts(w.at)})`;
  const base = sql`${asKnown(set, asOf)} r where ${where}`;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: sql<string>`r.id`,
        at: sql<string>`r.at`.mapWith((v) => new Date(v).toISOString()),
        organizationId: sql<string | null>`r.org`,
        label: sql<LocalizedText>`r.label`,
        value: sql<number | null>`r.value`.mapWith((v) => (v === null ? null : Number(v))),
        part: sql<string[] | null>`r.part`,
      })
      .from(base)
      .orderBy(sql`r.at desc`, sql`r.id`)
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int`.mapWith(Number) }).from(base),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * For each of the cluster's codes, how many regional organisations' versions began and ended holding it per
 * Japanese month, as known at `asOf`: a code is held at a month's end while its started versions outnumber its
 * ended ones (core/cluster stockSeries). One pass over the history, whatever the number of months. The codes
 * are tested one by one after the unnest (a hashed lookup in the list) rather than by an array overlap first,
 * which compares every version's codes with each of the cluster's (most of the query's time at 100,000 organisations).
 */
export async function coverageEdges(db: Db, s: IndicatorScope, asOf: Date) {
  const region = s.prefectures ?? s.home;
  return db
    .select({
      code: sql<string>`x.code`,
      edge: sql<string>`x.edge`,
      month: sql<string>`x.month`,
      n: sql<number>`x.n`.mapWith(Number),
    })
    .from(
      sql`(with v as materialized (
          select c as code, h.valid_from, case when h.valid_to <= ${ts(asOf)} then h.valid_to end as valid_to
          from organization_history h cross join unnest(h.technologies) c
          where h.valid_from <= ${ts(asOf)} and h.published and (h.country = 'JP' or h.country is null)
            and h.prefecture = any(${textArray(region)}) and c = any(${textArray(s.codes)}))
        select code, 's' as edge, ${month('valid_from')} as month, count(*)::int as n from v group by 1, 3
        union all
        select code, 'e', ${month('valid_to')}, count(*)::int from v where valid_to is not null group by 1, 3) x`,
    );
}

/** Each code of the cluster with how many regional organisations held it at `at` (the coverage's records). */
export async function coverageByCode(db: Db, s: IndicatorScope, at: Date) {
  const region = s.prefectures ?? s.home;
  return db
    .select({
      code: sql<string>`t.code`,
      label: sql<LocalizedText>`t.label`,
      n: sql<number>`x.n`.mapWith(Number),
    })
    .from(
      sql`technologies t left join lateral (select count(*)::int as n from organization_history h
        where t.code = any(h.technologies) and h.valid_from <= ${ts(at)} and (h.valid_to is null or h.valid_to > ${ts(at)})
          and h.published and (h.country = 'JP' or h.country is null) and h.prefecture = any(${textArray(region)})) x on true`,
    )
    .where(sql`t.cluster_key = ${s.cluster}`)
    .orderBy(sql`t.sort`);
}

// The cluster's plan: phases, milestones, phase settings, targets and notes.

export const phasesOf = (db: Db, cluster: string) =>
  db
    .select()
    .from(clusterPhases)
    .where(eq(clusterPhases.clusterKey, cluster))
    .orderBy(asc(clusterPhases.ordinal));

export const milestonesOf = (db: Db, cluster: string) =>
  db
    .select()
    .from(clusterMilestones)
    .where(eq(clusterMilestones.clusterKey, cluster))
    .orderBy(asc(clusterMilestones.targetDate), asc(clusterMilestones.key));

export type MilestoneRow = typeof clusterMilestones.$inferSelect;

export async function insertMilestone(db: Db, values: typeof clusterMilestones.$inferInsert) {
  const [row] = await db.insert(clusterMilestones).values(values).returning();
  return row!;
}

export async function getMilestone(db: Db, cluster: string, id: string) {
  const [row] = await db
    .select()
    .from(clusterMilestones)
    .where(and(eq(clusterMilestones.clusterKey, cluster), eq(clusterMilestones.id, id)));
  return row;
}

/** The edit, only if the version is still the one read: undefined when someone changed it meanwhile. */
export async function updateMilestone(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<MilestoneRow, 'title' | 'targetDate' | 'actualDate' | 'source'>>,
) {
  const [row] = await db
    .update(clusterMilestones)
    .set({ ...set, version: sql`${clusterMilestones.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(clusterMilestones.id, id), eq(clusterMilestones.version, version)))
    .returning();
  return row;
}

export const phaseSettingsOf = (db: Db, cluster: string) =>
  db
    .select()
    .from(clusterPhaseSettings)
    .where(eq(clusterPhaseSettings.clusterKey, cluster))
    .orderBy(desc(clusterPhaseSettings.setOn), desc(clusterPhaseSettings.createdAt));

export async function insertPhaseSetting(db: Db, values: typeof clusterPhaseSettings.$inferInsert) {
  const [row] = await db.insert(clusterPhaseSettings).values(values).returning();
  return row!;
}

export const targetsOf = (db: Db, cluster: string) =>
  db.select().from(clusterTargets).where(eq(clusterTargets.clusterKey, cluster));

export async function upsertTargets(db: Db, rows: (typeof clusterTargets.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(clusterTargets)
    .values(rows)
    .onConflictDoUpdate({
      target: [clusterTargets.clusterKey, clusterTargets.indicator, clusterTargets.phase],
      set: { target: sql`excluded.target`, setBy: sql`excluded.set_by`, updatedAt: sql`now()` },
    });
}

/** Each target as it stood at `asOf`: the latest version set by then, unless that removed it. */
export async function targetsAsOf(db: Db, cluster: string, asOf: Date) {
  const h = clusterTargetHistory;
  const rows = await db
    .selectDistinctOn([h.indicator, h.phase], { indicator: h.indicator, phase: h.phase, target: h.target })
    .from(h)
    .where(and(eq(h.clusterKey, cluster), sql`${h.validFrom} <= ${ts(asOf)}`))
    .orderBy(h.indicator, h.phase, desc(h.validFrom), desc(h.id));
  return rows.filter((r): r is typeof r & { target: number } => r.target !== null);
}

/** Keeps each target set (or removed: a null target) from now on, for reports as of a later date. */
export async function insertTargetVersions(db: Db, rows: (typeof clusterTargetHistory.$inferInsert)[]) {
  if (rows.length) await db.insert(clusterTargetHistory).values(rows);
}

export async function deleteTarget(db: Db, cluster: string, indicator: string, phase: number) {
  await db
    .delete(clusterTargets)
    .where(
      and(
        eq(clusterTargets.clusterKey, cluster),
        eq(clusterTargets.indicator, indicator),
        eq(clusterTargets.phase, phase),
      ),
    );
}

export const notesOf = (db: Db, cluster: string) =>
  db.select().from(clusterNotes).where(eq(clusterNotes.clusterKey, cluster)).orderBy(desc(clusterNotes.year));

export async function getNote(db: Db, cluster: string, year: number) {
  const [row] = await db
    .select()
    .from(clusterNotes)
    .where(and(eq(clusterNotes.clusterKey, cluster), eq(clusterNotes.year, year)));
  return row;
}

/** Writes the year's note if none exists (version null) or the stored one is still at `version`. */
export async function writeNote(
  db: Db,
  cluster: string,
  year: number,
  body: LocalizedText,
  userId: string,
  version: number | null,
) {
  if (version === null) {
    const [row] = await db
      .insert(clusterNotes)
      .values({ clusterKey: cluster, year, body, updatedBy: userId })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(clusterNotes)
    .set({ body, updatedBy: userId, version: sql`${clusterNotes.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(clusterNotes.clusterKey, cluster),
        eq(clusterNotes.year, year),
        eq(clusterNotes.version, version),
      ),
    )
    .returning();
  return row;
}

/** When each organisation joined the cluster (a Japan day), for those still in it. */
export const membershipDates = (db: Db, cluster: string, organizationIds: readonly string[]) =>
  db
    .select({ organizationId: clusterMemberships.organizationId, joinedOn: clusterMemberships.joinedOn })
    .from(clusterMemberships)
    .where(
      and(
        eq(clusterMemberships.clusterKey, cluster),
        sql`${clusterMemberships.organizationId} in (select jsonb_array_elements_text(${JSON.stringify(organizationIds)}::jsonb)::uuid)`,
      ),
    );

export async function setMembershipDate(db: Db, cluster: string, organizationId: string, joinedOn: string) {
  const [row] = await db
    .update(clusterMemberships)
    .set({ joinedOn })
    .where(
      and(eq(clusterMemberships.clusterKey, cluster), eq(clusterMemberships.organizationId, organizationId)),
    )
    .returning();
  return row;
}

export async function organizationExists(db: Db, id: string) {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return !!row;
}

/** Each organisation's first day in any cluster (the events figures' new members). */
export const firstMembershipDates = (db: Db, organizationIds: readonly string[]) =>
  db
    .select({
      organizationId: clusterMemberships.organizationId,
      joinedOn: sql<string>`min(${clusterMemberships.joinedOn})::text`,
    })
    .from(clusterMemberships)
    .where(
      sql`${clusterMemberships.organizationId} in (select jsonb_array_elements_text(${JSON.stringify(organizationIds)}::jsonb)::uuid)`,
    )
    .groupBy(clusterMemberships.organizationId);
