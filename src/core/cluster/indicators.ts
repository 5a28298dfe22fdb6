/**
 * The cluster indicators, each defined once: its unit, the module its records come from, which way is better,
 * how its monthly figure is aggregated from its records, and a bilingual explanation of how it is computed.
 * The SQL of each is a named record set in modules/cluster/indicators.queries.ts under the same key.
 */
import type { Label } from '../label.ts';

export type Direction = 'higher' | 'lower';
/**
 * flow: records dated in the month; stock: records in force at the month's end; share: 100 × the records in
 * force of the numerator set over those of the denominator set; median: the median value of the month's
 * records; coverage: the taxonomy's codes held by at least one regional supplier at the month's end;
 * projection: a figure computed from its records' content as they stood at the month's end (workforce-gap.ts).
 */
export type Aggregation = 'flow' | 'stock' | 'share' | 'median' | 'coverage' | 'gaps' | 'projection';
export type SourceModule =
  | 'directory'
  | 'matching'
  | 'surveys'
  | 'siting'
  | 'talent'
  | 'incubation'
  | 'desk'
  | 'events'
  | 'partnerships';

export type IndicatorDefinition = {
  key: string;
  module: SourceModule;
  unit: Label;
  direction: Direction;
  aggregation: Aggregation;
  label: Label;
  explanation: Label;
  /** What the breakdown at the as-of date splits the figure by, when there is one. */
  breakdown?: Label;
};

const orgs = { ja: '団体', en: 'organisations' };
const count = { ja: '件', en: 'records' };
const percent = { ja: '%', en: '%' };
const people = { ja: '人', en: 'people' };

const defs: IndicatorDefinition[] = [
  {
    key: 'organizations-in-region',
    module: 'directory',
    unit: orgs,
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: '地域内の団体数', en: 'Organisations in the region' },
    explanation: {
      ja: '月末時点でクラスターに属し、地域（既定は東北6県）に所在する公開団体の数。内訳は供給網上の役割。',
      en: "Published organisations listed in the cluster at the month's end and located in the region (Tohoku's six prefectures unless another is chosen); broken down by supply-chain role.",
    },
    breakdown: { ja: '役割', en: 'role' },
  },
  {
    key: 'members',
    module: 'directory',
    unit: orgs,
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: 'クラスター所属団体数', en: 'Members' },
    explanation: {
      ja: '月末時点でクラスターに属する団体の数（所在地を問わない）。団体の変更履歴から数えるため、後の削除や所属変更で過去の値は変わらない。内訳は団体種別。',
      en: "Organisations listed in the cluster at the month's end, wherever they are, counted from the organisations' history so later deletions or re-clustering leave past months unchanged; broken down by kind.",
    },
    breakdown: { ja: '種別', en: 'kind' },
  },
  {
    key: 'technology-coverage',
    module: 'directory',
    unit: percent,
    direction: 'higher',
    aggregation: 'coverage',
    label: { ja: '技術カバー率', en: 'Technology coverage' },
    explanation: {
      ja: 'クラスターの技術分類のうち、月末時点で地域内の団体が1つ以上保有する分類の割合（%）。',
      en: "Share (%) of the cluster's taxonomy codes held by at least one organisation in the region at the month's end.",
    },
  },
  {
    key: 'technology-gaps',
    module: 'directory',
    unit: { ja: '分類', en: 'codes' },
    direction: 'lower',
    aggregation: 'gaps',
    label: { ja: '技術の空白', en: 'Technology gaps' },
    explanation: {
      ja: 'クラスターの技術分類のうち、月末時点で地域内に保有団体が1つもない分類の数。',
      en: "Taxonomy codes of the cluster that no organisation in the region holds at the month's end.",
    },
  },
  {
    key: 'needs-posted',
    module: 'matching',
    unit: count,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '投稿されたニーズ', en: 'Needs posted' },
    explanation: {
      ja: 'その月に、投稿時点でクラスターに属していた団体が投稿したニーズの数。匿名ニーズは投稿者を示さない。',
      en: 'Needs posted in the month by organisations in the cluster when they posted; an anonymous need never shows its owner.',
    },
  },
  {
    key: 'seeds-posted',
    module: 'matching',
    unit: count,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '投稿されたシーズ', en: 'Seeds posted' },
    explanation: {
      ja: 'その月に、投稿時点でクラスターに属していた団体が投稿したシーズの数。',
      en: 'Seeds posted in the month by organisations in the cluster when they posted.',
    },
  },
  {
    key: 'introductions',
    module: 'matching',
    unit: count,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '紹介（依頼）', en: 'Introductions requested' },
    explanation: {
      ja: 'その月に依頼された紹介のうち、依頼側か相手側がクラスター所属の団体であるもの。内訳は基準日時点の段階（状態の履歴から）。',
      en: 'Introductions requested in the month where either side was in the cluster; broken down by the stage each had reached at the as-of date (from the introductions’ state history).',
    },
    breakdown: { ja: '段階', en: 'stage' },
  },
  {
    key: 'introduction-conversion',
    module: 'matching',
    unit: percent,
    direction: 'higher',
    aggregation: 'share',
    label: { ja: '紹介の成約率', en: 'Introduction conversion' },
    explanation: {
      ja: '月末までに依頼された紹介のうち、月末までに「契約」段階に達したものの割合（%）。',
      en: "Share (%) of the introductions requested by the month's end that had reached the contract stage by then.",
    },
  },
  {
    key: 'survey-response-rate',
    module: 'surveys',
    unit: percent,
    direction: 'higher',
    aggregation: 'share',
    label: { ja: 'アンケート回答率', en: 'Survey response rate' },
    explanation: {
      ja: '月末までにクラスター所属団体へ送られた調査依頼（合成データの調査を除く）のうち、月末までに回答が提出された割合（%）。',
      en: "Share (%) of the survey invitations sent to organisations in the cluster by the month's end (constructed surveys excluded) answered by then.",
    },
  },
  {
    key: 'members-planning-site',
    module: 'surveys',
    unit: percent,
    direction: 'higher',
    aggregation: 'share',
    label: { ja: '立地を計画する会員の割合', en: 'Members planning a site' },
    explanation: {
      ja: '立地アンケートの設問①（国内での新たな拠点・施設の開設）に「計画・予定あり」または「可能性あり」と答えた割合（%）。月末時点の各団体の最新の回答を数え、クラスター所属団体の回答と、団体を伏せた回答はクラスターを対象とする調査のもの（シード000の2024年調査を再現した合成回答を含む）。',
      en: "Share (%) of answers to the siting survey's question ① (a new site or facility in Japan) that say it is planned or possible: each organisation's latest answer at the month's end, from organisations in the cluster, and answers without a named organisation from surveys addressed to the cluster (the constructed reproduction of seed 000's 2024 survey among them).",
    },
    breakdown: { ja: '回答', en: 'Answer' },
  },
  {
    key: 'sites-evaluated',
    module: 'siting',
    unit: { ja: '候補地', en: 'sites' },
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: '評価された候補地', en: 'Sites evaluated' },
    explanation: {
      ja: '月末までに立地検討（スタディ）で一度でも評価された候補地の数（地域指定時はその地域の候補地）。立地検討はクラスターに紐付かないため、全クラスター共通の値。',
      en: "Candidate sites evaluated in at least one siting study by the month's end (those in the region when one is chosen). Studies carry no cluster, so the figure is the platform's, the same for every cluster.",
    },
  },
  {
    key: 'facilities-committed',
    module: 'siting',
    unit: { ja: '施設', en: 'facilities' },
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: '立地予定の施設', en: 'Facilities committed' },
    explanation: {
      ja: '月末までにクラスターの計画施設（人材需給の planned_facilities）として登録された施設の数。',
      en: "Facilities planned on candidate sites for the cluster (the workforce plan's planned facilities) recorded by the month's end.",
    },
  },
  {
    key: 'tenants',
    module: 'incubation',
    unit: { ja: '入居者', en: 'tenants' },
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: '入居者', en: 'Tenants' },
    explanation: {
      ja: '月末時点で契約期間中の賃貸契約（入居中・退去予定・退去済み、提示中を除く）のうち、借主が契約開始時にクラスター所属の団体であるもの。契約は開始日（受諾がそれより後なら受諾時）から最終日または退去処理の時点まで数え、過去の日付ではその時点で記録済みの状態を使う。',
      en: "Leases in force at the month's end (active, ending or ended; offers excluded) whose tenant was in the cluster when the lease started. A lease counts from its start (or its acceptance, if later) until its last day or the moment it was ended, whichever comes first; as of a past date, with the state recorded by then.",
    },
  },
  {
    key: 'occupancy',
    module: 'incubation',
    unit: percent,
    direction: 'higher',
    aggregation: 'share',
    label: { ja: '入居率', en: 'Occupancy' },
    explanation: {
      ja: 'クラスター所属団体が所有する施設の区画のうち、月末時点で契約期間中の賃貸契約がある区画の割合（%）。',
      en: "Share (%) of the units in facilities owned by organisations in the cluster that have a lease in force at the month's end.",
    },
  },
  {
    key: 'graduations',
    module: 'incubation',
    unit: { ja: '社', en: 'companies' },
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '卒業', en: 'Graduations' },
    explanation: {
      ja: 'その月に卒業（退去して自立）した入居者の数。借主がクラスター所属の団体であるもの。',
      en: 'Tenants of organisations in the cluster that graduated (left to stand on their own) in the month.',
    },
  },
  {
    key: 'trainees',
    module: 'talent',
    unit: people,
    direction: 'higher',
    aggregation: 'stock',
    label: { ja: '受講者', en: 'Trainees' },
    explanation: {
      ja: '月末時点で受講中の人数：開始済みのコホートの受講登録（待機を除く）のうち、終了日がまだのもの。プログラムのスキルがクラスターのスキル分類に含まれるもの。過去の日付では、その時点までに記録された席の確保と修了・辞退だけを使う。',
      en: "People on a programme at the month's end: enrolments (waiting list excluded) in cohorts that have started and not yet ended, on programmes teaching a skill of the cluster's skills taxonomy. As of a past date, only seats taken and ends (completion, withdrawal) recorded by then count.",
    },
  },
  {
    key: 'completions',
    module: 'talent',
    unit: people,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '修了者', en: 'Completions' },
    explanation: {
      ja: 'その月に修了した受講者の数（クラスターのスキルを教えるプログラム）。修了日で数え、過去の日付ではその時点までに記録された修了だけを使う。',
      en: "Trainees who completed a programme teaching one of the cluster's skills in the month, by the completion day; as of a past date, only completions recorded by then.",
    },
  },
  {
    key: 'placements',
    module: 'talent',
    unit: people,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '就職・配置', en: 'Placements' },
    explanation: {
      ja: 'その月に就業を開始した配置のうち、求人元がその時点でクラスター所属の団体であるもの。',
      en: 'Placements starting in the month at organisations in the cluster at that time.',
    },
  },
  {
    key: 'open-positions',
    module: 'talent',
    unit: { ja: '求人', en: 'openings' },
    direction: 'lower',
    aggregation: 'stock',
    label: { ja: '未充足の求人（人材の不足）', en: 'Open positions (workforce gap)' },
    explanation: {
      ja: '月末までに掲載され、まだ募集中の求人の数（クラスター所属団体）。人材需給の不足（需要−供給）は「人材の不足（翌年）」の指標。',
      en: "Job openings posted by the month's end by organisations in the cluster and still open. The workforce gap proper (demand − supply) is the indicator “Workforce gap (coming year)”.",
    },
  },
  {
    key: 'workforce-gap',
    module: 'talent',
    unit: people,
    direction: 'lower',
    aggregation: 'projection',
    label: { ja: '人材の不足（翌年）', en: 'Workforce gap (coming year)' },
    explanation: {
      ja: '各月末時点の人材需給の推計（/talent/workforce と同じ計算）で、翌暦年に不足する人数：クラスターのスキルごとに需要（計画施設の人員構成の増分、募集中の求人、入居企業の採用計画）から供給（研修の修了見込み）を引き、不足分だけを合計する（あるスキルの余剰は別のスキルの不足を埋めないため）。対象を翌年とするのは、まだ埋まっていない最も近い年で、研修（多くは1年以内）で供給を変えられ、どの月からも同じ距離にあるため。年が替わる1月に対象年が移り、段差が出る。入力（人員構成、研修の内容と定員、求人、採用計画、受講の記録）は変更のたびに版を残すため、過去の月末の値は後の変更で変わらない。その時点で計画施設・求人・採用計画・研修コホートが1つもなければ値なし。推計は地域別でないため、地域を指定しても同じ値。',
      en: "The people short in the coming calendar year by the workforce projection as it stood at each month's end (the calculation of /talent/workforce): per skill of the cluster, demand (rises in planned facilities' staffing tables, open job openings, tenants' hiring plans) less supply (expected completions), only shortfalls summed, since a surplus of one skill fills no post of another. The coming year is the nearest one still to be filled whose supply training (mostly under a year) can still change, and the same distance ahead from every month; it moves each January, which shows as a step. Its inputs (staffing tables, programmes and cohorts, openings, hiring plans, enrolments) keep a version per change, so later edits leave past months as they were. A month with no planned facility, opening, hiring plan or cohort in force has no figure. The projection is not regional, so a chosen region gives the same figure.",
    },
  },
  {
    key: 'consultations',
    module: 'desk',
    unit: count,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '相談件数', en: 'Consultations' },
    explanation: {
      ja: 'その月に受け付けた相談のうち、相談元が受付時点でクラスター所属の団体であるもの（団体に紐付かない相談は数えない）。',
      en: 'Consultations received in the month from organisations in the cluster at that time (consultations linked to no organisation are not counted).',
    },
  },
  {
    key: 'time-to-answer',
    module: 'desk',
    unit: { ja: '日', en: 'days' },
    direction: 'lower',
    aggregation: 'median',
    label: { ja: '初回回答までの日数（中央値）', en: 'Days to first answer (median)' },
    explanation: {
      ja: 'その月に初回回答した相談の、受付から初回回答までの暦日数の中央値（窓口の集計は営業日、こちらは暦日）。',
      en: "Median calendar days from receipt to first answer of the consultations first answered in the month (the desk's own figures count working days).",
    },
  },
  {
    key: 'events-held',
    module: 'events',
    unit: { ja: '回', en: 'events' },
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '開催イベント', en: 'Events held' },
    explanation: {
      ja: 'その月に開始したイベントのうち、主催団体がクラスター所属の団体であるもの。',
      en: 'Events starting in the month organised by organisations in the cluster.',
    },
  },
  {
    key: 'attendance',
    module: 'events',
    unit: people,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '参加者（受付済み）', en: 'Attendance (checked in)' },
    explanation: {
      ja: 'その月に、クラスター所属団体が主催したイベントで受付（チェックイン）された参加登録の数。',
      en: 'Registrations checked in during the month at events organised by organisations in the cluster.',
    },
  },
  {
    key: 'companies-reached',
    module: 'events',
    unit: orgs,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '参加した団体', en: 'Companies reached' },
    explanation: {
      ja: 'その月に、クラスター所属団体が主催したイベントで受付された参加者の所属団体の数（団体ごとに月1回）。',
      en: 'Distinct organisations of the people checked in during the month at events organised by organisations in the cluster (each once a month).',
    },
  },
  {
    key: 'agreement-activities',
    module: 'partnerships',
    unit: count,
    direction: 'higher',
    aggregation: 'flow',
    label: { ja: '協定に基づく活動', en: 'Agreement activity' },
    explanation: {
      ja: 'その月に行われた協定の活動のうち、当事者のいずれかがクラスター所属の団体である協定のもの。',
      en: 'Activities in the month under agreements with at least one party in the cluster.',
    },
  },
];

/**
 * The answers to the siting survey's question ① (`q1-plan`), which members-planning-site counts and breaks down
 * by: the template's choices in its own words (data/surveys/fusion-siting-2024.template.json; a test keeps them
 * equal), so the dashboard can name them without loading the survey.
 */
export const sitePlanAnswers = {
  plan: { ja: '計画や予定あり', en: 'Yes, planned or scheduled' },
  possibility: { ja: '可能性あり', en: 'Possibly' },
  none: { ja: '計画や予定、可能性はない', en: 'No' },
  'dont-know': { ja: 'わからない・答えられない', en: "Don't know / can't say" },
} as const satisfies Record<string, Label>;

export const indicators: readonly IndicatorDefinition[] = defs;
export const indicatorKeys = defs.map((d) => d.key);
const byKey = new Map(defs.map((d) => [d.key, d]));
export const indicatorByKey = (key: string) => byKey.get(key);

/**
 * Figures named on the dashboard as not computed, with why. None today: the workforce gap, the last of them, is
 * an indicator since its inputs keep their history (migration 0029).
 */
export const notComputed: Record<string, Label> = {};
