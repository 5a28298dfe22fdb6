import { describe, expect, it } from 'vitest';
import { codesOfKinds, inferPartnerKinds, rolesOfKinds } from './partner-kinds.ts';

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
    ['Research partner for breeding blanket tests.', ['research', 'testing']],
    ['溶接部の割れを検査してくれるところを探しています。', ['testing']],
    ["We have no lab; we need to use someone's test equipment to check welds.", ['testing']],
    ['工場で働く人材を育成する研修を受けたい。', ['training']],
    ['Courses to train our technicians in vacuum work.', ['training']],
    ['大型コイルを港から運搬する輸送会社を知りたい。', ['transport']],
    ['Who handles transport of a 40-tonne coil from the port?', ['transport']],
    ['重さ15トンの装置を八戸まで運ぶ運送会社を探しています。', ['transport']],
    // What the poster already has (our office, 自社の事務所) is context, not the partner sought.
    ['We are opening our new office in Hachinohe and need to hire technicians.', ['training']],
    ['自社の事務所で働く技術者を採用したい。', ['training']],
    ['We need an office near the port for our technicians.', ['premises']],
    // 借りる takes money as readily as rooms: after a word of money it asks for a lender.
    ['開発のためのお金を借りたい。低い金利で借りられるところを教えてください。', ['finance']],
    ['資金を借りて、工場を借りたい。', ['premises', 'finance']],
    ['月額料金で借りられるラボを探しています。', ['premises']],
    // A technology alone says nothing about the kind of partner.
    ['170GHz帯のジャイロトロン', []],
    ['A cryogenic pellet injector for plasma fuelling.', []],
  ])('%s → %j', (text, kinds) => {
    expect(inferPartnerKinds([text])).toEqual(kinds);
  });

  it.each([
    // [title, body, kinds]: a title's cue counts twice; a kind under half the strongest drops.
    ['作業場を借りたい', '組立作業ができる貸し工場を探しています。', ['premises']],
    ['Land for a plant', 'We need land to build and assemble our plant.', ['premises']],
    // Without the title the assembling weighs as much as the land: both kinds stay.
    ['', 'We need land to assemble our plant.', ['premises', 'manufacture']],
  ])('title %s, body %s → %j', (title, body, kinds) => {
    expect(inferPartnerKinds([body], [title])).toEqual(kinds);
  });

  it('maps kinds to the codes their organisations pick, one group per kind that has any', () => {
    expect(codesOfKinds(['finance', 'supplier', 'transport'])).toEqual([
      ['SVC.finance'],
      ['SVC.trading', 'EPC.heavy-transport', 'EPC.logistics'],
    ]);
    expect(codesOfKinds([])).toEqual([]);
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
