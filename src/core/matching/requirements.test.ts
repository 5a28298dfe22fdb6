import { describe, expect, it } from 'vitest';
import { MAX_REQUIREMENTS, splitRequirements } from './requirements.ts';

describe('splitRequirements', () => {
  it.each([
    // [text, requirements]
    ['', []],
    ['超伝導線材を調達したい。', ['超伝導線材を調達したい']],
    [
      '真空容器の製作を依頼したい。\n1. 大型鍛造品\n2. 機械加工\n3. 原子力規格での溶接\n4. ヘリウムリーク試験',
      ['大型鍛造品', '機械加工', '原子力規格での溶接', 'ヘリウムリーク試験'],
    ],
    [
      'We need:\n(1) large forgings\n(2) machining\n(3) welding to a nuclear code',
      ['large forgings', 'machining', 'welding to a nuclear code'],
    ],
    ['・鍛造\n・溶接', ['鍛造', '溶接']],
    ['① 鍛造\n② 溶接\n③ 検査', ['鍛造', '溶接', '検査']],
    [
      '真空容器を排気するターボ分子ポンプと、ヘリウムリークディテクタを探しています。',
      ['真空容器を排気するターボ分子ポンプと', 'ヘリウムリークディテクタを探しています'],
    ],
    [
      'トロイダル磁場コイルの巻線・含浸・ケース溶接を委託できる企業を探しています。',
      ['トロイダル磁場コイルの巻線', '含浸', 'ケース溶接を委託できる企業を探しています'],
    ],
    // ・ inside a katakana compound is no list.
    ['フュージョン・エネルギーの事業です。', ['フュージョン・エネルギーの事業です']],
    [
      'High-current power supplies and switchgear for our coil system.',
      ['High-current power supplies', 'switchgear for our coil system'],
    ],
    [
      'We need forgings, machining and helium leak testing. Delivery within a year.',
      ['forgings', 'machining', 'helium leak testing', 'Delivery within a year'],
    ],
    // A list numbered inside running text; the lead-in is no item, "1 kA" and "4.5 K" are no markers.
    [
      'We need (1) a helium refrigerator of about 1 kW at 4.5 K, (2) cryogenic transfer lines and (3) vacuum gauges.',
      ['a helium refrigerator of about 1 kW at 4.5 K', 'cryogenic transfer lines', 'vacuum gauges'],
    ],
    [
      'コイル試験を始めるため、次を探しています。1) 20 K 級の冷凍機 2) 1 kA 級の直流電源 3) 貸しラボ。来春から使います。',
      ['20 K 級の冷凍機', '1 kA 級の直流電源', '貸しラボ', '来春から使います'],
    ],
    ['①鍛造品の供給、②機械加工、③溶接の三点です。', ['鍛造品の供給', '機械加工', '溶接の三点です']],
    // Numbers out of order are no list.
    ['Room 2) is free; see 1) below.', ['Room 2) is free', 'see 1) below']],
    // A joining word is cut only as a word ("motor" keeps its "or"), and 「こと」 keeps its と.
    ['We need (1) a motor (2) a stand (3) a floor heater.', ['a motor', 'a stand', 'a floor heater']],
    ['①鍛造できること②溶接できること', ['鍛造できること', '溶接できること']],
    // A number in brackets after a letter, a digit or a slash is no marker (a model, a reference, a date).
    [
      'We need a pump (model A1) and a valve (rev 2) for the loop.',
      ['a pump (model A1)', 'a valve (rev 2) for the loop'],
    ],
    ['ITER(1) phase and JT-60SA(2) campaign tests.', ['ITER(1) phase', 'JT-60SA(2) campaign tests']],
    // Sentences before the list's lead-in and after its last item are requirements as usual.
    [
      'We need a crane for the hall. Also (1) vacuum pumps and (2) gauges. Helium leak testing is needed too.',
      ['We need a crane for the hall', 'vacuum pumps', 'gauges', 'Helium leak testing is needed too'],
    ],
    [
      '大型の冷凍機が必要です。また、①ポンプ ②バルブ。溶接もお願いしたい。',
      ['大型の冷凍機が必要です', 'ポンプ', 'バルブ', '溶接もお願いしたい'],
    ],
    // A Japanese list's opening clause is no item, and a verb tail cut off alone joins the item before it.
    [
      'レーザーの開発で、半導体レーザー、光学素子、大学の研究室を探しています。',
      ['半導体レーザー', '光学素子', '大学の研究室を探しています'],
    ],
    [
      '励起用レーザー、光学素子、大学の研究室、を探しています。',
      ['励起用レーザー', '光学素子', '大学の研究室を探しています'],
    ],
    // An English lead-in, up to its verb or colon.
    [
      'For a tritium test loop we are looking for all-metal vacuum valves, helium leak testing down to 1e-10 Pa m3/s, and permeation measurements.',
      ['all-metal vacuum valves', 'helium leak testing down to 1e-10 Pa m3/s', 'permeation measurements'],
    ],
    [
      'We want a small lab near Rokkasho and need three things at once: rented lab space, financing and two technicians.',
      ['rented lab space', 'financing', 'two technicians'],
    ],
    // A long clause before the comma is a clause, not a list item: the sentence stays whole.
    [
      'Since our current supplier stopped making the part last year without notice, we need a new one.',
      ['Since our current supplier stopped making the part last year without notice, we need a new one'],
    ],
    ['鍛造。鍛造。', ['鍛造']],
  ])('%j → %j', (text, requirements) => {
    expect(splitRequirements(text)).toEqual(requirements);
  });

  it('keeps at most MAX_REQUIREMENTS', () => {
    const text = Array.from({ length: 12 }, (_, i) => `${i + 1}. part ${i}`).join('\n');
    expect(splitRequirements(text)).toHaveLength(MAX_REQUIREMENTS);
  });
});

describe('splitRequirements on long runs of spaces', () => {
  // Runs of spaces are made one before any pattern scans them: the patterns' cost grew with the run's square
  // (a 9,000-space paste took 0.2 s, one joining pattern its cube), and a body may hold 10,000 characters.
  it('reads a run of spaces as one space', () => {
    expect(splitRequirements(`We need (1) pumps${' '.repeat(9000)}and (2) valves`)).toEqual([
      'pumps',
      'valves',
    ]);
    expect(splitRequirements(`a\u3000\u3000 b,  c and\t\td`)).toEqual(['a b', 'c', 'd']);
  });
});
