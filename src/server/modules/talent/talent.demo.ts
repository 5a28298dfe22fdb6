import type { Db } from '../../db/client.ts';
import type { ProgrammeSource } from '../../db/schema/talent.ts';
import { insertEnrolment, takeSeat } from './enrolments.queries.ts';
import { insertCohort, insertProgramme, organizationIdByKey, programmeIdByKey } from './talent.queries.ts';
import type { ProgrammeInput } from './talent.schemas.ts';

// Demo programmes. The OAS ones are facts: seed 000 (the Mutsu-Ogawara study, table 1 "各コースと研修内容",
// compiled from the OAS website) gives each course's level, length and content, and says most are one day a
// week at OAS while employed (day release). The seed states no fee and no cohort size: fees are left empty
// and the default capacity of 20 is the form's default, not OAS's figure. The Hachinohe KOSEN fusion course is
// invented (illustrative): we could not source a fusion course there. Cohorts and the enrolment are invented.
//
// Three more providers the issue names, each with the source that states what is real about it. The sources
// say that a programme exists and what it is for, never its level, length, capacity or fee: those are ours,
// so these records are marked illustrative (the badge shows) and their source note says which part is sourced.
// - Hachinohe KOSEN: METI Tohoku's draft strategic cluster plan (May 2026), "training facilities in Tohoku",
//   says Hachinohe, Akita (and Hakodate) KOSEN were chosen in FY2024 as hub schools that draw up offshore-wind
//   curricula.
// - QST: the Fusion Energy Innovation Strategy (Cabinet Office, 2023) puts QST at the centre of a system with
//   academia and industry, with human resource development using ITER and JT-60SA (at QST Naka).
// - Tohoku University: our sources name no fusion course; its directory record says its Institute for
//   Materials Research works on materials for fission and fusion. The course is invented from that alone.

const oasSource: ProgrammeSource = {
  url: 'https://www.oas.ukaea.uk/',
  asOf: '2024-11-01',
  note: 'Seed 000 (Mutsu-Ogawara study, FY2024), table 1, compiled from the OAS website',
};
const dayRelease = {
  ja: '多くは雇用先で働きながら週1回程度 OAS で受講',
  en: 'Mostly one day a week at OAS while employed',
};

type DemoProgramme = Omit<ProgrammeInput, 'provider' | 'key'> & { key: string; provider: string };

const weeks = (months: number) => Math.round((months * 52) / 12);

const oas = (
  key: string,
  level: number,
  months: number,
  title: { ja: string; en: string },
  content: { ja: string; en: string },
  skills: string[],
): DemoProgramme => ({
  key,
  provider: 'oxfordshire-advanced-skills',
  title,
  description: { ja: `${content.ja}。${dayRelease.ja}。`, en: `${content.en}. ${dayRelease.en}.` },
  level,
  skills,
  durationWeeks: weeks(months),
  delivery: 'day-release',
  defaultCapacity: 20,
  feeJpy: null,
  employerSponsor: true,
  publicSubsidy: null,
  source: oasSource,
  illustrative: false,
});

export const demoProgrammes: DemoProgramme[] = [
  oas(
    'oas-l2-engineering-maintenance',
    2,
    18,
    { ja: 'エンジニア育成（保守点検）', en: 'Engineering (maintenance)' },
    {
      ja: '機械一般（精密機器、生活必需品）の保守点検技術の修得',
      en: 'Maintenance and inspection of machinery (precision equipment, consumer goods)',
    },
    ['SK.mechatronics'],
  ),
  oas(
    'oas-l2-manufacturing-operative',
    2,
    15,
    { ja: '製造業就労者育成', en: 'Manufacturing operative' },
    {
      ja: '製造オペレーション技術の習得（検品、品質保証等）',
      en: 'Manufacturing operations (inspection, quality assurance)',
    },
    ['SK.quality-assurance'],
  ),
  oas(
    'oas-l3-engineering-technician',
    3,
    48,
    {
      ja: 'エンジニア育成（メカトロニクス・製造・機械加工）',
      en: 'Engineering technician (mechatronics, manufacturing, machining)',
    },
    {
      ja: '安全衛生管理・数学のほか、メカトロニクス（PLC、CAD、ロボット工学）、製造技術、機械加工（ミーリング、旋削、CNC）',
      en: 'Health and safety and maths, with mechatronics (PLC, CAD, robotics), manufacturing engineering or machining (milling, turning, CNC)',
    },
    ['SK.mechatronics', 'SK.control-systems', 'SK.precision-machining'],
  ),
  oas(
    'oas-l4-control-engineering',
    4,
    48,
    { ja: '機械制御工学', en: 'Control engineering' },
    {
      ja: '機械制御数学、制御工学、機械設計法、電子工学、プロジェクト管理（オプションで産業用ロボット、PLC）',
      en: 'Control maths, control engineering, machine design, electronics, project management (options: industrial robots, PLC)',
    },
    ['SK.control-systems', 'SK.mechatronics'],
  ),
  oas(
    'oas-l4-hnc',
    4,
    24,
    { ja: '高等国家サーティフィケート（HNC）', en: 'Higher National Certificate (HNC)' },
    {
      ja: 'HNC の上級エンジニアリング認定資格を取得するための研修',
      en: 'Training for the HNC advanced engineering qualification',
    },
    ['SK.mechatronics'],
  ),
  oas(
    'oas-l6-digital-technology',
    6,
    30,
    { ja: '高度デジタル人材（学位）', en: 'Digital technology solutions (degree)' },
    {
      ja: 'ソフトウェア設計、データサイエンス、サイバーセキュリティに関する学位取得',
      en: 'A degree in software design, data science and cyber security',
    },
    ['SK.data-science'],
  ),
  oas(
    'oas-l6-data-scientist',
    6,
    36,
    { ja: 'データサイエンティスト（学位）', en: 'Data scientist (degree)' },
    {
      ja: 'プログラミング、ビッグデータ、AI、機械学習、ロボットのプロセス自動化に関する学位取得',
      en: 'A degree in programming, big data, AI, machine learning and robotic process automation',
    },
    ['SK.data-science'],
  ),
  {
    key: 'hachinohe-kosen-fusion-technician',
    provider: 'hachinohe-kosen',
    title: {
      ja: 'フュージョン技術者養成講座（例示）',
      en: 'Fusion technician course (illustrative)',
    },
    description: {
      ja: '例示のための架空の講座です。真空・放射線防護・原子力規格の溶接の基礎を、雇用先で働きながら週1日学ぶ想定です。',
      en: 'An invented course, for illustration: vacuum, radiation protection and nuclear-code welding basics, one day a week while employed.',
    },
    level: 5,
    skills: ['SK.vacuum', 'SK.radiation-protection', 'SK.nuclear-welding'],
    durationWeeks: 52,
    delivery: 'day-release',
    defaultCapacity: 20,
    feeJpy: 120_000,
    employerSponsor: true,
    publicSubsidy: { ja: '県の人材育成補助（例示）', en: 'Prefectural training subsidy (illustrative)' },
    source: null,
    illustrative: true,
  },
  {
    key: 'hachinohe-kosen-offshore-wind',
    provider: 'hachinohe-kosen',
    title: { ja: '洋上風力人材育成（拠点校）', en: 'Offshore wind engineering (hub school)' },
    description: {
      ja: '八戸高専は2024年度、洋上風力分野の高度な人材育成に向けてカリキュラム策定などを進める拠点校に選ばれた（秋田高専・函館高専とともに）。レベル・期間・定員・費用は例示です。',
      en: 'In FY2024 Hachinohe KOSEN was chosen, with Akita and Hakodate KOSEN, as a hub school drawing up offshore-wind curricula for advanced training. Level, length, capacity and fee here are illustrative.',
    },
    level: 5,
    skills: ['SK.wind.offshore-safety', 'SK.wind.high-voltage', 'SK.wind.marine-ops'],
    durationWeeks: 52,
    delivery: 'full-time',
    defaultCapacity: 20,
    feeJpy: null,
    employerSponsor: false,
    publicSubsidy: null,
    source: {
      url: 'https://www.tohoku.meti.go.jp/',
      asOf: '2026-05-01',
      note: '東北経済産業局「東北地域における戦略産業クラスター計画の素案」（2026年5月）「東北地域の人材育成施設」: hub schools chosen in FY2024. Level, length, capacity: illustrative',
    },
    illustrative: true,
  },
  {
    key: 'qst-naka-iter-jt60sa-training',
    provider: 'qst-naka',
    title: {
      ja: 'ITER・JT-60SA を活用した人材育成',
      en: 'Human resource development with ITER and JT-60SA',
    },
    description: {
      ja: 'フュージョンエネルギー・イノベーション戦略は、QST を中心にアカデミアや民間企業を結集する体制と、ITER・JT-60SA 等を活用した人材育成、大学間連携による教育プログラムを掲げる。レベル・期間・定員は例示です。',
      en: 'The Fusion Energy Innovation Strategy sets up a QST-centred system with academia and industry, human resource development using ITER and JT-60SA, and inter-university education programmes. Level, length and capacity here are illustrative.',
    },
    level: 7,
    skills: ['SK.vacuum', 'SK.cryogenics', 'SK.hts-winding', 'SK.control-systems', 'SK.high-voltage'],
    durationWeeks: 26,
    delivery: 'full-time',
    defaultCapacity: 10,
    feeJpy: null,
    employerSponsor: false,
    publicSubsidy: null,
    source: {
      url: 'https://www8.cao.go.jp/cstp/fusion/230426_overview.pdf',
      asOf: '2023-04-26',
      note: 'Fusion Energy Innovation Strategy (Cabinet Office, 2023): human resource development using ITER and JT-60SA. Level, length, capacity: illustrative',
    },
    illustrative: true,
  },
  {
    key: 'tohoku-university-fusion-materials',
    provider: 'tohoku-university',
    title: { ja: '核融合炉材料コース（例示）', en: 'Fusion reactor materials (illustrative)' },
    description: {
      ja: '例示のための架空のコースです。東北大学の金属材料研究所が核融合材料を含む材料研究を行っていることだけが出典に基づきます。',
      en: "An invented course, for illustration. Only the fact that Tohoku University's Institute for Materials Research works on materials for fusion is sourced.",
    },
    level: 7,
    skills: ['SK.radiation-protection', 'SK.quality-assurance'],
    durationWeeks: 104,
    delivery: 'full-time',
    defaultCapacity: 10,
    feeJpy: null,
    employerSponsor: false,
    publicSubsidy: null,
    source: {
      url: 'https://www.tohoku.ac.jp/',
      asOf: '2025-06-01',
      note: "The directory's Tohoku University record (materials research for fission and fusion); the course itself is invented",
    },
    illustrative: true,
  },
];

/** The demo trainee's (illustrative) place is on the invented KOSEN fusion course. */
const traineeCourse = 'hachinohe-kosen-fusion-technician';

/**
 * Loads the demo programmes once (by key) with an illustrative cohort each, and gives the demo trainee an
 * illustrative place in the KOSEN course. Providers missing from the directory are skipped.
 */
export async function loadTalentDemo(db: Db, trainee?: { id: string; name: string; email: string }) {
  for (const { provider, ...programme } of demoProgrammes) {
    if (await programmeIdByKey(db, programme.key)) continue;
    const providerId = await organizationIdByKey(db, provider);
    if (!providerId) continue;
    const { id } = await insertProgramme(db, { ...programme, providerOrganizationId: providerId });
    const cohort = await insertCohort(db, {
      programmeId: id,
      startOn: '2027-09-06',
      capacity: programme.defaultCapacity,
      illustrative: true,
    });
    if (trainee && programme.key === traineeCourse && (await takeSeat(db, cohort.id)))
      await insertEnrolment(db, {
        cohortId: cohort.id,
        traineeUserId: trainee.id,
        traineeName: trainee.name,
        traineeEmail: trainee.email,
        status: 'enrolled',
        illustrative: true,
      });
  }
}
