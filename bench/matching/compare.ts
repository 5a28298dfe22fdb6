// Speed of two versions of the matching engine in one process, query by query: on a machine shared with
// other work, two runs minutes apart measure the neighbours as much as the code (the same commit measured
// p95 13 ms one session and 29 ms the next), while two engines timed on the same query in turn meet the same
// load. Each version is a checkout (a git worktree of the commit); the corpus, the queries and the reference
// data come from this one. Also says whether both return the same top 10, so a speed change is shown to
// leave the ranking alone.
//   git worktree add /tmp/before <commit>   (and `ln -s "$PWD/node_modules" /tmp/before/`)
//   node --import tsx bench/matching/compare.ts /tmp/before . [--size 100000 --queries 200 --repeat 3]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { percentile } from '../lib.ts';
import type { Engine } from './engines.ts';
import { generateCapabilities, speedQueries } from './generate.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    // Runs of each query per version, alternating which goes first; its time is the fastest.
    repeat: { type: 'string', default: '3' },
  },
});
if (positionals.length !== 2)
  throw new Error('usage: compare.ts <checkout A> <checkout B> [--size --queries --repeat]');

const ref = loadReferenceData();
const versions = await Promise.all(
  positionals.map(async (dir) => {
    const module = (await import(path.resolve(dir, 'bench/matching/engines.ts'))) as {
      ourEngine: typeof import('./engines.ts').ourEngine;
    };
    const engine: Engine = module.ourEngine(ref.glossaryEntries, 'full', ref.synonymEntries, [
      ...ref.technologies.values(),
    ]);
    return { dir, engine, times: [] as number[] };
  }),
);

const corpus = generateCapabilities(Number(args.size), ref);
const queries = speedQueries(Number(args.queries), ref);
for (const v of versions) await v.engine.build(corpus);
for (const q of queries.slice(0, 10)) for (const v of versions) await v.engine.search(q, 10); // warm-up

let same = 0;
for (const q of queries) {
  const fastest = versions.map(() => Number.POSITIVE_INFINITY);
  const results: string[] = [];
  for (let run = 0; run < Number(args.repeat); run++) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const start = performance.now();
      const ranked = await versions[i]!.engine.search(q, 10);
      fastest[i] = Math.min(fastest[i]!, performance.now() - start);
      results[i] = ranked.join(' ');
    }
  }
  if (results[0] === results[1]) same++;
  for (const [i, v] of versions.entries()) v.times.push(fastest[i]!);
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(
  `## ${Number(args.size).toLocaleString('en')} texts, ${queries.length} top-10 queries, each the fastest of ${args.repeat} runs per version`,
);
console.log('| checkout | query p50 | query p95 | mean |');
console.log('|---|---|---|---|');
for (const v of versions) {
  const sorted = [...v.times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  console.log(`| ${v.dir} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(mean)} |`);
}
console.log(`\nSame top 10 from both: ${same} of ${queries.length} queries.`);
