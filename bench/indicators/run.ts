/**
 * Cluster indicators benchmark: every indicator of 4 clusters over 60 months, as the dashboard computes them.
 *   TEST_DATABASE_URL=postgres://… npm run bench:indicators -- [--orgs 100000] [--records 1000000] [--runs 5]
 *     [--jit off|on]  (off: the database's jit setting is turned off, as recommended for the dashboard)
 * Data (generated in SQL): organisations in 1–2 of 4 clusters over Japan's prefectures, with their history from
 * the trigger; activity records spread over five years: needs and seeds (30 % each), consultations with first
 * answers (20 %), introductions with their first event (10 % each way). Goals (issue 18): the whole dashboard of a
 * cluster under 1 s cold and under 100 ms warm on PostgreSQL.
 * Cold: the first computation of a cluster's dashboard at an as-of moment. Warm: the same again, answered from
 * the figures cache (a past as-of moment's figures never change, so they are kept).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { addMonths, japanMonth } from '../../src/core/cluster/index.ts';
import type { Database } from '../../src/server/db/client.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { loadReferenceData, syncReferenceData } from '../../src/server/lib/reference-data.ts';
import { getClusterDashboard } from '../../src/server/modules/cluster/index.ts';
import { availableEngines, freshDatabase, percentile, postgresUrl } from '../lib.ts';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '100000' },
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    engines: { type: 'string', default: 'postgres' },
    jit: { type: 'string', default: 'off' },
  },
});
const jit = values.jit;
const orgCount = Number(values.orgs);
const recordCount = Number(values.records);
const runs = Number(values.runs);
const reference = loadReferenceData();
// The platform's clusters, and synthetic ones up to four (the other Tohoku clusters' files may not be here yet).
const base = [...reference.clusters];
while (reference.clusters.length < 4) {
  const copy = base[reference.clusters.length % base.length]!;
  reference.clusters.push({ ...copy, key: `bench-${reference.clusters.length}`, plan: copy.plan });
}
const clusterKeys = reference.clusters.slice(0, 4).map((c) => c.key);
// Ten minutes ago: a settled moment, whose figures the dashboard keeps once computed.
const asOf = new Date(Date.now() - 10 * 60_000);
const from = addMonths(japanMonth(asOf), -59);

async function load(database: Database) {
  const { db } = database;
  await syncReferenceData(db, { ...reference, clusters: base });
  for (const [i, key] of clusterKeys.entries())
    await db.execute(
      sql`insert into clusters (key, name, sort) values (${key}, '{"en":"bench"}', ${i}) on conflict do nothing`,
    );
  const keys = sql.raw(`array[${clusterKeys.map((k) => `'${k}'`).join(',')}]`);
  const codes = reference.clusters.flatMap((c) => c.technologies.map((t) => t.code));
  const prefectures = [
    '青森県',
    '岩手県',
    '宮城県',
    '秋田県',
    '山形県',
    '福島県',
    '東京都',
    '愛知県',
    '大阪府',
    '北海道',
  ];
  const start = Date.now();
  await db.execute(sql`insert into organizations (key, name, kind, roles, clusters, technologies, country, prefecture,
      content_hash, sort_name, created_at)
    select 'o' || g, jsonb_build_object('en', 'Org ' || g), 'company', array['component-supplier'],
      case when g % 5 = 0 then array[(${keys})[1 + g % 4], (${keys})[1 + (g + 1) % 4]] else array[(${keys})[1 + g % 4]] end,
      array[(${sql.raw(
        `array[${codes
          .slice(0, 400)
          .map((c) => `'${c}'`)
          .join(',')}]`,
      )})[1 + g % ${Math.min(400, codes.length)}]],
      'JP', (${sql.raw(`array[${prefectures.map((p) => `'${p}'`).join(',')}]`)})[1 + g % 10], 'h' || g, 'org ' || g,
      now() - interval '6 years'
    from generate_series(1, ${orgCount}) g`);
  // The history as if each organisation had been recorded six years ago.
  await db.execute(sql`update organization_history set valid_from = now() - interval '6 years'`);
  const posts = Math.floor(recordCount * 0.3);
  for (const table of ['needs', 'seeds'])
    await db.execute(sql`insert into ${sql.raw(table)} (key, organization_id, category, title, visibility, expires_at, created_at)
      select ${`${table}-`} || g, o.id, 'technology', '{"en":"post"}', 'public', now() + interval '1 year',
        now() - (g % 1800) * interval '1 day'
      from generate_series(1, ${posts}) g join organizations o on o.key = 'o' || (1 + g % ${orgCount})`);
  await db.execute(sql`insert into consultations (channel, organization_id, company_name, contact_name, phone, topic,
      message, language, received_at, first_answered_at)
    select 'phone', o.id, 'c', 'c', '0', 'technology', 'm', 'ja', now() - (g % 1800) * interval '1 day',
      now() - (g % 1800) * interval '1 day' + (g % 7) * interval '1 day'
    from generate_series(1, ${Math.floor(recordCount * 0.2)}) g join organizations o on o.key = 'o' || (1 + g % ${orgCount})`);
  await db.execute(sql`insert into introductions (from_organization_id, to_organization_id, from_kind, from_post_id,
      to_type, to_id, message, expires_at, created_at, state)
    select a.id, b.id, 'need', gen_random_uuid(), 'organization', b.id, 'm', now() + interval '1 year',
      now() - (g % 1800) * interval '1 day', 'requested'
    from generate_series(1, ${Math.floor(recordCount * 0.1)}) g
      join organizations a on a.key = 'o' || (1 + g % ${orgCount})
      join organizations b on b.key = 'o' || (1 + (g * 7) % ${orgCount})`);
  await db.execute(sql`insert into introduction_events (introduction_id, to_state, at)
    select id, 'requested', created_at from introductions`);
  await loadWorkforce(db);
  await db.execute(sql`analyze`);
  console.log(
    `loaded ${orgCount} organisations and ${recordCount} activity records in ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );
}

/**
 * The workforce gap's inputs (3 % of the records): hiring plans and job openings in the clusters' skills over the
 * five years, a third of the plans revised and a third of the openings closed since, so the gap, rebuilt from
 * every version at each month's end, reads a real history (row_versions, written by its trigger).
 */
async function loadWorkforce(db: Database['db']) {
  const skills = [...new Set(reference.clusters.slice(0, 4).flatMap((c) => c.skills.map((k) => k.code)))];
  const list = sql.raw(`array[${skills.map((k) => `'${k}'`).join(',')}]`);
  const rows = Math.floor(recordCount * 0.015);
  const pick = sql`(${list})[1 + g % ${skills.length}], 2 + g % 6`;
  await db.execute(sql`insert into tenant_hiring_plans (organization_id, skill_code, level, year, headcount, created_at)
    select o.id, ${pick}, extract(year from now())::int - 4 + g % 8, 1 + g % 5, now() - (g % 1800) * interval '1 day'
    from generate_series(1, ${rows}) g join organizations o on o.key = 'o' || (1 + g % ${orgCount})`);
  await db.execute(sql`insert into job_openings (organization_id, title, skills, level, prefecture, start_on, created_at)
    select o.id, '{"en":"opening"}', array[(${list})[1 + g % ${skills.length}]], 2 + g % 6, '青森県',
      (now() - (g % 1800) * interval '1 day' + interval '90 days')::date, now() - (g % 1800) * interval '1 day'
    from generate_series(1, ${rows}) g join organizations o on o.key = 'o' || (1 + g % ${orgCount})`);
  await db.execute(sql`update tenant_hiring_plans set headcount = headcount + 1 where headcount % 3 = 0`);
  await db.execute(sql`update job_openings set status = 'closed' where level % 3 = 0`);
}

for (const engine of availableEngines(values.engines)) {
  let database = await freshDatabase(engine, 'bench_indicators');
  await database.migrate();
  await load(database);
  if (engine === 'postgres' && jit === 'off') {
    // PostgreSQL's JIT compiles these large-estimate counts for longer than they run (0.6 s of a 1.5 s query
    // measured here); the setting applies to new connections, so reconnect.
    await database.db.execute(sql`alter database bench_indicators set jit = off`);
    await database.close();
    const url = new URL(postgresUrl!);
    url.pathname = '/bench_indicators';
    database = await openDatabase({ databaseUrl: url.toString() });
  }
  console.log(`${engine}: jit ${engine === 'postgres' ? jit : 'n/a'}`);
  const ctx = { db: database.db, now: asOf, reference, user: null };
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A new as-of moment each run: nothing cached for it yet.
    const at = new Date(asOf.getTime() - run * 60_000).toISOString();
    for (const key of clusterKeys) {
      let t0 = performance.now();
      const first = await getClusterDashboard(ctx, key, { asOf: at, from });
      cold.push(performance.now() - t0);
      t0 = performance.now();
      const again = await getClusterDashboard(ctx, key, { asOf: at, from });
      warm.push(performance.now() - t0);
      if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error('warm answer differs from cold');
      if (run === 0) {
        const members = first.indicators.find((i) => i.key === 'members')!;
        console.log(
          `${key}: ${first.months.length} months, members now ${members.value}, ` +
            `needs last 12 months ${first.indicators.find((i) => i.key === 'needs-posted')!.value}, ` +
            `workforce gap now ${first.indicators.find((i) => i.key === 'workforce-gap')!.value}`,
        );
      }
    }
  }
  cold.sort((a, b) => a - b);
  warm.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `${engine}: one cluster's dashboard (${clusterKeys.length} clusters × ${runs} runs), 60 months, all indicators`,
  );
  console.log(`  cold p50 ${ms(percentile(cold, 50))}, p95 ${ms(percentile(cold, 95))} (goal < 1000 ms)`);
  console.log(`  warm p50 ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))} (goal < 100 ms)`);
  await database.close();
}
