import { describe, expect, it } from 'vitest';
import { createLexicon, termKind } from './lexicon.ts';

const lexicon = createLexicon([
  { ja: ['超伝導', '超電導'], en: ['superconducting', 'superconductor'] },
  {
    ja: ['高温超伝導', '高温超電導', '高温超伝導線材'],
    en: ['HTS', 'high-temperature superconducting', 'high-temperature superconductor', 'REBCO', 'HTS tape'],
  },
  { ja: ['線材', '超伝導線材'], en: ['wire', 'tape'] },
]);

const concepts = (text: string) =>
  [...lexicon.analyze([], [text]).counts.keys()]
    .map((t) => lexicon.concept(t)?.en)
    .filter((x) => x !== undefined)
    .sort();

describe('concepts found in a text', () => {
  it.each<[string, string, string[]]>([
    ['a Japanese term', '超伝導線材の調達', ['superconducting', 'wire']],
    [
      'an acronym implies what most spellings of its entry contain',
      'REBCO tape',
      ['HTS', 'superconducting', 'wire'],
    ],
    ['a term implies the terms inside it', 'superconducting wire', ['superconducting', 'wire']],
    ['a plain word of a mixed entry implies nothing more', 'copper wire', ['wire']],
    ['nothing', 'copper', []],
  ])('%s: %s', (_name, text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  it('drops particles and stop words but keeps content words, titles counting twice', () => {
    const { counts, stream } = lexicon.analyze(['Supply of magnets'], ['磁石の供給']);
    expect(stream).toEqual(['supply', 'magnet', '磁石', '供給']);
    expect(counts.get('magnet')).toBe(2);
    expect(counts.get('供給')).toBe(1);
  });

  it('marks the words only found inside glossary terms, which a query then weighs less', () => {
    const { covered } = lexicon.analyze(['超伝導線材の調達'], ['copper wire; wire rope']);
    // "wire" is a glossary term of its own; "copper", "rope" and 調達 are not.
    expect([...covered].sort()).toEqual(['wire', '伝導', '導線', '線材', '超伝']);
    // A word that also appears outside any term keeps its full weight.
    expect(
      lexicon.analyze([], ['superconducting magnet, a magnet for rope']).covered.has('superconducting'),
    ).toBe(true);
    expect(lexicon.analyze([], ['超伝導の研究と伝導の測定']).covered.has('伝導')).toBe(false);
  });
});

describe('synonym vocabularies', () => {
  const lexicon = createLexicon(
    [{ ja: ['超伝導'], en: ['superconducting'] }],
    [
      { ja: ['ヘリウム'], en: ['helium'] },
      { ja: ['賃貸', '賃貸し', 'レンタル'], en: ['rental'] },
    ],
  );
  const terms = (text: string) =>
    [...lexicon.analyze([], [text]).counts.keys()].filter(
      (t) => termKind(t) !== 'cjk' && termKind(t) !== 'word' && termKind(t) !== 'loan',
    );
  it.each([
    ['ヘリウムの供給', 'helium supply'],
    ['レンタル工場', 'factory for rental'],
    ['賃貸しの工場', 'rental factory'],
  ])('%s and %s share a synonym term, not a field concept', (ja, en) => {
    expect(terms(ja)).toEqual(terms(en));
    expect(terms(ja).map(termKind)).toEqual(['synonym']);
    expect(lexicon.concept(terms(ja)[0]!)?.en).toBeDefined();
  });
});

describe('general vocabulary (synonyms)', () => {
  const withSynonyms = createLexicon(
    [],
    [
      { ja: ['ウィズ'], en: ['with'] },
      { ja: ['オフィス', '事務所'], en: ['office'] },
    ],
  );
  const synonymTerms = (text: string) =>
    [...withSynonyms.analyze([], [text], true).counts.keys()].filter((t) => termKind(t) === 'synonym');

  it('bridges a loanword and its English, but not an English function word (with / ウィズ)', () => {
    expect(synonymTerms('an office with a crane')).toHaveLength(1);
    expect(synonymTerms('事務所')).toEqual(synonymTerms('office'));
    expect(synonymTerms('ウィズ')).toHaveLength(1);
    expect(synonymTerms('with')).toEqual([]);
  });
});

describe('katakana words are not cut where no word can begin or end', () => {
  const lex = createLexicon(
    [
      { ja: ['ブランケット'], en: ['blanket'] },
      { ja: ['トリチウム'], en: ['tritium'] },
      { ja: ['ヘリウム'], en: ['helium'] },
      { ja: ['リーク'], en: ['leak'] },
    ],
    [
      { ja: ['ブラ', 'ブラジャー'], en: ['bra'] },
      { ja: ['リチウム'], en: ['lithium'] },
    ],
  );
  const labels = (text: string) =>
    [...lex.analyze([], [text]).counts.keys()]
      .map((t) => lex.concept(t)?.en)
      .filter((x) => x !== undefined)
      .sort();

  it.each<[string, string[]]>([
    // ブラ|ンケット: no word begins with ン; and two kana inside a longer run are never a word.
    ['ブランケットの試験', ['blanket']],
    // ト|リチウム: one kana left before it is no word.
    ['トリチウムの計測', ['tritium']],
    // A compound cut between its words keeps each word.
    ['ヘリウムリーク試験', ['helium', 'leak']],
    ['リチウムの供給', ['lithium']],
  ])('%s → %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('general words (synonym dictionary) match whole words only', () => {
  const withSynonyms = createLexicon(
    [{ ja: ['ターゲット'], en: ['target'] }],
    [
      { ja: ['エンジ', '燕脂'], en: [] },
      { ja: ['ゲット'], en: ['get'] },
      { ja: ['いま', 'イマ'], en: [] },
      { ja: ['ポンプ'], en: ['pump'] },
    ],
  );
  const synonyms = (text: string) =>
    [...withSynonyms.analyze([], [text]).counts.keys()]
      .filter((t) => termKind(t) === 'synonym')
      .map((t) => withSynonyms.concept(t)!.ja);
  it.each<[string, string, string[]]>([
    ['not inside a katakana word (エンジ of エンジニアリング)', 'エンジニアリング会社', []],
    ['not inside a field term (ゲット of ターゲット)', 'ターゲットの製作', []],
    ['not a hiragana spelling inside an inflection (いま of しています)', '製作しています', []],
    ['a whole katakana word', '真空ポンプを探す', ['ポンプ']],
    ['an English spelling', 'a vacuum pump', ['ポンプ']],
  ])('%s: %s', (_name, text, expected) => {
    expect(synonyms(text)).toEqual(expected);
  });

  it('English function words of a sentence are no terms ("our", "its", "which")', () => {
    const { stream } = withSynonyms.analyze([], ['We need our pump, which its maker can fix.']);
    expect(stream).toEqual(['pump', 'maker', 'fix']);
  });

  it('nor are the words of a list or a start ("including", "as", "one", "up")', () => {
    const { stream } = withSynonyms.analyze([], ['Set up a loop, including one pump as a spare.']);
    expect(stream).toEqual(['set', 'loop', 'pump', 'spare']);
  });

  it.each<[string, boolean, string[]]>([
    ['Who looks after it? Point us to them.', true, ['look', 'point']],
    ["It's broken. Us too.", true, ['broken']],
    ['IT systems for a US lab', true, ['it', 'system', 'us', 'lab']],
    // A record keeps them: a profile's "it" harms no one, and its IT is still found by "IT".
    ['we test it', false, ['test', 'it']],
  ])('pronouns that are acronyms in capitals (it, us): %s (query %s)', (text, query, expected) => {
    expect(withSynonyms.analyze([], [text], query).stream).toEqual(expected);
  });
});

describe('an entry that is a kind of a broader one', () => {
  const withBroader = createLexicon([
    { ja: ['非破壊検査'], en: ['NDT', 'non-destructive testing'] },
    { ja: ['超音波探傷'], en: ['ultrasonic testing', 'UT'], broader: ['非破壊検査'] },
  ]);
  const found = (text: string) =>
    [...withBroader.analyze([], [text]).counts.keys()]
      .map((t) => withBroader.concept(t)?.en)
      .filter((x) => x !== undefined)
      .sort();
  it.each<[string, string[]]>([
    ['溶接部の超音波探傷', ['NDT', 'ultrasonic testing']],
    ['UT of welds', ['NDT', 'ultrasonic testing']],
    // Not the reverse: a need for NDT in general may want another method.
    ['非破壊検査', ['NDT']],
    ['non-destructive testing of welds', ['NDT']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
