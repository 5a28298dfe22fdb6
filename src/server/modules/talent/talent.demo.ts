import type { Db } from '../../db/client.ts';
import type { ProgrammeSource } from '../../db/schema/talent.ts';
import { insertEnrolment, takeSeat } from './enrolments.queries.ts';
import { insertCohort, insertProgramme, organizationIdByKey, programmeIdByKey } from './talent.queries.ts';
import type { ProgrammeInput } from './talent.schemas.ts';

// Demo programmes. The OAS ones are facts: seed 000 (the Mutsu-Ogawara study, table 1 "各コースと研修内容",
// compiled from the OAS website) gives each course's level, length and content, and says most are one day a
// week at OAS while employed (day release). The seed states no fee and no cohort size: fees are left empty
// and the default capacity of 20 is the form's default, not OAS's figure. The Hachinohe KOSEN course is
// invented (illustrative): we could not source a fusion course there. Cohorts and the enrolment are invented.

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
];

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
    if (trainee && programme.illustrative && (await takeSeat(db, cohort.id)))
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
