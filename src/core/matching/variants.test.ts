import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../text/index.ts';
import { createMatchIndex } from './engine.ts';
import type { MatchDoc } from './types.ts';
import { englishKey, katakanaKey, loanWords, normalizeVariants } from './variants.ts';

describe('normalizeVariants', () => {
  it.each([
    ['超電導コイル', '超伝導コイル'],
    ['中性子遮へい材', '中性子遮蔽材'],
    ['リモート・ハンドリング', 'リモートハンドリング'],
    ['ヘリウムリークディテクター', 'ヘリウムリークディテクタ'],
    ['レーザーとモーター', 'レーザとモータ'],
    ['ヴァルブ', 'バルブ'],
    // A word-final long vowel after fewer than three kana stays (テーパー → テーパ, but ビーム, ケー).
    ['ビーム', 'ビーム'],
    ['ASCII text stays', 'ASCII text stays'],
    // Okurigana inside a compound: 貸し工場 is 貸工場; a particle between kanji stays.
    ['貸し工場を探す', '貸工場を探す'],
    ['組み立て作業', '組立て作業'],
    ['申し込み手続き', '申込手続き'],
    ['東京と大阪の工場', '東京と大阪の工場'],
    ['作業場を借りたい', '作業場を借りたい'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeVariants(text)).toBe(normalized);
  });
});

describe('loanword keys', () => {
  it.each([
    // [katakana as written, English], checked by hand: same consonant skeleton in both scripts.
    ['テープ', 'tape'],
    ['ヘリウム', 'helium'],
    ['クレーン', 'crane'],
    ['ジャイロトロン', 'gyrotron'],
    ['ダイバータ', 'divertor'],
    ['コイル', 'coil'],
    ['ブランケット', 'blanket'],
    ['シールド', 'shield'],
    ['レーザー', 'laser'],
    ['バルブ', 'valve'],
    ['オフィス', 'office'],
    ['ベンチャー', 'venture'],
    ['フランジ', 'flange'],
    ['クライオスタット', 'cryostat'],
    ['インキュベーション', 'incubation'],
    ['リモートハンドリング', 'remote handling'],
  ])('%s ↔ %s', (katakana, english) => {
    const key = katakanaKey(normalizeVariants(katakana));
    expect(key).not.toBeNull();
    expect(key).toBe(englishKey(...english.split(' ')));
  });

  it('different words keep different keys, and short words none', () => {
    expect(katakanaKey('テープ')).not.toBe(englishKey('pump'));
    expect(katakanaKey('ポンプ')).toBe(englishKey('pump'));
    expect(katakanaKey('ガス')).toBeNull();
    expect(englishKey('an')).toBeNull();
  });

  it('gives no key to English function words, which katakana names spell (アンド, ウィズ)', () => {
    expect(katakanaKey('アンド')).not.toBeNull();
    expect(englishKey('and')).toBeNull();
    expect(englishKey('with')).toBeNull();
    expect(englishKey('remote', 'and')).toBeNull();
    const words = loanWords('pumps and gauges with our leak detector', true);
    expect([...words.english.values()]).toEqual(['pumps', 'gauges', 'leak', 'leak detector', 'detector']);
  });

  it('finds the keys of a text per script, pairs of English words included', () => {
    const text = 'リモートハンドリング装置 for remote handling and cranes';
    const words = loanWords(text, true);
    expect([...words.katakana.values()]).toEqual(['リモートハンドリング']);
    expect([...words.english.values()]).toContain('remote handling');
    expect(words.english.get(katakanaKey('リモートハンドリング')!)).toBe('remote handling');
    // Records are indexed without pairs: the query's pair finds a record's katakana compound.
    expect([...loanWords(text).english.values()]).not.toContain('remote handling');
  });
});

describe('variants in matching', () => {
  const doc = (id: string, title: string, body: string): MatchDoc => ({
    id,
    key: id,
    type: 'organization',
    organizationId: `org-${id}`,
    title: [title],
    body: [body],
    technologies: [],
    roles: ['component-supplier'],
    visibility: 'public',
  });
  const records = [
    doc('crane-maker', 'Overhead crane maker', 'Designs and builds overhead cranes for factories.'),
    doc('valve-maker', '産業用バルブ', '真空用のバルブを製造しています。'),
    doc('shield-maker', '遮蔽材メーカー', '中性子遮蔽材を製造します。'),
    doc('rh-maker', '遠隔操作機器', 'リモートハンドリング機器を設計します。'),
    doc('magnet-maker', 'Superconducting magnets', '超伝導マグネットを製造します。'),
    ...Array.from({ length: 8 }, (_, i) => doc(`filler-${i}`, `商社 ${i}`, 'General trading 一般商社')),
  ];
  const index = createMatchIndex({ glossary: [] });
  for (const r of records) index.upsert(r);
  const top = (body: string) =>
    index.match({ title: [], body: [body], technologies: [] }, { types: ['organization'], limit: 3 });

  it.each([
    ['ja → en: katakana finds the English word', '天井クレーンを探しています。', 'crane-maker', 'クレーン'],
    ['en → ja: the English word finds the katakana', 'We need vacuum valves.', 'valve-maker', 'valves'],
    [
      'en → ja: two English words find a katakana compound',
      'remote handling tools',
      'rh-maker',
      'remote handling',
    ],
    ['ja: 遮へい finds 遮蔽', '中性子遮へい材', 'shield-maker', '遮蔽'],
    ['ja: 超電導 finds 超伝導', '超電導マグネット', 'magnet-maker', '超伝導'],
  ])('%s', (_case, body, first, shown) => {
    const results = top(body);
    expect(results[0]?.id).toBe(first);
    expect(results[0]!.signals.text.terms.map((t) => t.text).join(' ')).toContain(shown);
  });
});

describe("the issue's variant pairs, with the shipped glossary and synonyms", () => {
  // As the server loads them (reference-data.ts): synonyms.json's reviewed `mined` part after Sudachi's.
  const read = (file: string) => {
    const data = JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as {
      entries: GlossaryEntry[];
      mined?: { entries: GlossaryEntry[] };
    };
    return [...data.entries, ...(data.mined?.entries ?? [])];
  };
  const index = createMatchIndex({ glossary: read('glossary.json'), synonyms: read('synonyms.json') });
  const org = (id: string, text: string): MatchDoc => ({
    id,
    key: id,
    type: 'organization',
    organizationId: `org-${id}`,
    title: [],
    body: [text],
    technologies: ['X.a', 'X.b', 'X.c'],
    roles: ['component-supplier'],
    visibility: 'public',
  });
  const pairs: Array<[string, string]> = [
    // [record, need]: the same thing in another spelling, script or language
    ['中性子遮蔽材を製造します。', 'Neutron shielding materials wanted.'],
    ['遮へい材の設計と製作。', '中性子遮蔽の材料'],
    ['Non-destructive testing (NDT) services for welds.', '溶接部の非破壊検査を依頼したい。'],
    ['超音波探傷による溶接部の検査。', 'Ultrasonic testing (UT) of welds.'],
    // A method names its wider concept (glossary `broader`): a UT service answers a need for NDT.
    ['超音波探傷サービス。', 'NDT of welded parts wanted.'],
    ['高周波電源の設計・製造。', 'RF power supply for heating.'],
    ['遠隔保守機器の開発。', 'リモートハンドリング装置を探しています。'],
    ['Remote handling tools for hot cells.', 'リモートハンドリング装置を探しています。'],
    ['超伝導コイルの巻線。', '超電導コイルの巻線を依頼したい。'],
  ];
  it.each(pairs)('a record saying %s is found by %s', (record, needText) => {
    for (const [i, [text]] of pairs.entries()) index.upsert(org(`r${i}`, text));
    index.upsert(org('other', 'General trading of office furniture.'));
    const at = pairs.findIndex(([r]) => r === record);
    const results = index.match(
      { title: [], body: [needText], technologies: [] },
      { types: ['organization'], limit: 5 },
    );
    expect(results.map((r) => r.id)).toContain(`r${at}`);
    expect(results.map((r) => r.id)).not.toContain('other');
  });

  // Pairs mined from the directory's descriptions and reviewed (data/glossary-mined.md), in both directions:
  // each record shares only the mined term with its need, so only the pair can put it first.
  const mined: Array<[string, string]> = [
    ['石英ガラス製の治具を製造。', 'Quartz glass jigs wanted.'],
    ['Injection moulds for resin parts.', '樹脂成形の金型を作れる会社'],
    ['造船会社です。', 'A shipyard near the coast.'],
    ['Refurbishes used vehicle batteries.', '車載電池のリサイクル'],
    ['小型衛星の開発。', 'Small satellite developer.'],
    ['航空機の整備。', 'Aircraft servicing.'],
    ['Sells and leases land.', '土地を探しています。'],
    ['倉庫を貸します。', 'Warehouse for rent.'],
    ['産学官の連携体。', 'An industry-academia-government consortium.'],
  ];
  it.each(mined)('a record saying %s comes first for %s', (record, needText) => {
    const fresh = createMatchIndex({ glossary: read('glossary.json'), synonyms: read('synonyms.json') });
    for (const [i, [text]] of mined.entries()) fresh.upsert(org(`m${i}`, text));
    // Glass without quartz: the loanword key alone would tie it with the quartz maker.
    fresh.upsert(org('glass', 'Glass bottles and jars.'));
    const at = mined.findIndex(([r]) => r === record);
    const results = fresh.match(
      { title: [], body: [needText], technologies: [] },
      { types: ['organization'], limit: 5 },
    );
    expect(results[0]?.id).toBe(`m${at}`);
  });
});
