import { indexTerms } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { PublicSource } from '../../db/schema/public.ts';
import {
  countExplainers,
  insertExplainer,
  insertFaq,
  insertQuestion,
  organizationByKey,
} from './public.queries.ts';

// The demo's public face. Facts on the explainer pages come from the seed documents the project was given
// (shared/seeds), each cited with the file and the as-of date the document gives; wording that goes beyond
// them is kept general, and the pages and records that carry it are marked illustrative. The residents'
// questions and the FAQ entry are invented and marked illustrative too.

const strategy: PublicSource = {
  label:
    'フュージョンインダストリーの育成戦略／フュージョンエネルギー・イノベーション戦略の概要（内閣府資料、seeds/001）',
  asOf: '2024-02-20',
};
const mutsuSurvey: PublicSource = {
  label: 'むつ小川原開発地区への企業立地に関する調査報告（青森県、令和6年度アンケート、seeds/000）',
  asOf: '2024-11-01',
};

const pages = [
  {
    slug: 'what-is-fusion',
    illustrative: false,
    title: { ja: 'フュージョンエネルギーとは', en: 'What fusion energy is' },
    summary: {
      ja: '軽い原子核どうしが融合するときに出るエネルギーを使う発電の考え方と、国の戦略。',
      en: 'Power from light nuclei fusing together, and the national strategy behind it.',
    },
    body: {
      ja: `## 国の戦略\n\n2023年4月、国は初の国家戦略として「フュージョンエネルギー・イノベーション戦略」を策定しました。ITER計画・BA活動、原型炉開発に加え、産業化などの多面的な取り組みで実用化を加速するとしています。\n\n## 特徴\n\n戦略はフュージョンエネルギーの特徴として、次の4点を挙げています。\n\n1. カーボンニュートラル\n2. 豊富な燃料\n3. 固有の安全性\n4. 環境保全性\n\n## 実験装置\n\n日欧共同の超伝導トカマク装置 JT-60SA は初プラズマを達成し、2023年12月1日に運転開始記念式典が行われました。`,
      en: `## The national strategy\n\nIn April 2023 Japan adopted its first national strategy for fusion, the Fusion Energy Innovation Strategy. Alongside ITER, the Broader Approach and the prototype reactor, it speeds up practical use through industrialisation and other approaches.\n\n## Features\n\nThe strategy names four features of fusion energy:\n\n1. carbon neutrality\n2. abundant fuel\n3. inherent safety\n4. environmental conservation\n\n## Devices\n\nJT-60SA, the superconducting tokamak Japan and Europe built together, produced its first plasma; its inauguration ceremony was held on 1 December 2023.`,
    },
    sources: [strategy],
  },
  {
    slug: 'fusion-safety',
    illustrative: true,
    title: { ja: 'フュージョンの安全性', en: 'Fusion and safety' },
    summary: {
      ja: '国の戦略が「固有の安全性」を特徴に挙げる理由と、安全確保の考え方づくり。',
      en: 'Why the national strategy counts inherent safety among its features, and the work on safety rules.',
    },
    body: {
      ja: `## 固有の安全性\n\n国の戦略は、フュージョンエネルギーの特徴の一つに「固有の安全性」を挙げています。\n\n一般的な説明として、核融合反応は高温のプラズマを保ち続けないと止まる性質があるとされます（このページの一般的な説明は例示です。詳しくは研究機関の資料をご覧ください）。\n\n## 安全確保の考え方\n\n国は産業協議会とも連携して、安全確保の基本的な考え方を策定するとしています。安全規制や標準化については、同志国との議論も進められています。`,
      en: `## Inherent safety\n\nThe national strategy names inherent safety as one of the features of fusion energy.\n\nIn general terms, the fusion reaction is said to stop unless a very hot plasma is kept going (this general explanation is illustrative; see the research institutes' own material for detail).\n\n## Safety rules\n\nThe government says it will set out the basic approach to ensuring safety together with the industry council, and safety regulation and standards are being discussed with like-minded countries.`,
    },
    sources: [strategy],
  },
  {
    slug: 'research-institutes',
    illustrative: false,
    title: { ja: '研究機関：QST と NIFS', en: 'The research institutes: QST and NIFS' },
    summary: {
      ja: 'むつ小川原の QST と、岐阜県土岐市の核融合科学研究所。',
      en: 'QST at Mutsu-Ogawara, and the National Institute for Fusion Science in Toki, Gifu.',
    },
    body: {
      ja: `## QST（量子科学技術研究開発機構）\n\nむつ小川原開発地区には、フュージョンエネルギー・イノベーション拠点として位置付けられている QST をはじめとする核融合関連の研究機関が立地しています。\n\n## 核融合科学研究所（NIFS）\n\n核融合科学研究所は岐阜県土岐市にある、核融合科学分野の国立の研究所です。大学共同利用機関として平成元年5月に設立されました。世界最大級の大型ヘリカル装置（LHD）やスーパーコンピュータなどを共同利用に供しています。`,
      en: `## QST (National Institutes for Quantum Science and Technology)\n\nThe Mutsu-Ogawara development area hosts fusion research institutes, QST first among them, positioned as the fusion energy innovation hub.\n\n## NIFS (National Institute for Fusion Science)\n\nNIFS, in Toki, Gifu, is the national institute for fusion science, founded in May 1989 as an inter-university research institute. It offers shared use of one of the world's largest helical devices (LHD), a supercomputer and other facilities.`,
    },
    sources: [mutsuSurvey],
  },
  {
    slug: 'the-cluster',
    illustrative: false,
    title: { ja: 'むつ小川原のフュージョン産業クラスター', en: 'The Mutsu-Ogawara fusion cluster' },
    summary: {
      ja: 'なぜこの地域に企業が集まるのか、住民の皆さんと何を共有したいのか。',
      en: 'Why companies come to this area, and what the cluster wants to share with residents.',
    },
    body: {
      ja: `## 地域の強み\n\nむつ小川原開発地区には QST をはじめとする核融合関連の研究機関や原子力関連産業が立地しており、核融合炉や実験・実証施設の誘致にあたって一定の優位性があるとされています。\n\n## 住民の皆さんへの情報発信\n\n県のアンケートの自由意見では、安全規制の整備や、フュージョンエネルギー技術の安全性の周知に関する意見が多くみられました。仕組みや安全性に関する情報発信、企業と地元の住民・自治体との調整の支援が求められています。このページと「住民の質問」はそのためのものです。`,
      en: `## The area's strengths\n\nThe Mutsu-Ogawara development area hosts fusion research institutes, QST first among them, and nuclear industry, which gives it an advantage in attracting fusion reactors and experimental or demonstration facilities.\n\n## Informing residents\n\nIn the prefecture's survey, many free comments asked for safety regulation and for the safety of fusion technology to be made known. Companies asked for help explaining how it works and how safe it is, and for coordination with residents and municipalities. These pages and the residents' questions are for that.`,
    },
    sources: [mutsuSurvey],
  },
];

/** Adds the demo pages, questions and FAQ entry once, on a database with no explainer page. */
export async function loadDemoPublic(db: Db, now: Date) {
  if ((await countExplainers(db)) > 0) return;
  for (const page of pages) await insertExplainer(db, { ...page, published: true, updatedAt: now });
  const prefecture = await organizationByKey(db, 'aomori-prefecture');
  const hour = 60 * 60 * 1000;
  const asked = 'フュージョンの施設ができたら、地震のときは安全ですか？';
  const answer = {
    ja: '（例示）施設の安全対策は、国の安全確保の考え方に沿って検討されます。説明会で詳しくお伝えします。',
    en: '(Illustrative) Safety measures for facilities follow the national approach to safety; residents’ sessions will explain them in detail.',
  };
  await insertQuestion(db, {
    askerName: '六ヶ所村の住民（例示）',
    language: 'ja',
    question: asked,
    status: 'published',
    askedAt: new Date(now.getTime() - 72 * hour),
    publishedAt: new Date(now.getTime() - 48 * hour),
    ...(prefecture
      ? { answer, answeredBy: prefecture.id, answeredAt: new Date(now.getTime() - 24 * hour) }
      : {}),
    searchTerms: indexTerms([asked, answer.ja, answer.en]),
    illustrative: true,
  });
  const pending = 'Will there be a visitors’ day at the research facilities? (illustrative)';
  await insertQuestion(db, {
    language: 'en',
    question: pending,
    askedAt: new Date(now.getTime() - 3 * hour),
    searchTerms: indexTerms([pending]),
    illustrative: true,
  });
  const faq = {
    question: {
      ja: '（例示）研究機関と共同研究をしたい。どこに相談すればよいですか？',
      en: '(Illustrative) We want joint research with an institute. Whom do we ask?',
    },
    answer: {
      ja: 'ワンストップ窓口にご相談ください。内容に応じて支援機関や研究機関をご紹介します。',
      en: 'Ask the one-stop desk: it refers you to the support body or institute that fits.',
    },
  };
  await insertFaq(db, {
    ...faq,
    searchTerms: indexTerms([faq.question.ja, faq.question.en, faq.answer.ja, faq.answer.en]),
    createdAt: now,
    updatedAt: now,
  });
}
