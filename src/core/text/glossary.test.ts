import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGlossary, type GlossaryEntry, glossaryKey } from './glossary.ts';
import { fixtureGlossary as glossary } from './test-glossary.fixture.ts';

describe('glossary.synonyms', () => {
  it.each([
    ['超伝導', ['超電導', 'superconducting', 'superconductor', 'superconductivity']],
    ['超電導', ['超伝導', 'superconducting', 'superconductor', 'superconductivity']],
    ['Superconducting', ['超伝導', '超電導', 'superconductor', 'superconductivity']],
    ['HTS', ['高温超伝導', '高温超電導', 'high temperature superconductor']],
    ['ＨＴＳ', ['高温超伝導', '高温超電導', 'high temperature superconductor']],
    ['high-temperature superconductors', ['高温超伝導', '高温超電導', 'hts']],
    ['blankets', ['ブランケット']],
    ['炉', ['reactor']],
    ['unknown', []],
    ['', []],
  ])('%s', (term, expected) => {
    expect(glossary.synonyms(term)).toEqual(expected);
  });

  it('unions the synonyms of a term listed in two entries', () => {
    const g = createGlossary([
      { ja: ['磁石'], en: ['magnet'] },
      { ja: ['マグネット'], en: ['magnets'] },
    ]);
    expect(g.synonyms('magnet')).toEqual(['磁石', 'マグネット']);
  });

  it('skips blank terms and knows its longest term', () => {
    const g = createGlossary([{ ja: ['', ' '], en: ['balance of plant', 'BOP'] }]);
    expect(g.synonyms('bop')).toEqual(['balance of plant']);
    expect(g.has('Balance  of Plant')).toBe(true);
    expect(g.maxTermTokens).toBe(3);
  });

  const shipped = new URL('../../../data/glossary.json', import.meta.url);
  // The glossary ships with the product: a missing file is a failure, not a reason to skip.
  it('loads the shipped data/glossary.json', () => {
    expect(existsSync(shipped), `${shipped.pathname} is missing`).toBe(true);
    const { entries } = JSON.parse(readFileSync(shipped, 'utf8')) as { entries: GlossaryEntry[] };
    const g = createGlossary(entries);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      // Terms the tokenizer folds together (JT-60SA, JT60SA) count once.
      const terms = [...new Map([...entry.ja, ...entry.en].map((t) => [glossaryKey(t), t])).values()];
      const lonely = terms.length > 1 ? terms.filter((t) => g.synonyms(t).length === 0) : [];
      expect(lonely).toEqual([]);
    }
    if (g.has('超伝導')) expect(g.synonyms('超伝導')).toContain('superconducting');
  });
});
