/**
 * One-stop desk benchmark (issue 16): 200,000 consultations over ten years (a third of them referred to one
 * or two of 30 partners), then the coordinator's dashboard figures (the last twelve months, and the whole ten
 * years) and a full-text search in Japanese and English (with glossary hops), as the desk's pages ask for them.
 *   TEST_DATABASE_URL=postgres://… npm run bench:desk [-- --cases 200000 --runs 40 --engines postgres,pglite --reuse]
 * Goal: p95 < 100 ms each on PostgreSQL.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { addWorkingDays, deskTopicCodes, japanDay } from '../../src/core/desk/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { indexTerms } from '../../src/core/text/index.ts';
import { type Database, openDatabase, resultRows } from '../../src/server/db/client.ts';
import {
  consultationReferrals,
  consultations,
  organizations,
  users,
} from '../../src/server/db/schema/index.ts';
import { loadConfig } from '../../src/server/env.ts';
import type { AuthUser } from '../../src/server/lib/http.ts';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { deskFigures, searchConsultations } from '../../src/server/modules/desk/index.ts';
import { availableEngines, freshDatabase, percentile, postgresUrl } from '../lib.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '40' },
    engines: { type: 'string', default: 'postgres' },
    // Time again on the database a previous run loaded (PostgreSQL), skipping the load of several minutes.
    reuse: { type: 'boolean', default: false },
  },
});
const caseCount = Number(values.cases);
const runs = Number(values.runs);
const engines = availableEngines(values.engines);
const now = new Date('2026-12-04T06:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const reference = loadReferenceData();
const config = loadConfig({ DEMO_DATA: 'false' });

// What consultations at a fusion cluster's desk are about, in both languages; each message takes two or three.
const phrases = [
  '超伝導コイルの冷却について相談したい',
  'vacuum brazing of tungsten divertor tiles',
  'ものづくり補助金の申請書の書き方',
  'patent licensing for a cryogenic pump',
  '工場用地の取得と造成のスケジュール',
  'export control classification of remote handling equipment',
  '溶接技術者の採用と育成',
  'supplier qualification for ITER components',
  'ブランケット材料の照射試験',
  'high heat flux testing of plasma facing components',
  '特許出願の前に先行技術を調べたい',
  'bank loan for a new machining centre',
  '高圧ガス保安法の許可手続き',
  'superconducting magnet quench protection',
  'トリチウム取扱施設の安全審査',
  'joint research with a national institute',
  '真空容器の製作と検査',
  'non destructive inspection of welds',
  '海外の取引先との契約',
  'grant for energy saving equipment',
  'リチウム資源の調達',
  'laser welding of stainless steel',
  '人材紹介と技能実習',
  'zoning and environmental assessment for a plant',
];
const searches = [
  '超伝導',
  'superconducting',
  'vacuum brazing',
  '補助金',
  'patent',
  'トリチウム',
  'welding',
  'ITER',
];

async function load(database: Database) {
  const { db } = database;
  const random = createRandom(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const orgs = await db
    .insert(organizations)
    .values(
      Array.from({ length: 530 }, (_, i) => ({
        key: `bench-org-${i}`,
        name: { en: `Org ${i}` },
        sortName: `org ${i}`,
        contentHash: `bench-${i}`,
        kind: i < 30 ? 'government' : 'company',
      })),
    )
    .returning({ id: organizations.id });
  const partners = orgs.slice(0, 30);
  const companies = orgs.slice(30);
  const [owner] = await db
    .insert(users)
    .values({ email: 'bench-desk@x', name: 'Coordinator', role: 'admin', passwordHash: 'x' })
    .returning({ id: users.id });
  let referralCount = 0;
  const batch = 2000;
  const start = now.getTime() - 3652 * DAY;
  for (let b = 0; b < caseCount; b += batch) {
    const rows: (typeof consultations.$inferInsert)[] = [];
    for (let i = b; i < Math.min(caseCount, b + batch); i++) {
      // Evenly over ten years, at office hours in Japan.
      const receivedAt = new Date(
        start + Math.floor((i / caseCount) * 3652) * DAY + (random() * 9 + 0) * 3600_000,
      );
      const received = japanDay(receivedAt);
      // Cases of the last half year may still wait for an answer or a close; older ones are done.
      const recent = now.getTime() - receivedAt.getTime() < 182 * DAY;
      const answered =
        !recent || random() < 0.93 ? new Date(receivedAt.getTime() + Math.floor(random() * 9) * DAY) : null;
      const closed =
        answered && (!recent || random() < 0.88)
          ? new Date(answered.getTime() + Math.floor(random() * 50) * DAY)
          : null;
      const message = [pick(phrases), pick(phrases), random() < 0.5 ? pick(phrases) : ''].join('。 ');
      const companyName = `Company ${i % 5000}`;
      const live = (d: Date | null) => (d && d <= now ? d : null);
      rows.push({
        channel: pick(['web', 'app', 'phone', 'visit', 'email'] as const),
        organizationId: random() < 0.6 ? pick(companies).id : null,
        companyName,
        contactName: `Contact ${i}`,
        email: `contact-${i}@bench.example`,
        topic: pick(deskTopicCodes),
        message,
        language: random() < 0.7 ? 'ja' : 'en',
        status: live(closed) ? 'closed' : 'triaged',
        priority: 'normal',
        ownerId: owner!.id,
        receivedAt,
        firstAnswerDue: addWorkingDays(received, 2),
        closeDue: addWorkingDays(received, 20),
        firstAnsweredAt: live(answered),
        closedAt: live(closed),
        searchTerms: indexTerms([companyName, message]),
      });
    }
    const ids = await db.insert(consultations).values(rows).returning({
      id: consultations.id,
      receivedAt: consultations.receivedAt,
    });
    const referrals: (typeof consultationReferrals.$inferInsert)[] = [];
    for (const c of ids) {
      if (random() >= 0.33) continue;
      const n = random() < 0.8 ? 1 : 2;
      const first = Math.floor(random() * partners.length);
      for (let k = 0; k < n; k++) {
        const referredAt = new Date(c.receivedAt.getTime() + DAY);
        const roll = random();
        const state = referredAt > now || roll < 0.1 ? 'referred' : roll < 0.8 ? 'accepted' : 'returned';
        referrals.push({
          consultationId: c.id,
          organizationId: partners[(first + k) % partners.length]!.id,
          state,
          reason: state === 'returned' ? 'Not ours' : null,
          referredAt,
          respondedAt: state === 'referred' ? null : new Date(referredAt.getTime() + DAY),
        });
      }
    }
    referralCount += referrals.length;
    if (referrals.length) await db.insert(consultationReferrals).values(referrals);
  }
  // A live database has its statistics and visibility map (autovacuum, after a bulk load).
  await db.execute(sql`vacuum analyze`);
  return { referralCount, partnerId: partners[0]!.id };
}

/** What an earlier run loaded. */
async function loaded(database: Database) {
  const rows = resultRows<{ n: number; partner: string }>(
    await database.db.execute(sql`select count(*)::int as n,
      (select organization_id from consultation_referrals group by 1 order by count(*) desc limit 1) as partner
      from consultation_referrals`),
  );
  return { referralCount: rows[0]!.n, partnerId: rows[0]!.partner };
}

const admin: AuthUser = {
  id: 'bench',
  email: 'b@x',
  name: 'b',
  role: 'admin',
  organizationId: null,
  csrfToken: '',
};

async function time<T>(label: string, run: (i: number) => Promise<T>, describe: (last: T) => string) {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    last = await run(i);
    if (i >= 3) times.push(performance.now() - t0); // three warm-up runs
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms ` +
      `over ${runs} runs (${describe(last as T)})`,
  );
}

for (const engine of engines) {
  const reuse = values.reuse && engine === 'postgres' && postgresUrl;
  const database = reuse
    ? await openDatabase({
        databaseUrl: Object.assign(new URL(postgresUrl as string), { pathname: '/bench_desk' }).toString(),
      })
    : await freshDatabase(engine, 'bench_desk');
  if (!reuse) await database.migrate();
  const t0 = performance.now();
  const { referralCount, partnerId } = reuse ? await loaded(database) : await load(database);
  console.log(
    `${engine}: ${caseCount} consultations over ten years, ${referralCount} referrals ` +
      `(loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const ctx = { db: database.db, now: () => now, config, reference };
  await time(
    'dashboard figures, last 12 months',
    () => deskFigures(ctx, {}),
    (f) =>
      `${f.timing[0]?.received} received, first answer on target ${f.timing[0]?.firstAnswer.onTargetShare}, ` +
      `${f.overdue.firstAnswer + f.overdue.close} overdue, ${f.referrals.length} partners`,
  );
  await time(
    'dashboard figures, ten years',
    () => deskFigures(ctx, { from: japanDay(new Date(now.getTime() - 3652 * DAY)) }),
    (f) => `${f.timing[0]?.received} received, ${f.byMonth.length} topic-months`,
  );
  await time(
    'full-text search, coordinator',
    (i) => searchConsultations(ctx, admin, { q: searches[i % searches.length]!, limit: 50, offset: 0 }),
    (r) => `last "${searches[(runs + 2) % searches.length]}": ${r.total} hits`,
  );
  const agency: AuthUser = { ...admin, role: 'agency', organizationId: partnerId };
  await time(
    'full-text search, a partner (its referred cases)',
    (i) => searchConsultations(ctx, agency, { q: searches[i % searches.length]!, limit: 50, offset: 0 }),
    (r) => `${r.total} hits`,
  );
  await database.close();
}
