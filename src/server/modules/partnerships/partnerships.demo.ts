import { areaTag, japanDate } from '../../../core/partnerships/index.ts';
import type { Db } from '../../db/client.ts';
import { insertBulletin } from './bulletins.queries.ts';
import { insertDocument, insertGroup, insertMeeting, replaceMembers } from './groups.queries.ts';
import {
  agreementIdByKey,
  areasOf,
  insertActivity,
  insertAgreement,
  organizationsByKeys,
} from './partnerships.queries.ts';

// The demo's agreements are the two real ones the seeds set out, in their own words:
// - seed 003 (文部科学省と米国エネルギー省の間の共同声明): the MEXT–DOE strategic partnership, 9 April 2024, and the
//   six pillars it lists;
// - seed 004 (J-Fusion と英国 The Fusion Cluster、覚書を締結): the memorandum and its five areas, information and
//   knowledge sharing first. The seed's press release does not state the signing date, so none is given.
// The activities and bulletins under them are invented (illustrative) and say so; their dates are relative to
// the day the demo is loaded, so the chart and the quiet-area flags look the same whenever it is.

const seed003 = 'Seed 003 (/work/shared/seeds/003_32ac3e1d54aaaf77.txt): MEXT–DOE joint statement';
const seed004 = 'Seed 004 (/work/shared/seeds/004_92b412aaf9d912f0.txt): J-Fusion press release on the MoU';
const illustrative = {
  ja: '（例示：デモ用の架空の記録です）',
  en: '(Illustrative: an invented demo record.)',
};

export const demoMouKey = 'jfusion-fusion-cluster-mou';

const mou = {
  key: demoMouKey,
  kind: 'memorandum',
  parties: ['j-fusion', 'the-fusion-cluster'],
  title: {
    ja: 'J-Fusion と The Fusion Cluster の日英フュージョンエネルギー産業連携に関する覚書',
    en: 'Memorandum between J-Fusion and The Fusion Cluster on Japan–UK cooperation in the fusion energy industry',
  },
  summary: {
    ja: '日英両政府のフュージョンエネルギー開発における連携に伴い、産業分野での連携強化を目的として締結。目的：相互理解と戦略的連携の促進、日英の産業界間の連携・協力の促進、グローバルスケールでのエコシステム構築への貢献。締結日は出典（プレスリリース）に記載がありません。',
    en: "Signed alongside the two governments' fusion cooperation, to strengthen industrial cooperation. Aims: mutual understanding and strategic cooperation, cooperation between the two industries, and a global fusion ecosystem. The source (press release) does not state the signing date.",
  },
  signedOn: null,
  source: { url: 'https://jfusion.jp/', note: seed004 },
  areas: [
    {
      key: 'information-sharing',
      name: { ja: '情報および知識の共有', en: 'Information and knowledge sharing' },
      description: {
        ja: 'フュージョンエネルギーに関連する成功事例、技術的知見、規制の動向、市場トレンドなどの情報を相互に共有します。',
        en: 'Share success cases, technical knowledge, regulatory developments and market trends in fusion energy.',
      },
    },
    {
      key: 'workforce',
      name: { ja: '人材育成', en: 'Workforce development' },
      description: {
        ja: '共同研修プログラム、学術交流、人材の流動化などの取り組みを通じて、専門性の高い人材の育成を促進します。',
        en: 'Develop specialised people through joint training programmes, academic exchange and mobility.',
      },
    },
    {
      key: 'industrial-cooperation',
      name: { ja: '産業連携', en: 'Industrial cooperation' },
      description: {
        ja: '共同研究、サプライチェーンの統合、実証プロジェクト、イノベーションパートナーシップなどの協力機会を特定・推進します。',
        en: 'Identify and pursue joint research, supply-chain integration, demonstration projects and innovation partnerships.',
      },
    },
    {
      key: 'public-engagement',
      name: { ja: '一般認知とステークホルダーとの連携', en: 'Public awareness and stakeholder engagement' },
      description: {
        ja: '広報活動やイベント、各ステークホルダーとの対話を通じて、フュージョンエネルギーに対する社会的理解と支持を共同で促進します。',
        en: 'Promote public understanding and support through outreach, events and dialogue with stakeholders.',
      },
    },
    {
      key: 'government-liaison',
      name: { ja: '官公庁との連携', en: 'Cooperation with government bodies' },
      description: {
        ja: '両国の関係省庁、研究機関、資金提供機関との連携の可能性を探り、協調体制の構築を目指します。',
        en: 'Explore cooperation with ministries, research bodies and funders in both countries.',
      },
    },
  ],
};

const jointStatement = {
  key: 'mext-doe-strategic-partnership',
  kind: 'joint-statement',
  parties: ['mext', 'doe-fes'],
  title: {
    ja: 'フュージョンエネルギーの実証と商業化を加速する戦略的パートナーシップに関する文部科学省と米国エネルギー省の間の共同声明',
    en: 'MEXT–DOE joint statement on a strategic partnership to accelerate fusion energy demonstration and commercialisation',
  },
  summary: {
    ja: '日米科学技術協力協定の下の核融合エネルギー調整委員会（CCFE）を活用し、両国の大学、国立研究所、民間企業の資源と施設の相互補完性を発展させる。CCFE を通じて活動を推進する。',
    en: 'Builds on the Coordinating Committee on Fusion Energy (CCFE) under the Japan–US Science and Technology Agreement to develop the complementarity of both countries’ universities, national laboratories and companies; activities are driven through the CCFE.',
  },
  signedOn: '2024-04-09',
  source: { url: 'https://www.mext.go.jp/', asOf: '2024-04-09', note: seed003 },
  areas: [
    {
      key: 'science-technology',
      name: { ja: '科学的・技術的課題への取組', en: 'Scientific and technical challenges' },
      description: {
        ja: '日米科学技術協力協定に基づいて実施される活動を通して、様々な核融合システムにおいて、商業的に実現可能なフュージョンエネルギーを提供するための科学的・技術的課題に取り組む。',
        en: 'Address the scientific and technical challenges of delivering commercially viable fusion energy across fusion systems, through activities under the Science and Technology Agreement.',
      },
    },
    {
      key: 'facilities',
      name: { ja: '施設の共用及び開発', en: 'Sharing and developing facilities' },
      description: {
        ja: '核融合研究開発に必要な施設の共用及び開発を行う機会や、協調的で戦略的なアプローチにより日米の価値をどのように最大化できるかを探索する。',
        en: 'Explore opportunities to share and develop the facilities fusion R&D needs, and how a coordinated, strategic approach can maximise value for both countries.',
      },
    },
    {
      key: 'regulation-standards',
      name: { ja: '規制の枠組み・規格基準の国際的協調', en: 'Regulatory frameworks, codes and standards' },
      description: {
        ja: '米国原子力規制委員会によるルール策定の努力や、IAEA 及び Agile Nations 核融合ワーキンググループの下で進行中の議論を活用することを含め、規制の枠組みや規格・基準の国際的協調を促進する。',
        en: "Promote international harmonisation of regulatory frameworks, codes and standards, drawing on the NRC's rulemaking and the IAEA and Agile Nations fusion working group discussions.",
      },
    },
    {
      key: 'supply-chain',
      name: { ja: '強靱な世界的サプライチェーン', en: 'A resilient global supply chain' },
      description: {
        ja: '両国における核融合に関する業界団体間の議論を歓迎・考慮し、商業的な核融合の展開を促進する強靱な世界的サプライチェーンの発展を特定し、支援する。',
        en: "Welcome the two countries' fusion industry associations' discussions, and identify and support a resilient global supply chain for commercial fusion deployment.",
      },
    },
    {
      key: 'public-engagement',
      name: { ja: 'パブリック・エンゲージメント', en: 'Public engagement' },
      description: {
        ja: 'フュージョンエネルギーを展開する際の社会的受容性を促進し、公正にクリーンエネルギーに移行できるように、パブリック・エンゲージメント（公衆関与）を支援する。',
        en: 'Support public engagement for social acceptance of fusion deployment and a just transition to clean energy.',
      },
    },
    {
      key: 'workforce',
      name: { ja: '職能開発', en: 'Workforce development' },
      description: {
        ja: '次の十年及びそれ以降に核融合分野で必要となる、強固で包括的で多様な労働力のために、必要な人員・能力の育成を確保するための職能開発を推進する。',
        en: 'Advance workforce development for the strong, inclusive and diverse fusion workforce of the next decade and beyond.',
      },
    },
  ],
};

const daysAgo = (now: Date, days: number) => japanDate(new Date(now.getTime() - days * 86_400_000));

/** Loads the two agreements, illustrative activities and bulletins, and an illustrative working group. */
export async function loadDemoPartnerships(db: Db, now: Date) {
  if (await agreementIdByKey(db, demoMouKey)) return;
  const orgs = new Map(
    (await organizationsByKeys(db, [...mou.parties, ...jointStatement.parties, ...groupMembers])).map((o) => [
      o.key,
      o.id,
    ]),
  );
  await loadDemoGroup(db, orgs, now);
  const ids: Record<string, string> = {};
  for (const a of [mou, jointStatement]) {
    const parties = a.parties.map((k) => orgs.get(k)).filter((id): id is string => !!id);
    if (parties.length < 2) continue; // a bundle without the parties: nothing to attach the agreement to
    const row = await insertAgreement(
      db,
      {
        key: a.key,
        kind: a.kind,
        title: a.title,
        summary: a.summary,
        signedOn: a.signedOn,
        status: 'active',
        source: a.source,
      },
      parties,
      a.areas.map((x, i) => ({ key: x.key, position: i, name: x.name, description: x.description })),
    );
    ids[a.key] = row.id;
  }
  const mouId = ids[demoMouKey];
  if (!mouId) return;
  const areas = new Map((await areasOf(db, [mouId])).map((a) => [a.key, a.id]));
  const jf = orgs.get('j-fusion')!;
  const tfc = orgs.get('the-fusion-cluster')!;
  // Information sharing and industrial cooperation are busy; workforce had one exchange long ago; public
  // engagement and government liaison have nothing yet, so the page flags three quiet areas.
  const activities = [
    [
      'information-sharing',
      'bulletin',
      20,
      '規制動向の共有ノート（日英）',
      'Shared note on regulatory developments (JP/UK)',
    ],
    [
      'information-sharing',
      'joint-workshop',
      75,
      '日英オンライン情報交換会',
      'Japan–UK online information exchange',
    ],
    ['information-sharing', 'bulletin', 140, '市場動向の共有ノート', 'Shared note on market trends'],
    [
      'industrial-cooperation',
      'mission',
      110,
      '英国カラム地域への企業ミッション',
      'Company mission to the Culham area',
    ],
    [
      'industrial-cooperation',
      'joint-project',
      260,
      'サプライチェーン共同マッピング',
      'Joint supply-chain mapping',
    ],
    ['workforce', 'staff-exchange', 420, '若手技術者の短期交流', 'Short exchange of early-career engineers'],
  ] as const;
  for (const [area, kind, ago, ja, en] of activities)
    await insertActivity(db, {
      agreementId: mouId,
      areaId: areas.get(area)!,
      kind,
      title: { ja: `${ja}（例示）`, en: `${en} (illustrative)` },
      occurredOn: daysAgo(now, ago),
      participantOrganizationIds: [jf, tfc],
      outcome: illustrative,
      illustrative: true,
    });
  const bulletins = [
    {
      kind: 'regulation-news',
      audience: 'public',
      ago: 3,
      technologies: ['SRG.standards'],
      area: 'information-sharing',
      title: {
        ja: '核融合の規制に関する動向（例示）',
        en: 'Developments in fusion regulation (illustrative)',
      },
    },
    {
      kind: 'market-news',
      audience: 'members',
      ago: 9,
      technologies: ['MAG.hts'],
      area: 'industrial-cooperation',
      title: { ja: '高温超伝導線材の需要動向（例示）', en: 'Demand for HTS tape (illustrative)' },
    },
    {
      kind: 'call-for-proposals',
      audience: 'partners',
      ago: 12,
      technologies: [],
      area: 'industrial-cooperation',
      title: {
        ja: '日英共同実証の提案募集（例示）',
        en: 'Call for joint Japan–UK demonstration proposals (illustrative)',
      },
    },
  ] as const;
  for (const b of bulletins)
    await insertBulletin(db, {
      kind: b.kind,
      title: b.title,
      body: illustrative,
      technologies: [...b.technologies],
      areaIds: [areas.get(b.area)!],
      tags: [...b.technologies, areaTag(demoMouKey, b.area)],
      audience: b.audience,
      authorOrganizationId: jf,
      publishedAt: new Date(now.getTime() - b.ago * 86_400_000),
      illustrative: true,
    });
}

// The alliance's working group is invented (illustrative): the demo member's company leads it, so the member
// account can record its meetings.
const groupMembers = ['kyoto-fusioneering', 'aomori-itc', '21aomori'];

async function loadDemoGroup(db: Db, orgs: Map<string, string>, now: Date) {
  const ids = groupMembers.map((k) => orgs.get(k)).filter((id): id is string => !!id);
  if (ids.length < 2) return;
  const g = await insertGroup(db, {
    key: 'demo-supply-chain-wg',
    name: { ja: 'サプライチェーン部会（例示）', en: 'Supply-chain working group (illustrative)' },
    description: {
      ja: `立地企業と支援機関が、核融合関連の調達に地域企業が参加する道筋を検討します。${illustrative.ja}`,
      en: `Sited companies and support bodies work out how regional firms join fusion procurement. ${illustrative.en}`,
    },
    illustrative: true,
  });
  await replaceMembers(db, g.id, ids, ids[0]!);
  await insertMeeting(
    db,
    {
      groupId: g.id,
      heldOn: daysAgo(now, 30),
      title: { ja: '第1回部会（例示）', en: 'First meeting (illustrative)' },
      minutes: {
        ja: `地域企業の加工能力の一覧を作ることで合意。${illustrative.ja}`,
        en: `Agreed to list regional firms' machining capabilities. ${illustrative.en}`,
      },
    },
    [
      {
        text: { ja: '加工能力の調査票を作成', en: 'Draft the capability questionnaire' },
        ownerOrganizationId: ids[1] ?? null,
        dueOn: daysAgo(now, -14),
      },
      {
        text: { ja: '次回会合の日程調整', en: 'Schedule the next meeting' },
        ownerOrganizationId: ids[0]!,
        dueOn: daysAgo(now, -7),
      },
    ],
  );
  await insertDocument(db, {
    groupId: g.id,
    title: { ja: '部会の設置趣旨（例示）', en: 'Terms of reference (illustrative)' },
    url: 'https://example.org/illustrative/terms-of-reference.pdf',
    visibility: 'members',
  });
}
