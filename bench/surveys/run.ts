/**
 * Survey analysis benchmark: 10,000 responses × 60 questions on PostgreSQL (and PGlite), timing the
 * per-question results and a cross-tab as the coordinator's page asks for them.
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/surveys/run.ts [--responses 10000] [--repeat 7] [--engines pglite,postgres]
 */
import { parseArgs } from 'node:util';
import type { Answers, Question } from '../../src/core/surveys/types.ts';
import type { Database } from '../../src/server/db/client.ts';
import { surveyInvitations, surveyResponses, surveys } from '../../src/server/db/schema/index.ts';
import { surveyCrossTab, surveyResults } from '../../src/server/modules/surveys/index.ts';
import { availableEngines, freshDatabase, percentile } from '../lib.ts';

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '7' },
    engines: { type: 'string', default: 'pglite,postgres' },
  },
});
const responses = Number(values.responses);
const repeat = Number(values.repeat);
const engines = availableEngines(values.engines);

// 60 questions in the proportions of a real questionnaire: mostly choices, some matrices, numbers and text.
const scale = ['4', '3', '2', '1', 'dk'].map((key, i) => ({
  key,
  label: { en: key },
  ...(i < 4 ? { score: 4 - i } : {}),
}));
const choices = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: { en: `choice ${i}` } }));
const questions: Question[] = Array.from({ length: 60 }, (_, i): Question => {
  const key = `q${i}`;
  const label = { en: `Question ${i}` };
  if (i % 6 === 1) return { key, label, type: 'multiple', choices: choices(8) };
  if (i % 6 === 2)
    return {
      key,
      label,
      type: 'matrix',
      choices: scale,
      items: Array.from({ length: 8 }, (_, k) => ({ key: `i${k}`, label: { en: `item ${k}` } })),
    };
  if (i % 12 === 3) return { key, label, type: 'number', min: 0, max: 10_000 };
  if (i % 12 === 9) return { key, label, type: 'text' };
  return { key, label, type: 'single', choices: choices(5) };
});

const words = [
  '安全規制',
  '人材',
  '電力',
  '用水',
  'supply chain',
  'tritium',
  '地元理解',
  'port access',
  '補助金',
  'HTS',
];
function answersFor(r: number): Answers {
  const a: Answers = {};
  for (const q of questions) {
    const x = (r * 2654435761 + Number(q.key.slice(1)) * 40503) >>> 0;
    if (q.type === 'single') a[q.key] = `c${x % 5}`;
    else if (q.type === 'multiple')
      a[q.key] = [`c${x % 8}`, `c${(x >> 3) % 8}`].filter((v, i, l) => l.indexOf(v) === i);
    else if (q.type === 'matrix')
      a[q.key] = Object.fromEntries(q.items.map((it, k) => [it.key, scale[(x >> k) % 5]?.key as string]));
    else if (q.type === 'number') a[q.key] = x % 10_000;
    else if (q.type === 'text') a[q.key] = `${words[x % 10]}と${words[(x >> 4) % 10]}について`;
  }
  return a;
}

async function load(database: Database) {
  await database.migrate();
  const { db } = database;
  const [survey] = await db
    .insert(surveys)
    .values({
      key: 'bench',
      title: { en: 'Bench' },
      definition: { questions },
      status: 'closed',
      anonymity: 'anonymous',
    })
    .returning();
  const id = survey?.id as string;
  for (let i = 0; i < responses; i += 1000) {
    const n = Math.min(1000, responses - i);
    const invitations = await db
      .insert(surveyInvitations)
      .values(
        Array.from({ length: n }, (_, k) => ({
          surveyId: id,
          invitee: `r${i + k}`,
          kind: k % 3 ? 'company' : 'startup',
        })),
      )
      .returning({ id: surveyInvitations.id });
    await db.insert(surveyResponses).values(
      invitations.map((inv, k) => ({
        surveyId: id,
        invitationId: inv.id,
        answers: answersFor(i + k),
        version: 1,
        submittedAt: new Date(),
      })),
    );
  }
  return id;
}

async function time(run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), max: ms.at(-1) as number };
}

console.log(
  `survey analysis: ${responses.toLocaleString('en')} responses × ${questions.length} questions, ${repeat} runs each`,
);
for (const engine of engines) {
  const database = await freshDatabase(engine, 'fch_bench_surveys');
  try {
    const loadStart = performance.now();
    const id = await load(database);
    console.log(`${engine.padEnd(9)} load ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    const figures = {
      'results (all 60 questions)': await time(() => surveyResults(database.db, id, 'answered')),
      'cross-tab single × matrix item': await time(() => surveyCrossTab(database.db, id, 'q0', 'q2:i3')),
      'cross-tab multiple × single': await time(() => surveyCrossTab(database.db, id, 'q1', 'q4')),
    };
    for (const [name, f] of Object.entries(figures))
      console.log(
        `${engine.padEnd(9)} ${name.padEnd(32)} p50 ${f.p50.toFixed(0).padStart(5)} ms   max ${f.max.toFixed(0).padStart(5)} ms   (goal < 500 ms)`,
      );
  } finally {
    await database.close();
  }
}
