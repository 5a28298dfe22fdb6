import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * Each indicator's records, named by its key (core/cluster/indicators.ts says what each counts). Every record
 * set has the same columns, read by cluster.queries.ts: `id`; `at`, the moment it counts from (a flow's date, a
 * stock's start); `until`, when it stops being in force (null: still); `known`, when the platform recorded it,
 * so nothing recorded after an as-of date counts for it; `org`, the organisation it names (null when it may not
 * be shown: an anonymous need); `label`, a bilingual title; `value`, for medians; `part`, the breakdown keys.
 *
 * Membership is read from organization_history at the moment the record was made (`inCluster`), so deleting or
 * re-clustering an organisation later leaves past figures as they were. These queries read the other modules'
 * tables directly, as the home page's read model does.
 */
export type IndicatorScope = {
  cluster: string;
  /** The region's prefectures when one is chosen, else null. */
  prefectures: readonly string[] | null;
  /** The cluster's own region (Tohoku), for the regional directory indicators when no region is chosen. */
  home: readonly string[];
  /** The cluster's taxonomy codes and skills. */
  codes: readonly string[];
  skills: readonly string[];
  /** The as-of moment, for states read from a history (an introduction's stage). */
  asOf: Date;
};

export const textArray = (values: readonly string[]) =>
  values.length
    ? sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;

/**
 * A table as it stood at the as-of moment as far as deletions go: its rows, and the rows deleted after then
 * (kept by the `archive_deleted_row` trigger, personal fields dropped).
 */
const live = (s: IndicatorScope, table: string) =>
  sql`(select * from ${sql.raw(table)} union all select (jsonb_populate_record(null::${sql.raw(table)}, d.row)).*
    from deleted_rows d where d.table_name = ${table} and d.deleted_at > ${s.asOf.toISOString()}::timestamptz)`;

/**
 * An organisation's latest recorded name, from its history: it outlives a deletion, and as a scalar subquery in
 * the select list it costs nothing when only the dates are counted (the planner drops unused columns).
 */
const orgName = (org: SQL) =>
  sql`(select h.name from organization_history h where h.organization_id = ${org} order by h.valid_from desc limit 1)`;

/** A moment as a parameter. */
const moment = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const jst = (d: SQL) => sql`((${d})::timestamp at time zone 'Asia/Tokyo')`;
const inPrefectures = (alias: string, prefectures: readonly string[]) =>
  sql`(${sql.raw(alias)}.country = 'JP' or ${sql.raw(alias)}.country is null) and ${sql.raw(alias)}.prefecture = any(${textArray(prefectures)})`;

/** The organisation `org` was in the cluster (and in the chosen region) at `at`, by its history. */
function inCluster(s: IndicatorScope, org: SQL, at: SQL) {
  return sql`exists (select 1 from organization_history h where h.organization_id = ${org}
    and ${s.cluster} = any(h.clusters) and h.valid_from <= ${at} and (h.valid_to is null or h.valid_to > ${at})
    ${s.prefectures ? sql`and ${inPrefectures('h', s.prefectures)}` : sql``})`;
}

const versions = (
  s: IndicatorScope,
  regional: readonly string[] | null,
  published: boolean,
  part: SQL,
) => sql`
  select h.organization_id::text as id, h.valid_from as at, h.valid_to as until, h.valid_from as known,
    h.organization_id as org, h.name as label, null::float8 as value, ${part} as part
  from organization_history h
  where ${s.cluster} = any(h.clusters) ${published ? sql`and h.published` : sql``}
    ${regional ? sql`and ${inPrefectures('h', regional)}` : sql``}`;

const fromIn = (s: IndicatorScope) => inCluster(s, sql`i.from_organization_id`, sql`i.created_at`);
const toIn = (s: IndicatorScope) => inCluster(s, sql`i.to_organization_id`, sql`i.created_at`);

/**
 * Introductions either side of which was in the cluster when made, with the stage each had reached at the
 * as-of moment. Both ends are tested in one semi-join against the cluster's history, read once, and the
 * introductions with both ends in it are counted once by the grouping; one semi-join per end with an anti-join
 * to drop those read the history three times, and the planner ran the anti-join by index, row by row.
 */
const introductionsOf = (s: IndicatorScope) => sql`(select x.id, x.created_at, x.from_organization_id
    from ${live(s, 'introductions')} x
      cross join lateral (values (x.from_organization_id), (x.to_organization_id)) v(org)
    where ${inCluster(s, sql`v.org`, sql`x.created_at`)}
    group by x.id, x.created_at, x.from_organization_id) i`;

/**
 * An introduction's stage at the as-of moment: its latest event by then (the later recorded of two at the same
 * moment), among its events and those deleted after the moment. One lookup per introduction, by index on both
 * sides (schema: deleted_rows_introduction_event), so a count that does not read it costs nothing.
 */
const stageOf = (s: IndicatorScope) => sql`coalesce((select x.to_state from (
      select e.to_state, e.at, e.id from introduction_events e where e.introduction_id = i.id
      union all
      select d.row ->> 'to_state', (d.row ->> 'at')::timestamptz, (d.row ->> 'id')::bigint from deleted_rows d
      where d.table_name = 'introduction_events' and d.row ->> 'introduction_id' = i.id::text
        and d.deleted_at > ${moment(s.asOf)}) x
    where x.at <= ${moment(s.asOf)} order by x.at desc, x.id desc limit 1), 'requested')`;

const posts = (s: IndicatorScope, table: 'needs' | 'seeds') => sql`
  select p.id::text as id, p.created_at as at, null::timestamptz as until, p.created_at as known,
    ${table === 'needs' ? sql`case when p.visibility = 'anonymous' then null else p.organization_id end` : sql`p.organization_id`} as org,
    p.title as label, null::float8 as value, array[p.category] as part
  from ${live(s, table)} p where ${inCluster(s, sql`p.organization_id`, sql`p.created_at`)}`;

/**
 * A lease's status at the as-of moment, from when each step was recorded (a row written straight in, without
 * the stamps, has the status it has now).
 */
const leaseStatusAsOf = (s: IndicatorScope) => sql`case
    when l.status = 'ended' and (l.ended_at is null or l.ended_at <= ${moment(s.asOf)}) then 'ended'
    when l.status = 'ending' and l.notice_at is null then 'ending'
    when l.notice_at <= ${moment(s.asOf)} then 'ending' else 'active' end`;

/**
 * Leases in force from their start (or their activation, when later), to their last day or the moment they
 * were ended, whichever comes first; known from their activation.
 */
const leasesInForce = (s: IndicatorScope, owner: 'tenant' | 'facility') => sql`
  select l.id::text as id, greatest(${jst(sql`l.start_on`)}, coalesce(l.activated_at, l.created_at)) as at,
    least(${jst(sql`l.end_on + 1`)}, l.ended_at) as until, coalesce(l.activated_at, l.created_at) as known,
    l.tenant_organization_id as org, ${orgName(sql`l.tenant_organization_id`)} as label, null::float8 as value,
    array[${leaseStatusAsOf(s)}] as part
  from ${live(s, 'facility_leases')} l join ${live(s, 'facility_units')} u on u.id = l.unit_id join ${live(s, 'facilities')} f on f.id = u.facility_id
  where l.status in ('active', 'ending', 'ended') and ${
    owner === 'tenant'
      ? inCluster(s, sql`l.tenant_organization_id`, sql`l.created_at`)
      : inCluster(s, sql`f.organization_id`, sql`l.created_at`)
  }`;

const clusterProgramme = (s: IndicatorScope) => sql`p.skills && ${textArray(s.skills)}`;

const enrolmentsOf = (s: IndicatorScope) => sql`${live(s, 'training_enrolments')} e
  join ${live(s, 'training_cohorts')} c on c.id = e.cohort_id join ${live(s, 'training_programmes')} p on p.id = c.programme_id`;

/** An enrolment's end (the day after its last), only once recorded by the as-of moment: before, it was still on. */
const enrolmentEnd = (s: IndicatorScope) => sql`case when e.end_recorded_at is null
    or e.end_recorded_at <= ${moment(s.asOf)} then ${jst(sql`e.ended_on + 1`)} end`;

const checkIns = (
  s: IndicatorScope,
) => sql`${live(s, 'event_registrations')} r join ${live(s, 'events')} ev on ev.id = r.event_id
  where r.checked_in_at is not null and ${inCluster(s, sql`ev.organizer_organization_id`, sql`ev.created_at`)}`;

/**
 * The siting survey's question ① (data/surveys/fusion-siting-2024.template.json): a new site or facility in
 * Japan, and the answers that mean one is in view. Any survey carrying the question is read, so a later wave
 * built from the template counts too.
 */
const planQuestion = 'q1-plan';
const planInView = ['plan', 'possibility'];

/**
 * Submitted answers to the plan question, each in force until the same organisation answers it again. An answer
 * counts for the cluster when its organisation was in it then; one with no organisation (the constructed
 * reproduction of the 2024 survey) when the survey was addressed to the cluster and no region is chosen. An
 * anonymous survey's answers never name their organisation.
 */
const planAnswers = (s: IndicatorScope) => sql`
  select r.id::text as id, r.submitted_at as at,
    (select min(r2.submitted_at) from ${live(s, 'survey_responses')} r2
      join ${live(s, 'survey_invitations')} si2 on si2.id = r2.invitation_id
      where si2.organization_id = si.organization_id and r2.submitted_at > r.submitted_at
        and r2.answers ->> ${planQuestion} is not null) as until,
    r.submitted_at as known, case when sv.anonymity = 'anonymous' then null else si.organization_id end as org,
    sv.title as label, null::float8 as value, array[r.answers ->> ${planQuestion}] as part
  from ${live(s, 'survey_responses')} r join ${live(s, 'survey_invitations')} si on si.id = r.invitation_id
    join ${live(s, 'surveys')} sv on sv.id = r.survey_id
  where r.submitted_at is not null and r.answers ->> ${planQuestion} is not null
    and (${inCluster(s, sql`si.organization_id`, sql`r.submitted_at`)}${
      s.prefectures
        ? sql``
        : sql` or (si.organization_id is null and (sv.population -> 'clusters') @> jsonb_build_array(${s.cluster}::text))`
    })`;

const teaches = (s: IndicatorScope, alias: string) =>
  sql`array(select jsonb_array_elements_text(${sql.raw(alias)}.row -> 'skills')) && ${textArray(s.skills)}`;

/** The cohorts (by id, as text) of any version of a programme that taught one of the cluster's skills. */
const clusterCohorts = (s: IndicatorScope) => sql`select c.row_key from row_versions c
  where c.table_name = 'training_cohorts' and c.row ->> 'programme_id' in (select p.row_key from row_versions p
    where p.table_name = 'training_programmes' and ${teaches(s, 'p')})`;

/**
 * Every version of the workforce projection's inputs that bear on the cluster (kept by migration 0029's trigger):
 * its planned facilities, the staffing tables of their profiles, and the programmes (with their cohorts), open
 * or closed openings and hiring plans in its skills, as they were in any version.
 */
const workforceVersions = (s: IndicatorScope) => sql`(select v.table_name, v.row_key, v.row, v.valid_from,
    v.valid_to from row_versions v
  where (v.table_name = 'planned_facilities' and v.row ->> 'cluster_key' = ${s.cluster})
    or (v.table_name = 'facility_staffing' and v.row ->> 'profile_key' in (select f.row ->> 'profile_key'
      from row_versions f where f.table_name = 'planned_facilities' and f.row ->> 'cluster_key' = ${s.cluster}))
    or (v.table_name in ('training_programmes', 'job_openings') and ${teaches(s, 'v')})
    or (v.table_name = 'tenant_hiring_plans' and v.row ->> 'skill_code' = any(${textArray(s.skills)}))
    or (v.table_name = 'training_cohorts' and v.row_key in (${clusterCohorts(s)})))`;

/** The workforce projection's input versions for the cluster, with their content (indicators.service.ts). */
export async function workforceVersionRows(db: Db, s: IndicatorScope) {
  return db
    .select({
      table: sql<string>`x.table_name`,
      key: sql<string>`x.row_key`,
      row: sql<Record<string, unknown>>`x.row`,
      from: sql<Date>`x.valid_from`.mapWith((v) => new Date(v)),
      to: sql<Date | null>`x.valid_to`.mapWith((v) => (v === null ? null : new Date(v))),
    })
    .from(sql`${workforceVersions(s)} x`);
}

/**
 * Every enrolment in the cluster's cohorts that held a place, with when it got it, how and when its end was recorded, and when it was
 * deleted (from deleted_rows): the places of a cohort at any past moment. Personal fields are not read.
 */
export async function enrolmentStateRows(db: Db, s: IndicatorScope) {
  const stamps = (e: string) => sql`${sql.raw(e)}.cohort_id::text as cohort_id, ${sql.raw(e)}.status,
    coalesce(${sql.raw(e)}.enrolled_at, ${sql.raw(e)}.created_at) as seat_at,
    coalesce(${sql.raw(e)}.end_recorded_at, ${sql.raw(e)}.created_at) as end_at`;
  return db
    .select({
      cohortId: sql<string>`x.cohort_id`,
      status: sql<string>`x.status`,
      seatAt: sql<Date>`x.seat_at`.mapWith((v) => new Date(v)),
      endAt: sql<Date>`x.end_at`.mapWith((v) => new Date(v)),
      deletedAt: sql<Date | null>`x.deleted_at`.mapWith((v) => (v === null ? null : new Date(v))),
    })
    .from(
      sql`(select * from (select ${stamps('e')}, null::timestamptz as deleted_at from training_enrolments e
          where e.status <> 'waiting'
        union all
        select ${stamps('e')}, d.deleted_at from deleted_rows d,
          jsonb_populate_record(null::training_enrolments, d.row) e
        where d.table_name = 'training_enrolments' and e.status <> 'waiting') y
        where y.cohort_id in (${clusterCohorts(s)})) x`,
    );
}

/** One indicator's records, with the columns described at the top of this file. */
export type RecordSet = SQL;

/**
 * The record sets: one per indicator, two (numerator, denominator) for a share. A denominator given as an
 * indicator's key is that indicator's records, counted once for both.
 */
export const recordSets: Record<
  string,
  (s: IndicatorScope) => RecordSet | { num: RecordSet; den: RecordSet | string }
> = {
  members: (s) => versions(s, s.prefectures, false, sql`array[h.kind]`),
  'organizations-in-region': (s) => versions(s, s.prefectures ?? s.home, true, sql`h.roles`),
  'needs-posted': (s) => posts(s, 'needs'),
  'seeds-posted': (s) => posts(s, 'seeds'),
  introductions: (s) => sql`
    select i.id::text as id, i.created_at as at, null::timestamptz as until, i.created_at as known,
      i.from_organization_id as org, ${orgName(sql`i.from_organization_id`)} as label, null::float8 as value,
      array[${stageOf(s)}] as part
    from ${introductionsOf(s)}`,
  'introduction-conversion': (s) => ({
    num: sql`select i.id::text as id, c.at, null::timestamptz as until, i.created_at as known,
        i.from_organization_id as org, ${orgName(sql`i.from_organization_id`)} as label, null::float8 as value, null::text[] as part
      from (select e.introduction_id, min(e.at) as at from ${live(s, 'introduction_events')} e
        where e.to_state = 'contract' group by 1) c
      join ${live(s, 'introductions')} i on i.id = c.introduction_id
      where ${fromIn(s)} or ${toIn(s)}`,
    den: 'introductions',
  }),
  'survey-response-rate': (s) => {
    const invitations = sql`${live(s, 'survey_invitations')} si
      join ${live(s, 'surveys')} sv on sv.id = si.survey_id and not sv.synthetic
      where ${inCluster(s, sql`si.organization_id`, sql`si.created_at`)}`;
    return {
      num: sql`select * from (select si.id::text as id,
          (select min(r.submitted_at) from ${live(s, 'survey_responses')} r where r.invitation_id = si.id) as at,
          null::timestamptz as until, si.created_at as known, si.organization_id as org, ${orgName(sql`si.organization_id`)} as label,
          null::float8 as value, null::text[] as part from ${invitations}) x where x.at is not null`,
      den: sql`select si.id::text as id, si.created_at as at, null::timestamptz as until, si.created_at as known,
          si.organization_id as org, ${orgName(sql`si.organization_id`)} as label, null::float8 as value, null::text[] as part
        from ${invitations}`,
    };
  },
  'members-planning-site': (s) => ({
    num: sql`select * from (${planAnswers(s)}) x where x.part[1] = any(${textArray(planInView)})`,
    den: planAnswers(s),
  }),
  'sites-evaluated': (s) => sql`
    select x.id, x.at, null::timestamptz as until, x.at as known, null::uuid as org, x.label,
      null::float8 as value, null::text[] as part
    from (select st.key as id, st.name as label,
        (select min(ss.created_at) from ${live(s, 'siting_studies')} ss where st.key = any(ss.site_keys)) as at
      from ${live(s, 'sites')} st ${s.prefectures ? sql`where ${inPrefectures('st', s.prefectures)}` : sql``}) x
    where x.at is not null`,
  'facilities-committed': (s) => sql`
    select pf.id::text as id, pf.created_at as at, null::timestamptz as until, pf.created_at as known,
      null::uuid as org, pf.name as label, null::float8 as value, array[pf.phase::text] as part
    from ${live(s, 'planned_facilities')} pf join ${live(s, 'sites')} st on st.id = pf.site_id
    where pf.cluster_key = ${s.cluster} ${s.prefectures ? sql`and ${inPrefectures('st', s.prefectures)}` : sql``}`,
  tenants: (s) => leasesInForce(s, 'tenant'),
  occupancy: (s) => ({
    num: leasesInForce(s, 'facility'),
    den: sql`select u.id::text as id, u.created_at as at, null::timestamptz as until, u.created_at as known,
        f.organization_id as org, u.name as label, null::float8 as value, null::text[] as part
      from ${live(s, 'facility_units')} u join ${live(s, 'facilities')} f on f.id = u.facility_id
      where ${inCluster(s, sql`f.organization_id`, sql`u.created_at`)}`,
  }),
  graduations: (s) => sql`
    select g.id::text as id, ${jst(sql`g.graduated_on`)} as at, null::timestamptz as until, g.created_at as known,
      l.tenant_organization_id as org, ${orgName(sql`l.tenant_organization_id`)} as label, null::float8 as value,
      null::text[] as part
    from ${live(s, 'lease_graduations')} g join ${live(s, 'facility_leases')} l on l.id = g.lease_id
    where ${inCluster(s, sql`l.tenant_organization_id`, sql`l.created_at`)}`,
  trainees: (s) => sql`
    select e.id::text as id, greatest(${jst(sql`c.start_on`)}, coalesce(e.enrolled_at, e.created_at)) as at,
      ${enrolmentEnd(s)} as until, coalesce(e.enrolled_at, e.created_at) as known, null::uuid as org,
      p.title as label, null::float8 as value, array[p.level::text] as part
    from ${enrolmentsOf(s)} where e.status <> 'waiting' and ${clusterProgramme(s)}`,
  completions: (s) => sql`
    select e.id::text as id, ${jst(sql`e.ended_on`)} as at, null::timestamptz as until,
      coalesce(e.end_recorded_at, e.created_at) as known, null::uuid as org, p.title as label,
      null::float8 as value, array[p.level::text] as part
    from ${enrolmentsOf(s)} where e.status = 'completed' and e.ended_on is not null and ${clusterProgramme(s)}`,
  placements: (s) => sql`
    select pl.id::text as id, ${jst(sql`pl.start_on`)} as at, null::timestamptz as until, pl.created_at as known,
      jo.organization_id as org, jo.title as label, null::float8 as value, null::text[] as part
    from ${live(s, 'placements')} pl join ${live(s, 'job_applications')} a on a.id = pl.application_id
      join ${live(s, 'job_openings')} jo on jo.id = a.opening_id
    where ${inCluster(s, sql`jo.organization_id`, sql`pl.created_at`)}`,
  'open-positions': (s) => sql`
    select jo.id::text as id, jo.created_at as at,
      case when jo.status <> 'open' then jo.updated_at end as until, jo.created_at as known,
      jo.organization_id as org, jo.title as label, null::float8 as value, array[jo.level::text] as part
    from ${live(s, 'job_openings')} jo where ${inCluster(s, sql`jo.organization_id`, sql`jo.created_at`)}`,
  // The inputs the month's projection was computed from, each version in force from its writing to the next.
  'workforce-gap': (s) => sql`
    select w.table_name || ':' || w.row_key as id, w.valid_from as at, w.valid_to as until, w.valid_from as known,
      coalesce(w.row ->> 'organization_id', w.row ->> 'provider_organization_id')::uuid as org,
      coalesce(w.row -> 'name', w.row -> 'title', case when w.table_name = 'facility_staffing' then
          -- A staffing line is named by what it asks for: skill, level and year after construction starts.
          jsonb_build_object(
            'ja', concat(w.row ->> 'skill_code', ' レベル', w.row ->> 'level', '・着工', w.row ->> 'year_offset', '年後'),
            'en', concat(w.row ->> 'skill_code', ' level ', w.row ->> 'level', ', year ', w.row ->> 'year_offset'))
        end, jsonb_build_object('ja', w.row_key, 'en', w.row_key)) as label,
      coalesce(w.row ->> 'headcount', w.row ->> 'capacity')::float8 as value, array[w.table_name] as part
    from ${workforceVersions(s)} w`,
  consultations: (s) => sql`
    select c.id::text as id, c.received_at as at, null::timestamptz as until, c.received_at as known,
      c.organization_id as org, jsonb_build_object('ja', c.company_name, 'en', c.company_name) as label,
      null::float8 as value, array[c.topic] as part
    from ${live(s, 'consultations')} c
    where c.organization_id is not null and ${inCluster(s, sql`c.organization_id`, sql`c.received_at`)}`,
  'time-to-answer': (s) => sql`
    select c.id::text as id, c.first_answered_at as at, null::timestamptz as until, c.first_answered_at as known,
      c.organization_id as org, jsonb_build_object('ja', c.company_name, 'en', c.company_name) as label,
      extract(epoch from (c.first_answered_at - c.received_at)) / 86400.0 as value, array[c.topic] as part
    from ${live(s, 'consultations')} c
    where c.organization_id is not null and c.first_answered_at is not null
      and ${inCluster(s, sql`c.organization_id`, sql`c.received_at`)}`,
  'events-held': (s) => sql`
    select ev.id::text as id, ev.starts_at as at, null::timestamptz as until, ev.created_at as known,
      ev.organizer_organization_id as org, ev.title as label, null::float8 as value, array[ev.kind] as part
    from ${live(s, 'events')} ev where ${inCluster(s, sql`ev.organizer_organization_id`, sql`ev.created_at`)}`,
  attendance: (s) => sql`
    select r.id::text as id, r.checked_in_at as at, null::timestamptz as until, r.checked_in_at as known,
      null::uuid as org, ev.title as label, null::float8 as value, array[ev.kind] as part
    from ${checkIns(s)}`,
  'companies-reached': (s) => sql`
    select u.organization_id::text || '@' || to_char(min(r.checked_in_at) at time zone 'Asia/Tokyo', 'YYYY-MM') as id,
      min(r.checked_in_at) as at, null::timestamptz as until, min(r.checked_in_at) as known,
      u.organization_id as org, o.name as label, null::float8 as value, null::text[] as part
    from ${live(s, 'event_registrations')} r join ${live(s, 'events')} ev on ev.id = r.event_id join users u on u.id = r.user_id
      join ${live(s, 'organizations')} o on o.id = u.organization_id
    where r.checked_in_at is not null and ${inCluster(s, sql`ev.organizer_organization_id`, sql`ev.created_at`)}
    group by u.organization_id, o.name, to_char(r.checked_in_at at time zone 'Asia/Tokyo', 'YYYY-MM')`,
  'agreement-activities': (s) => sql`
    select a.id::text as id, ${jst(sql`a.occurred_on`)} as at, null::timestamptz as until, a.created_at as known,
      null::uuid as org, a.title as label, null::float8 as value, array[a.kind] as part
    from ${live(s, 'agreement_activities')} a
    where exists (select 1 from ${live(s, 'agreement_parties')} ap where ap.agreement_id = a.agreement_id
      and ${inCluster(s, sql`ap.organization_id`, sql`a.created_at`)})`,
};
