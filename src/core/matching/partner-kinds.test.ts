import { describe, expect, it } from 'vitest';
import { inferPartnerKinds, rolesOfKinds } from './partner-kinds.ts';

describe('inferPartnerKinds', () => {
  it.each([
    // [need text, kinds]
    ['むつ小川原の近くで小さな作業場を月単位で借りたい。', ['premises']],
    ['We are a small overseas startup and need a workshop with a crane near the port.', ['premises']],
    [
      '工場を建てる土地を探しています。許認可の申請はどこに相談すればよいですか。',
      ['premises', 'public-support'],
    ],
    ['Who do we ask about permits for a tritium facility?', ['public-support']],
    ['First-of-a-kind factory: seeking equity investment or loans.', ['finance']],
    ['設備投資の資金を融資してほしい。', ['finance']],
    ['図面どおりに部品を作ってくれる会社を探しています。', ['manufacture']],
    ['Someone to machine and weld a prototype bracket.', ['manufacture']],
    ['超伝導線材を年間数百km調達したい。', ['supplier']],
    ['We are looking for REBCO tape suppliers.', ['supplier']],
    ['中性子照射試験を大学と共同研究したい。', ['research']],
    ['Research partner for breeding blanket tests.', ['research']],
    ['工場で働く人材を育成する研修を受けたい。', ['training']],
    ['Courses to train our technicians in vacuum work.', ['training']],
    ['大型コイルを港から運搬する輸送会社を知りたい。', ['transport']],
    ['Who handles transport of a 40-tonne coil from the port?', ['transport']],
    // A technology alone says nothing about the kind of partner.
    ['170GHz帯のジャイロトロン', []],
    ['A cryogenic pellet injector for plasma fuelling.', []],
  ])('%s → %j', (text, kinds) => {
    expect(inferPartnerKinds([text])).toEqual(kinds);
  });

  it('maps kinds to directory roles without repeats', () => {
    expect(rolesOfKinds(['premises', 'public-support'])).toEqual(['public', 'services']);
    expect(rolesOfKinds(['manufacture', 'supplier'])).toEqual([
      'component-supplier',
      'integrator',
      'materials-supplier',
    ]);
    expect(rolesOfKinds([])).toEqual([]);
  });
});
