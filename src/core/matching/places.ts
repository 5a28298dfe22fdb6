// Place names in a need's text (issue 19): "a workshop near Rokkasho", 「八戸で技術者を採用したい」. A place
// says where the partner should be, not what it should do: matched as text, it ranks every organisation
// named after the place (the village office, the city, the prefecture) above the one that offers what is
// asked. The engine lowers such words' weight (engine.ts, PLACE_WEIGHT) and reads them as a location.
// The names come from the directory's own tables (core/directory: prefectures and municipalities, both
// languages) plus the regions the clusters are sited in, so the list grows with the directory.

import { municipalityNames } from '../directory/municipalities.ts';
import { prefectures } from '../directory/places.ts';
import { escapeRegExp, normalizeText } from '../text/index.ts';

/**
 * Regions larger or older than a municipality, as people name them when they do not know the town:
 * Japan's traditional regions and the areas of the Tohoku clusters (the Mutsu-Ogawara development area,
 * the Shimokita and Tsugaru peninsulas). Not 中国 (China as often as Chūgoku).
 */
const REGIONS: ReadonlyArray<[string, string]> = [
  ['東北', 'Tohoku'],
  ['北東北', 'Kita-Tohoku'],
  ['関東', 'Kanto'],
  ['関西', 'Kansai'],
  ['北陸', 'Hokuriku'],
  ['九州', 'Kyushu'],
  ['四国', 'Shikoku'],
  ['むつ小川原', 'Mutsu-Ogawara'],
  ['下北', 'Shimokita'],
  ['津軽', 'Tsugaru'],
  ['上北', 'Kamikita'],
];

/**
 * Japanese names read without their suffix (青森 for 青森県, 六ヶ所 for 六ヶ所村) only where the bare name is
 * not an everyday word: 三重 (triple), 大分 (considerably), 中央 (centre) keep theirs.
 */
const KEEP_SUFFIX = new Set(['三重県', '大分県', '北海道']);
const SUFFIX = /^(.{2,})(?:都|府|県|市|町|村)$/u;

function japaneseForms(name: string): string[] {
  const bare = SUFFIX.exec(name)?.[1];
  return bare && !KEEP_SUFFIX.has(name) && !name.endsWith('区') ? [name, bare] : [name];
}

const JA_NAMES: readonly string[] = [
  ...new Set(
    [
      ...prefectures.flatMap((p) => japaneseForms(p.ja)),
      ...Object.keys(municipalityNames).flatMap((key) => japaneseForms(key.split('/')[1]!)),
      ...REGIONS.map(([ja]) => ja),
    ].map(normalizeText),
  ),
].sort((a, b) => b.length - a.length);

const EN_NAMES: readonly string[] = [
  ...new Set([
    ...prefectures.map((p) => p.en),
    ...Object.values(municipalityNames),
    ...REGIONS.map(([, en]) => en),
  ]),
].sort((a, b) => b.length - a.length);
/**
 * English names as capitalised words (proper nouns), so that Date (伊達市) or Naka do not catch "start date"
 * or a word inside another; hyphen and space both accepted (Mutsu-Ogawara, Mutsu Ogawara).
 */
const EN_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${EN_NAMES.map((n) => n.replace(/[-\s]/g, '[-\\s]?')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The place names a need's texts mention, Japanese as written (normalised), English lower-cased. */
export function placeNames(texts: ReadonlyArray<string | undefined>): string[] {
  const raw = texts.filter(Boolean).join('\n');
  const out = new Set<string>();
  for (const m of raw.matchAll(EN_PLACE)) out.add(m[0].toLowerCase());
  let text = normalizeText(raw);
  // Longest names first, each blanked once found, so 六ヶ所村 is not also read as 六ヶ所 inside itself.
  for (const name of JA_NAMES) {
    if (!text.includes(name)) continue;
    out.add(name);
    text = text.split(name).join(' ');
  }
  return [...out];
}

/**
 * Countries a need may say it is about, by their names in both languages (Intl's) and the forms people
 * write: adjectives ("Japanese partners"), short forms (UK, US). 中国 is left out (Chūgoku as often as
 * China), as are lower-case "us" (the pronoun) and 国内 (whose country depends on the writer).
 */
const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  JP: ['Japanese'],
  US: ['US', 'U.S.', 'USA', 'America', 'American', '米国', 'アメリカ'],
  GB: ['UK', 'U.K.', 'Britain', 'British', 'England', '英国'],
  DE: ['German'],
  FR: ['French'],
  IT: ['Italian'],
  ES: ['Spanish'],
  KR: ['Korea', 'Korean'],
  CN: ['Chinese'],
  CA: ['Canadian'],
  AU: ['Australian'],
  CH: ['Swiss'],
  SE: ['Swedish'],
  NL: ['Dutch'],
};
const regionName = (lang: string) => new Intl.DisplayNames([lang], { type: 'region' });
const COUNTRY_FORMS: ReadonlyArray<[string, string]> = Object.entries(COUNTRIES).flatMap(([code, more]) =>
  [regionName('ja').of(code)!, regionName('en').of(code)!, ...more]
    .filter((name) => name !== '中国')
    .map((name): [string, string] => [name, code]),
);
const COUNTRY_CODE = new Map(COUNTRY_FORMS.map(([name, code]) => [name.toLowerCase(), code]));
const isLatin = (name: string) => /^[\x20-\x7e]+$/.test(name);
/** Longest first, so アメリカ合衆国 is read whole rather than as アメリカ. */
const alternatives = (names: string[]) =>
  names
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const COUNTRY_NAMES = COUNTRY_FORMS.map(([name]) => name);
// Latin names as whole words, case-sensitive (a proper noun: "US", never "us"); Japanese ones anywhere.
const COUNTRY_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives(COUNTRY_NAMES.filter(isLatin))})(?![\\p{L}\\p{N}])` +
    `|${alternatives(COUNTRY_NAMES.filter((n) => !isLatin(n)))}`,
  'gu',
);

/** The one country the texts name (ISO 3166 code), or null when they name none or several. */
export function countryNamed(texts: ReadonlyArray<string | undefined>): string | null {
  const found = new Set<string>();
  for (const m of texts.filter(Boolean).join('\n').matchAll(COUNTRY_NAME)) {
    const code = COUNTRY_CODE.get(m[0].toLowerCase());
    if (code) found.add(code);
  }
  return found.size === 1 ? [...found][0]! : null;
}
