// Per-need error analysis on a tuning set only (data/eval/matching.json, dev.json, dev2.json or dev3.json): the needs ranked worst
// by nDCG@10, each with its top 10 (grade in brackets) and where its relevant records missing from the top 10
// were ranked (@0: not in the first 50). The held-out set is refused: it is reported on, never analysed.
//   npx tsx bench/matching/misses.ts [count] [matching|dev|dev2|dev3]

import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { ourEngine } from './engines.ts';
import { type EvalSetName, loadEvalSet } from './eval-set.ts';
import { ndcgAt } from './metrics.ts';

const ref = loadReferenceData();
const set = (process.argv[3] ?? 'matching') as EvalSetName;
if (set === 'heldout')
  throw new Error('heldout.json is held out: report on it (run.ts), never analyse its misses');
const { docs, cases } = loadEvalSet(ref, set);
const engine = ourEngine(ref.glossaryEntries, 'full', ref.synonymEntries, [...ref.technologies.values()]);
await engine.build(docs);
const rows: Array<{ c: (typeof cases)[number]; ranked: string[]; ndcg: number }> = [];
for (const c of cases) {
  const ranked = await engine.search(
    { query: c.query, text: c.text, excludeOrganizationId: c.organizationId },
    50,
  );
  rows.push({ c, ranked, ndcg: ndcgAt(ranked, c.grades, 10) });
}
rows.sort((a, b) => a.ndcg - b.ndcg);
for (const { c, ranked, ndcg } of rows.slice(0, Number(process.argv[2] ?? 15))) {
  const kinds = c.kinds.length > 0 ? c.kinds.join(',') : 'technical';
  console.log(`\n### ${c.key} (${kinds}) nDCG@10 ${ndcg.toFixed(3)}`);
  console.log(`  ${c.text.slice(0, 200)}`);
  console.log(
    `  top 10: ${ranked
      .slice(0, 10)
      .map((id, i) => `${i + 1}.${id}[${c.grades.get(id) ?? 0}]`)
      .join(' ')}`,
  );
  const missed = [...c.grades].filter(([id]) => {
    const at = ranked.indexOf(id);
    return at < 0 || at >= 10;
  });
  console.log(`  missed: ${missed.map(([id, g]) => `${id}[${g}]@${ranked.indexOf(id) + 1}`).join(' ')}`);
}
