import { describe, expect, it } from 'vitest';
import { createLexicon } from './lexicon.ts';
import { type CodeNote, createTopicReader } from './topics.ts';

// A small taxonomy with scope notes written like data/clusters' (what the category covers, in everyday words).
const notes: CodeNote[] = [
  {
    code: 'MAT.large-fabrication',
    label: { ja: '大型構造物製作', en: 'Large structure fabrication' },
    scope: {
      ja: '大型鍛造品、厚板の曲げ加工、溶接構造物、リングやシェルなど大きな金属部品を作る。',
      en: 'Making large metal parts: heavy forgings, rolled rings and shells, plate bending and welded structures.',
    },
  },
  {
    code: 'VAC.gauges-leak',
    label: { ja: '真空計測・リーク検査', en: 'Vacuum gauges and leak testing' },
    scope: {
      ja: '真空計、ヘリウムリークディテクタによる漏れ試験、真空度の測定。',
      en: 'Vacuum gauges, helium leak detectors and leak testing of vessels and pipework.',
    },
  },
  {
    code: 'CRY.cryocoolers',
    label: { ja: '小型冷凍機（GM・パルス管）', en: 'Cryocoolers (GM, pulse tube)' },
    scope: {
      ja: '電気で動く小型の極低温冷凍機。磁石やセンサーをとても低い温度まで冷やす。',
      en: 'Small electrically driven cryocoolers that cool magnets and sensors to very low temperatures.',
    },
  },
  {
    code: 'EPC.site-development',
    label: { ja: '用地整備', en: 'Site development' },
    scope: {
      ja: '工業用地の造成・分譲・賃貸、工場を建てる土地の相談。',
      en: 'Industrial land: plots for sale or lease, site preparation and advice on where to build a plant.',
    },
  },
  {
    code: 'IVC.shielding',
    label: { ja: '遮蔽体', en: 'Shielding' },
    scope: {
      ja: '中性子やガンマ線の遮蔽体、遮へい材（ボロン入り材料、コンクリート、鋼）。',
      en: 'Neutron and gamma shielding: shield blocks and shielding materials such as borated steel and concrete.',
    },
  },
  // A code with a label only: it is still read from its label.
  { code: 'MAT.ndt', label: { ja: '非破壊検査', en: 'Non-destructive testing' } },
];
const lexicon = createLexicon([
  { ja: ['非破壊検査'], en: ['non-destructive testing', 'NDT'] },
  { ja: ['中性子'], en: ['neutron'] },
]);
const reader = createTopicReader(lexicon, notes);
const codesOf = (text: string) => reader.read(text).map((t) => t.code);

describe('createTopicReader', () => {
  it.each<[string, string]>([
    // [a need's requirement, the code it names first]
    ['大型鍛造品の供給', 'MAT.large-fabrication'],
    ['We need heavy forgings and rolled rings for the vessel.', 'MAT.large-fabrication'],
    ['ヘリウムリーク試験', 'VAC.gauges-leak'],
    ['Helium leak testing of the finished sector.', 'VAC.gauges-leak'],
    // Lay words of the note, not of the label: 冷やす, "cool".
    ['磁石をとても低い温度まで冷やす装置を買いたい', 'CRY.cryocoolers'],
    ['Something to cool our magnet, running on electricity only.', 'CRY.cryocoolers'],
    ['工場を建てる土地を探しています', 'EPC.site-development'],
    ['Who sells or leases industrial land?', 'EPC.site-development'],
    // Spelling variants reach the note through the lexicon (遮へい / 遮蔽) and the glossary (NDT).
    ['中性子の遮へい材', 'IVC.shielding'],
    ['NDT of welded parts', 'MAT.ndt'],
  ])('%s → %s', (text, code) => {
    expect(codesOf(text)[0]).toBe(code);
  });

  it.each<[string]>([
    // One common word names no code; nor does a text about none of them.
    ['装置'],
    ['We would like an introduction.'],
    ['ソフトウェアを依頼したい'],
    [''],
  ])('%s names no code', (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  it('gives each code its strength relative to the best, best first, at most three', () => {
    const topics = reader.read('forgings, leak testing, shielding, cryocoolers and industrial land');
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(topics[0]!.strength).toBe(1);
    for (const [i, t] of topics.entries()) {
      expect(t.strength).toBeGreaterThan(0);
      if (i > 0) expect(t.value).toBeLessThanOrEqual(topics[i - 1]!.value);
    }
  });

  it('skips a code no record carries, so one that some record carries takes its place', () => {
    const text = 'Heavy forgings and rolled rings and shells, then a leak test';
    expect(codesOf(text)[0]).toBe('MAT.large-fabrication');
    const carried = (code: string) => code !== 'MAT.large-fabrication';
    const codes = reader.read(text, carried).map((t) => t.code);
    expect(codes).not.toContain('MAT.large-fabrication');
    expect(codes[0]).toBe('VAC.gauges-leak');
  });

  it('reads nothing without notes', () => {
    const empty = createTopicReader(lexicon, []);
    expect(empty.size).toBe(0);
    expect(empty.read('heavy forgings')).toEqual([]);
  });
});
