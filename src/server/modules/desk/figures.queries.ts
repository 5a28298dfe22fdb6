import { sql } from 'drizzle-orm';
import { type Db, resultRows } from '../../db/client.ts';
import {
  consultationAftercare,
  consultationReferrals,
  consultations,
  deskTopics,
  organizations,
  surveyResponses,
} from '../../db/schema/index.ts';

// The coordinator's figures, counted by the database in a few grouped statements. Days are Japan days; the
// working-day calendar comes from core/desk (one text parameter of days and one of ordinals), so SQL and the
// triage targets count the same holidays.

/** Received in [from, to] (Japan days) as an index range on received_at. */
const receivedIn = (from: string, to: string) =>
  sql`${consultations.receivedAt} >= (${from}::date)::timestamp at time zone 'Asia/Tokyo'
      and ${consultations.receivedAt} < (${to}::date + 1)::timestamp at time zone 'Asia/Tokyo'`;

export async function countsByMonth(db: Db, from: string, to: string) {
  const rows = await db.execute(sql`
    select to_char(${consultations.receivedAt} at time zone 'Asia/Tokyo', 'YYYY-MM') as month,
           ${consultations.topic} as topic, count(*)::int as n
    from ${consultations} where ${receivedIn(from, to)}
    group by 1, 2 order by 1, 2`);
  return resultRows<{ month: string; topic: string; n: number }>(rows);
}

export type TimingRow = {
  topic: string | null;
  received: number;
  answered: number;
  first_median: number | null;
  first_mean: number | null;
  first_on_target: number;
  closed: number;
  close_median: number | null;
  close_mean: number | null;
  close_on_target: number;
};

/**
 * Working days from the day received to the first answer and to the close, per topic and in all (the row
 * whose topic is null), against the topic's current targets. The calendar's ordinals come as one int array
 * indexed by the day's distance from its first day (a subscript per date, no join); a day outside it is null,
 * so such a step counts as unknown.
 */
export async function timingByTopic(
  db: Db,
  from: string,
  to: string,
  calendar: { start: string; ordinals: number[] },
) {
  const ord = (column: string) =>
    sql.raw(`k.ords[(${column} at time zone 'Asia/Tokyo')::date - k.start + 1]`);
  const rows = await db.execute(sql`
    with k as (
      select string_to_array(${calendar.ordinals.join(',')}, ',')::int[] as ords, ${calendar.start}::date as start
    ),
    spans as (
      select c.topic, ${ord('c.first_answered_at')} - ${ord('c.received_at')} as first_days,
             ${ord('c.closed_at')} - ${ord('c.received_at')} as close_days,
             t.first_answer_days as first_target, t.close_days as close_target
      from ${consultations} c cross join k
      join ${deskTopics} t on t.code = c.topic
      where c.received_at >= (${from}::date)::timestamp at time zone 'Asia/Tokyo'
        and c.received_at < (${to}::date + 1)::timestamp at time zone 'Asia/Tokyo'
    )
    select case when grouping(topic) = 1 then null else topic end as topic,
           count(*)::int as received,
           count(first_days)::int as answered,
           (percentile_cont(0.5) within group (order by first_days))::float8 as first_median,
           avg(first_days)::float8 as first_mean,
           (count(*) filter (where first_days <= first_target))::int as first_on_target,
           count(close_days)::int as closed,
           (percentile_cont(0.5) within group (order by close_days))::float8 as close_median,
           avg(close_days)::float8 as close_mean,
           (count(*) filter (where close_days <= close_target))::int as close_on_target
    from spans group by rollup(topic)`);
  return resultRows<TimingRow>(rows);
}

/** Open cases past a target today, per topic: no first answer after its day, or not closed after its day. */
export async function overdueByTopic(db: Db, today: string) {
  const rows = await db.execute(sql`
    select ${consultations.topic} as topic,
           (count(*) filter (where ${consultations.firstAnsweredAt} is null
                              and ${consultations.firstAnswerDue} < ${today}::date))::int as first_answer,
           (count(*) filter (where ${consultations.closeDue} < ${today}::date))::int as close,
           count(*)::int as open
    from ${consultations} where ${consultations.status} in ('new', 'triaged')
    group by 1 order by 1`);
  return resultRows<{ topic: string; first_answer: number; close: number; open: number }>(rows);
}

/** Referrals sent in the period per partner, by state. */
export async function referralsByPartner(db: Db, from: string, to: string) {
  const r = consultationReferrals;
  const rows = await db.execute(sql`
    select o.id, o.key, o.name,
           count(*)::int as referred,
           (count(*) filter (where ${r.state} = 'accepted'))::int as accepted,
           (count(*) filter (where ${r.state} = 'returned'))::int as returned
    from ${r} join ${organizations} o on o.id = ${r.organizationId}
    where ${r.referredAt} >= (${from}::date)::timestamp at time zone 'Asia/Tokyo'
      and ${r.referredAt} < (${to}::date + 1)::timestamp at time zone 'Asia/Tokyo'
    group by o.id, o.key, o.name order by referred desc, o.key`);
  return resultRows<{
    id: string;
    key: string;
    name: { ja?: string; en?: string };
    referred: number;
    accepted: number;
    returned: number;
  }>(rows);
}

/**
 * The satisfaction question of the cases closed in [from, to]: how many rounds asked it, and each submitted
 * choice with its count (`choice` null: asked, not answered). A read of the surveys' responses table, since the
 * question is an ordinary survey (desk/aftercare.service.ts).
 */
export async function satisfactionChoices(db: Db, from: string, to: string) {
  const a = consultationAftercare;
  const r = surveyResponses;
  const rows = await db.execute(sql`
    select ${r.answers} ->> 'satisfaction' as choice, count(*)::int as n
    from ${a} left join ${r} on ${r.invitationId} = ${a.invitationId} and ${r.submittedAt} is not null
    where ${a.invitationId} is not null
      and ${a.closedAt} >= (${from}::date)::timestamp at time zone 'Asia/Tokyo'
      and ${a.closedAt} < (${to}::date + 1)::timestamp at time zone 'Asia/Tokyo'
    group by 1`);
  return resultRows<{ choice: string | null; n: number }>(rows);
}
