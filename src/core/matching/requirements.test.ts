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
      ['We need forgings', 'machining', 'helium leak testing', 'Delivery within a year'],
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
