import { describe, expect, it } from 'vitest';
import { createGlossary, glossaryKey } from './glossary.ts';
import {
  expandPhrase,
  matchesQuery,
  parseQuery,
  type QueryGroup,
  splitQueryWords,
  termCover,
} from './query.ts';
import { fixtureGlossary as glossary } from './test-glossary.fixture.ts';
import { indexTerms } from './tokenize.ts';

describe('splitQueryWords', () => {
  it.each([
    ['  hts   magnet ', ['hts', 'magnet']],
    ['"high temperature" coil', ['high temperature', 'coil']],
    ['＂high temperature＂ coil', ['high temperature', 'coil']],
    ['「超伝導 コイル」 炉', ['超伝導 コイル', '炉']],
    ['“fusion energy”', ['fusion energy']],
    ['超伝導　コイル', ['超伝導', 'コイル']],
    ['""', []],
  ])('%s', (q, expected) => {
    expect(splitQueryWords(q)).toEqual(expected);
  });
});

describe('parseQuery', () => {
  it.each<[string, string, QueryGroup[]]>([
    ['blank', '   ', []],
    ['punctuation only', '、。', []],
    ['CJK word', '超伝導', [{ text: '超伝導', alternatives: [['超伝', '伝導']] }]],
    ['one kanji', '炉', [{ text: '炉', alternatives: [['炉']] }]],
    ['English word, plural folded', 'Magnets', [{ text: 'magnets', alternatives: [['magnet']] }]],
    [
      'two words, two groups',
      'hts コイル',
      [
        { text: 'hts', alternatives: [['hts']] },
        { text: 'コイル', alternatives: [['コイ', 'イル']] },
      ],
    ],
    [
      'quoted phrase is one group',
      '"cooling water"',
      [{ text: 'cooling water', alternatives: [['cooling', 'water']] }],
    ],
    [
      'stop words dropped',
      'supplier of the magnets',
      [
        { text: 'supplier', alternatives: [['supplier']] },
        { text: 'magnets', alternatives: [['magnet']] },
      ],
    ],
    ['stop words kept when alone', 'the', [{ text: 'the', alternatives: [['the']] }]],
    [
      'particle split inside a word',
      '超伝導の磁石',
      [{ text: '超伝導の磁石', alternatives: [['超伝', '伝導', '磁石']] }],
    ],
  ])('%s (no glossary)', (_name, q, expected) => {
    expect(parseQuery(q)).toEqual(expected);
  });

  it.each<[string, string, QueryGroup[]]>([
    [
      'JA word expands to EN and spelling variant',
      '超伝導',
      [
        {
          text: '超伝導',
          alternatives: [
            ['超伝', '伝導'],
            ['超電', '電導'],
            ['superconducting'],
            ['superconductor'],
            ['superconductivity'],
          ],
        },
      ],
    ],
    [
      'acronym expands to JA',
      'HTS',
      [
        {
          text: 'hts',
          alternatives: [
            ['hts'],
            ['高温', '温超', '超伝', '伝導'],
            ['高温', '温超', '超電', '電導'],
            ['high', 'temperature', 'superconductor'],
          ],
        },
      ],
    ],
    [
      'multi-word term is one group',
      'high temperature superconductor tape',
      [
        {
          text: 'high temperature superconductor',
          alternatives: [
            ['high', 'temperature', 'superconductor'],
            ['高温', '温超', '超伝', '伝導'],
            ['高温', '温超', '超電', '電導'],
            ['hts'],
          ],
        },
        { text: 'tape', alternatives: [['tape']] },
      ],
    ],
    [
      'multi-word term with a stop word inside',
      'balance of plant',
      [
        {
          text: 'balance of plant',
          alternatives: [
            ['balance', 'of', 'plant'],
            ['バラ', 'ラン', 'ンス', 'オブ', 'プラ', 'ラン', 'ント'].filter((t, i, a) => a.indexOf(t) === i),
            ['bop'],
          ],
        },
      ],
    ],
    [
      'Japanese term typed with a space',
      '高温 超伝導',
      [
        {
          text: '高温 超伝導',
          alternatives: [
            ['高温', '超伝', '伝導'],
            ['高温', '温超', '超電', '電導'],
            ['hts'],
            ['high', 'temperature', 'superconductor'],
          ],
        },
      ],
    ],
  ])('%s (glossary)', (_name, q, expected) => {
    expect(parseQuery(q, glossary)).toEqual(expected);
  });

  it('drops duplicate alternatives and supersets of another alternative', () => {
    const [group] = parseQuery('炉', glossary);
    expect(group?.alternatives).toEqual([['炉'], ['reactor']]);
    const [fusion] = parseQuery('fusion reactor', glossary);
    expect(fusion?.alternatives).toEqual([['fusion'], ['核融', '融合']]);
  });
});

describe('matchesQuery', () => {
  const docs = {
    en: new Set(
      indexTerms([
        'Kyoto Fusioneering',
        'Develops superconducting magnets and blankets for fusion reactors.',
      ]),
    ),
    ja: new Set(indexTerms(['高温超電導コイルの製造', '核融合炉向けの部材'])),
    hts: new Set(indexTerms(['HTS tape supplier'])),
    heat: new Set(indexTerms(['熱伝導解析'])),
  };
  it.each<[string, keyof typeof docs, boolean]>([
    ['超伝導', 'en', true],
    ['超伝導 ブランケット', 'en', true],
    ['superconductor', 'ja', true],
    ['超伝導', 'ja', true],
    ['電導', 'ja', true],
    ['炉', 'ja', true],
    ['reactor', 'ja', true],
    ['高温超伝導', 'hts', true],
    ['ＨＴＳ テープ', 'hts', false],
    ['hts tapes', 'hts', true],
    ['magnet fusion', 'en', true],
    ['超伝導', 'heat', false],
    ['伝導', 'heat', true],
    ['原子', 'en', false],
    ['ブランケット', 'ja', false],
    ['superconducting gyrotron', 'en', false],
    ['', 'heat', true],
  ])('%s in %s → %s', (q, doc, expected) => {
    expect(matchesQuery(docs[doc], parseQuery(q, glossary))).toBe(expected);
  });

  it('without the glossary a Japanese query does not find an English-only document', () => {
    expect(matchesQuery(docs.en, parseQuery('超伝導'))).toBe(false);
  });
});

describe('compounds of glossary terms', () => {
  const terms = createGlossary([
    { ja: ['超伝導', '超電導'], en: ['superconducting'] },
    { ja: ['磁石', 'マグネット'], en: ['magnet'] },
    { ja: ['超伝導コイル'], en: ['superconducting coil', 'superconducting magnet'] },
    { ja: ['安全'], en: ['safety'] },
    { ja: ['弁'], en: ['valve'] },
  ]);

  it.each<[string, string[] | undefined]>([
    ['超伝導磁石', ['超伝導', '磁石']],
    ['superconducting magnet', ['superconducting', 'magnet']],
    ['超伝導magnet', ['超伝導', 'magnet']],
    ['安全弁', ['安全', '弁']],
    ['超伝導', undefined], // one term is not a compound
    ['超伝導ケーブル', undefined], // ケーブル is unknown: no full cover
    ['磁', undefined],
  ])('cuts %s into %j', (phrase, expected) => {
    expect(termCover(phrase, terms)).toEqual(expected);
  });

  const phrasings = (q: string) => new Set(expandPhrase(q, terms).map(glossaryKey));
  it.each([
    ['超伝導磁石', 'superconducting magnet'],
    ['超電導マグネット', 'superconducting magnet'],
    ['安全弁', 'safety valve'],
  ])('%s and %s reach the same phrasings', (ja, en) => {
    expect(phrasings(ja)).toEqual(phrasings(en));
  });

  it('gains the entry its translation belongs to', () => {
    const found = expandPhrase('超伝導磁石', terms);
    expect(found[0]).toBe('超伝導磁石');
    expect(found).toEqual(
      expect.arrayContaining(['superconducting magnet', '超伝導コイル', '超電導マグネット']),
    );
  });

  it('matches a document that writes the compound in the other language', () => {
    const doc = new Set(indexTerms(['Builds superconducting magnets for tokamaks.']));
    expect(matchesQuery(doc, parseQuery('超伝導磁石', terms))).toBe(true);
    expect(matchesQuery(doc, parseQuery('超伝導磁石'))).toBe(false);
  });
});
