// Candidate Japanese ↔ English term pairs mined from the directory's bilingual descriptions (issue 19: grow
// the glossary with a reviewed list). Each organisation describes itself in both languages; a Japanese term
// and an English term that keep turning up in the same organisations' descriptions, and rarely apart, are
// likely one term. Prints candidates not yet bridged by data/glossary.json or data/synonyms.json, best
// first (data/demo/bundle.json and data/demo/tohoku.json); a person reviews them and adds the right ones to the glossary (data/glossary-mined.md says how).
//   npx tsx scripts/mine-term-pairs.ts [--min 2] [--dice 0.6]

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLexicon, termKind } from '../src/core/matching/lexicon.ts';
import { QUERY_STOP_WORDS } from '../src/core/text/index.ts';
import { dataRoot, loadReferenceData } from '../src/server/lib/reference-data.ts';

const { values: args } = parseArgs({
  options: { min: { type: 'string', default: '2' }, dice: { type: 'string', default: '0.6' } },
});
const minTogether = Number(args.min);
const minDice = Number(args.dice);

type Text = { ja?: string; en?: string };
type Organization = { key: string; description?: Text };
/** The directory's bundles: the demo set and the Tohoku organisations (the same format). */
const BUNDLES = ['bundle.json', 'tohoku.json'];
const organizations = BUNDLES.flatMap(
  (file) =>
    (
      JSON.parse(fs.readFileSync(path.join(dataRoot, 'demo', file), 'utf8')) as {
        organizations: Organization[];
      }
    ).organizations,
);
const ref = loadReferenceData();
const lexicon = createLexicon(ref.glossaryEntries, ref.synonymEntries);
/** A term is already bridged when it alone yields a glossary concept or a synonym vocabulary. */
const bridged = (term: string) =>
  [...lexicon.analyze([], [term]).counts.keys()].some((t) => ['concept', 'synonym'].includes(termKind(t)));

/** Japanese candidates: runs of kanji or of katakana, 2–10 characters (a compound noun, roughly). */
function japaneseTerms(text: string): Set<string> {
  const runs = text.normalize('NFKC').match(/[\p{Script=Han}々]{2,10}|[\p{Script=Katakana}ー]{3,12}/gu) ?? [];
  return new Set(runs);
}
/** English candidates: content words and two-word phrases of content words. */
function englishTerms(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z][a-z-]+/g) ?? []).map((w) =>
    QUERY_STOP_WORDS.has(w) || w.length < 3 ? '' : w,
  );
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (w === '') return;
    out.add(w);
    const next = words[i + 1];
    if (next) out.add(`${w} ${next}`);
  });
  return out;
}

const docs = organizations
  .filter((o) => o.description?.ja && o.description?.en)
  .map((o) => ({ ja: japaneseTerms(o.description!.ja!), en: englishTerms(o.description!.en!) }));
const dfJa = new Map<string, number>();
const dfEn = new Map<string, number>();
const together = new Map<string, number>();
for (const d of docs) {
  for (const j of d.ja) dfJa.set(j, (dfJa.get(j) ?? 0) + 1);
  for (const e of d.en) dfEn.set(e, (dfEn.get(e) ?? 0) + 1);
  for (const j of d.ja)
    for (const e of d.en) together.set(`${j}\t${e}`, (together.get(`${j}\t${e}`) ?? 0) + 1);
}
type Candidate = { ja: string; en: string; together: number; dice: number };
const candidates: Candidate[] = [];
for (const [pair, n] of together) {
  if (n < minTogether) continue;
  const [ja, en] = pair.split('\t') as [string, string];
  const dice = (2 * n) / (dfJa.get(ja)! + dfEn.get(en)!);
  if (dice >= minDice) candidates.push({ ja, en, together: n, dice });
}
// Per Japanese term its best English partner only, and nothing the lexicon already bridges.
const best = new Map<string, Candidate>();
for (const c of candidates.sort((a, b) => b.dice - a.dice || b.together - a.together)) {
  if (!best.has(c.ja)) best.set(c.ja, c);
}
const shown = [...best.values()].filter((c) => !bridged(c.ja) || !bridged(c.en));
console.log(
  `# ${shown.length} candidates from ${docs.length} bilingual descriptions (together ≥ ${minTogether}, Dice ≥ ${minDice})`,
);
console.log('| ja | en | together | Dice |\n|---|---|---|---|');
for (const c of shown) console.log(`| ${c.ja} | ${c.en} | ${c.together} | ${c.dice.toFixed(2)} |`);
