// Light English normalisation: plural → singular only, so that "magnets" finds "magnet".
// A full stemmer (Porter) would also fold "superconducting" into "superconductor" but conflates
// unrelated technical words; the glossary covers derivations deliberately instead. Index and
// query run through the same function, so a wrong but consistent form still matches itself;
// what must not happen is two different words sharing a form, hence the guards below.

// Words ending in s that are not plurals (or whose plural rule below would be wrong).
const INVARIANT = new Set([
  'alias',
  'always',
  'atlas',
  'bias',
  'canvas',
  'chaos',
  'cosmos',
  'ethos',
  'kudos',
  'lens',
  'means',
  'news',
  'perhaps',
  'series',
  'species',
  'whereas',
]);

const IRREGULAR = new Map([
  ['analyses', 'analysis'],
  ['axes', 'axis'],
  ['biases', 'bias'],
  ['crises', 'crisis'],
  ['gases', 'gas'],
  ['hypotheses', 'hypothesis'],
  ['indices', 'index'],
  ['lenses', 'lens'],
  ['matrices', 'matrix'],
  ['vertices', 'vertex'],
]);

// -ss (process), -us (plus, status), -is (basis, analysis), -ics (physics, electronics,
// robotics: disciplines, not plurals of "physic").
const NOT_PLURAL = /(?:ss|us|is|ics)$/;
const ES_PLURAL = /(?:sses|xes|ches|shes)$/;
const PLAIN_WORD = /^[a-z]+$/;

export function singularize(word: string): string {
  // Three letters or fewer are mostly acronyms or function words (hts, gas, its, was).
  if (word.length <= 3 || !word.endsWith('s') || !PLAIN_WORD.test(word)) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (INVARIANT.has(word) || NOT_PLURAL.test(word)) return word;
  if (word.endsWith('ies')) return word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  if (ES_PLURAL.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

// Dropped from queries only (the index keeps them): "supplier of magnets" should not demand "of".
// Short on purpose; "it" is absent because IT is an application field.
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
