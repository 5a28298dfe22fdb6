// Matching benchmark: quality on the labelled set (data/eval) and speed on generated corpora, for our
// engine, MiniSearch and Orama in the same run.
//   npm run bench:matching [-- --sizes 10000,100000 --queries 200 --skip-speed]

import { parseArgs } from 'node:util';
import type { MatchDoc } from '../../src/core/matching/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { percentile } from '../lib.ts';
import {
  type Engine,
  glossaryExpander,
  miniSearchEngine,
  oramaEngine,
  ourEngine,
  type Query,
} from './engines.ts';
import { loadEvalSet } from './eval-set.ts';
import { generateCapabilities } from './generate.ts';
import { ndcgAt, recallAt, reciprocalRank } from './metrics.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '200' },
    'skip-speed': { type: 'boolean', default: false },
  },
});

const ref = loadReferenceData();
const entries = ref.glossaryEntries;
const expand = glossaryExpander(entries);
const engines = (): Engine[] => [
  ourEngine(entries, 'full'),
  ourEngine(entries, 'text'),
  miniSearchEngine(expand),
  oramaEngine(expand),
];
const fmt = (x: number, d = 3) => x.toFixed(d);

async function quality() {
  const { docs, cases } = loadEvalSet(ref);
  const ja = cases.filter((c) => c.language === 'ja').length;
  console.log(
    `\n## Quality: ${cases.length} needs (${ja} ja, ${cases.length - ja} en), ${docs.length} records`,
  );
  console.log('| engine | nDCG@10 | MRR | recall@50 | nDCG@10 ja | nDCG@10 en |');
  console.log('|---|---|---|---|---|---|');
  for (const engine of engines()) {
    await engine.build(docs);
    const rows: Array<{ lang: string; ndcg: number; mrr: number; recall: number }> = [];
    for (const c of cases) {
      const ranked = await engine.search(
        { query: c.query, text: c.text, excludeOrganizationId: c.organizationId },
        50,
      );
      rows.push({
        lang: c.language,
        ndcg: ndcgAt(ranked, c.grades, 10),
        mrr: reciprocalRank(ranked, c.grades),
        recall: recallAt(ranked, c.grades, 50),
      });
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
    const by = (lang: string) => mean(rows.filter((r) => r.lang === lang).map((r) => r.ndcg));
    console.log(
      `| ${engine.name} | ${fmt(mean(rows.map((r) => r.ndcg)))} | ${fmt(mean(rows.map((r) => r.mrr)))} | ${fmt(mean(rows.map((r) => r.recall)))} | ${fmt(by('ja'))} | ${fmt(by('en'))} |`,
    );
  }
}

function heapMb() {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function speed(size: number, queryCount: number) {
  const corpus: MatchDoc[] = generateCapabilities(size, ref);
  const { cases } = loadEvalSet(ref);
  const rnd = createRandom(7);
  const queries: Query[] = Array.from({ length: queryCount }, () => {
    const c = cases[Math.floor(rnd() * cases.length)]!;
    return { query: c.query, text: c.text, excludeOrganizationId: c.organizationId };
  });
  console.log(`\n## Speed: ${size.toLocaleString('en')} capability texts, ${queryCount} top-10 queries`);
  console.log('| engine | build | index memory | query p50 | query p95 |');
  console.log('|---|---|---|---|---|');
  for (const engine of engines().filter((e) => e.name !== 'engine (text only)')) {
    const before = heapMb();
    const t0 = performance.now();
    await engine.build(corpus);
    const buildMs = performance.now() - t0;
    const memory = heapMb() - before;
    for (const q of queries.slice(0, 10)) await engine.search(q, 10); // warm-up
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      await engine.search(q, 10);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${engine.name} | ${fmt(buildMs / 1000, 1)} s | ${fmt(memory, 0)} MB | ${fmt(percentile(times, 50), 2)} ms | ${fmt(percentile(times, 95), 2)} ms |`,
    );
    await engine.build([]); // let the index go before the next engine is measured
  }
}

if (!(globalThis as { gc?: () => void }).gc) {
  console.warn('(run with node --expose-gc for index memory figures: npm run bench:matching does)');
}
console.log(`# Matching benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
await quality();
if (!args['skip-speed']) {
  for (const size of args.sizes.split(',').map(Number)) await speed(size, Number(args.queries));
}
