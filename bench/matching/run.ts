// Matching benchmark: quality on the labelled sets (data/eval: matching.json, dev.json, dev2.json and
// dev3.json tuned on, heldout.json held out) and speed on generated corpora, for our engine, MiniSearch and
// Orama in the same run.
//   npm run bench:matching [-- --sizes 10000,100000 --queries 200 --repeat 1 --skip-speed
//     --sets matching,dev,dev2,dev3]

import { parseArgs } from 'node:util';
import type { MatchDoc } from '../../src/core/matching/index.ts';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { percentile } from '../lib.ts';
import { type Engine, glossaryExpander, miniSearchEngine, oramaEngine, ourEngine } from './engines.ts';
import { type EvalSetName, loadEvalSet } from './eval-set.ts';
import { generateCapabilities, speedQueries } from './generate.ts';
import { ndcgAt, recallAt, reciprocalRank } from './metrics.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '200' },
    // Runs of each query, its time the fastest: on a machine shared with other work a neighbour's burst
    // lands on a few runs, never on all, so the minimum is the query's own cost (before/after comparisons).
    repeat: { type: 'string', default: '1' },
    'skip-speed': { type: 'boolean', default: false },
    // Speed of our engine alone: a before/after comparison on a busy machine without the peers' minutes.
    'engine-only': { type: 'boolean', default: false },
    'skip-quality': { type: 'boolean', default: false },
    // Without data/synonyms.json, to measure what it adds.
    'no-synonyms': { type: 'boolean', default: false },
    // Without the codes a need's words name, to measure what they add.
    'no-topics': { type: 'boolean', default: false },
    // Which labelled sets to score: `--sets matching,dev` while tuning, so the held-out set is read only on purpose.
    sets: { type: 'string', default: 'matching,dev,dev2,dev3,heldout' },
  },
});

const ref = loadReferenceData();
const entries = ref.glossaryEntries;
// Synonyms (data/synonyms.json) go to every engine: the peers get their spellings by expansion.
const synonyms = args['no-synonyms'] ? [] : ref.synonymEntries;
const expand = glossaryExpander(entries, synonyms);
// The taxonomy's labels and scope notes: the codes a need's words name (core/matching/topics.ts).
const codeNotes = args['no-topics'] ? [] : [...ref.technologies.values()];
const engines = (): Engine[] => [
  ourEngine(entries, 'full', synonyms, codeNotes),
  ourEngine(entries, 'text', synonyms),
  miniSearchEngine(expand),
  oramaEngine(expand),
];
const fmt = (x: number, d = 3) => x.toFixed(d);

type Row = {
  key: string;
  lang: string;
  kinds: string[];
  ndcg: number;
  mrr: number;
  recall: number;
  first: number;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

/** nDCG@10, MRR, recall@50 and the share of needs whose first result is relevant, over some rows. */
function summary(rows: Row[]) {
  return [
    fmt(mean(rows.map((r) => r.ndcg))),
    fmt(mean(rows.map((r) => r.mrr))),
    fmt(mean(rows.map((r) => r.recall))),
    fmt(mean(rows.map((r) => r.first))),
  ].join(' | ');
}

async function quality(name: EvalSetName) {
  const { docs, cases, hardNegatives } = loadEvalSet(ref, name);
  const ja = cases.filter((c) => c.language === 'ja').length;
  const role = name === 'heldout' ? 'held out, never tuned on' : 'tuned on';
  console.log(
    `\n## Quality on ${name}.json (${role}): ${cases.length} needs (${ja} ja, ${cases.length - ja} en), ${docs.length} records (${hardNegatives.size} hard negatives)`,
  );
  console.log('| engine | lang | nDCG@10 | MRR | recall@50 | first relevant |');
  console.log('|---|---|---|---|---|---|');
  const byEngine = new Map<string, Row[]>();
  const negativesSeen = new Map<string, string[]>();
  for (const engine of engines()) {
    await engine.build(docs);
    const rows: Row[] = [];
    for (const c of cases) {
      const ranked = await engine.search(
        { query: c.query, text: c.text, excludeOrganizationId: c.organizationId },
        50,
      );
      rows.push({
        key: c.key,
        lang: c.language,
        kinds: c.kinds,
        ndcg: ndcgAt(ranked, c.grades, 10),
        mrr: reciprocalRank(ranked, c.grades),
        recall: recallAt(ranked, c.grades, 50),
        first: (c.grades.get(ranked[0] ?? '') ?? 0) > 0 ? 1 : 0,
      });
      const top5 = ranked.slice(0, 5).filter((id) => hardNegatives.has(id));
      if (top5.length > 0) {
        const seen = negativesSeen.get(engine.name) ?? [];
        seen.push(...top5.map((id) => `${id.slice(4)}@${c.key}`));
        negativesSeen.set(engine.name, seen);
      }
    }
    byEngine.set(engine.name, rows);
    for (const lang of ['all', 'ja', 'en']) {
      const some = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
      console.log(`| ${engine.name} | ${lang} | ${summary(some)} |`);
    }
  }
  const ours = byEngine.get('engine (all signals)')!;
  const kinds = [...new Set(ours.flatMap((r) => (r.kinds.length > 0 ? r.kinds : ['technical'])))];
  if (kinds.length > 1) {
    console.log('\n| engine nDCG@10 by kind of need | needs | nDCG@10 |\n|---|---|---|');
    for (const kind of kinds.sort()) {
      const some = ours.filter((r) => (r.kinds.length > 0 ? r.kinds : ['technical']).includes(kind));
      console.log(`| ${kind} | ${some.length} | ${fmt(mean(some.map((r) => r.ndcg)))} |`);
    }
  }
  if (hardNegatives.size > 0) {
    console.log('\nHard negatives in any top 5 (negative@need):');
    for (const engine of byEngine.keys()) {
      const seen = negativesSeen.get(engine) ?? [];
      // The held-out set shows its count only: which need drew which negative is per-need evidence to tune on.
      const which = name === 'heldout' || seen.length === 0 ? '' : ` (${seen.join(', ')})`;
      console.log(`- ${engine}: ${seen.length}${which}`);
    }
  }
}

function heapMb() {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function speed(size: number, queryCount: number) {
  const corpus: MatchDoc[] = generateCapabilities(size, ref);
  const queries = speedQueries(queryCount, ref);
  const repeat = Math.max(1, Number(args.repeat));
  const runs = repeat > 1 ? ` (each the fastest of ${repeat} runs)` : '';
  console.log(
    `\n## Speed: ${size.toLocaleString('en')} capability texts, ${queryCount} top-10 queries${runs}`,
  );
  // CPU time beside wall time: on a machine shared with other work, wall time counts the waits for a core
  // too, while the process's own CPU time (its threads, the collector's included) does not.
  console.log('| engine | build | index memory | query p50 | query p95 | CPU p50 | CPU p95 |');
  console.log('|---|---|---|---|---|---|---|');
  const measured = engines().filter(
    (e) => e.name !== 'engine (text only)' && (!args['engine-only'] || e.name.startsWith('engine')),
  );
  for (const engine of measured) {
    const before = heapMb();
    const t0 = performance.now();
    await engine.build(corpus);
    const buildMs = performance.now() - t0;
    const memory = heapMb() - before;
    for (const q of queries.slice(0, 10)) await engine.search(q, 10); // warm-up
    const times: number[] = [];
    const cpu: number[] = [];
    for (const q of queries) {
      let wall = Number.POSITIVE_INFINITY;
      let own = Number.POSITIVE_INFINITY;
      for (let run = 0; run < repeat; run++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        await engine.search(q, 10);
        const used = process.cpuUsage(cpuStart);
        wall = Math.min(wall, performance.now() - start);
        own = Math.min(own, (used.user + used.system) / 1000);
      }
      times.push(wall);
      cpu.push(own);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `| ${engine.name} | ${fmt(buildMs / 1000, 1)} s | ${fmt(memory, 0)} MB | ${fmt(percentile(times, 50), 2)} ms | ${fmt(percentile(times, 95), 2)} ms | ${fmt(percentile(cpu, 50), 2)} ms | ${fmt(percentile(cpu, 95), 2)} ms |`,
    );
    await engine.build([]); // let the index go before the next engine is measured
  }
}

if (!(globalThis as { gc?: () => void }).gc) {
  console.warn('(run with node --expose-gc for index memory figures: npm run bench:matching does)');
}
console.log(`# Matching benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
if (!args['skip-quality']) {
  for (const set of args.sets.split(',')) await quality(set as EvalSetName);
}
if (!args['skip-speed']) {
  for (const size of args.sizes.split(',').map(Number)) await speed(size, Number(args.queries));
}
