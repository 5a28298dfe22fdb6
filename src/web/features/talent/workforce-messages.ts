import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The workforce gap view's words (需要 ↔ 供給), Japanese and English together. */
export const workforceMessages = {
  wfTitle: { ja: '人材の需要と供給', en: 'Workforce demand and supply' },
  wfIntro: {
    ja: '計画中の施設の人員計画表・募集中の求人・入居企業の採用計画から見た職種別の新規需要と、研修プログラムの修了見込み（過去の修了率から）を年ごとに比べます。不足の大きい職種から並べています。',
    en: "New posts by skill and year — from planned facilities' staffing tables, open job openings and tenants' hiring plans — against expected completions of training programmes (from past completion rates). The skills shortest of people come first.",
  },
  wfFrom: { ja: '開始年', en: 'From' },
  wfTo: { ja: '終了年', en: 'To' },
  wfPrint: { ja: '印刷', en: 'Print' },
  wfDemand: { ja: '需要（新規の人員）', en: 'Demand (new posts)' },
  wfSupply: { ja: '供給（修了見込み）', en: 'Supply (expected completions)' },
  wfGap: { ja: '過不足', en: 'Gap' },
  wfCumulative: { ja: '累計の過不足', en: 'Running gap' },
  wfYear: { ja: '年', en: 'Year' },
  wfSkill: { ja: '職種', en: 'Skill' },
  wfBySkillHeading: { ja: '職種別（期間合計）', en: 'By skill (whole period)' },
  wfBySkillHint: {
    ja: '棒を選ぶと、その職種の年ごとの内訳を表示します。',
    en: "Choose a bar to see that skill's years.",
  },
  wfByYearHeading: { ja: '{skill}：年ごとの需要と供給', en: '{skill}: demand and supply by year' },
  wfByYearHint: {
    ja: '棒を選ぶと、その数字の元になった施設・プログラムを表示します。',
    en: 'Choose a bar to see the facilities and programmes behind the figure.',
  },
  wfShortfall: {
    ja: '{skill} は {from}〜{to} 年に {n} 人不足する見込みです。',
    en: '{skill} is short by {n} over {from}–{to}.',
  },
  wfNoShortfall: { ja: 'この期間に不足する職種はありません。', en: 'No skill is short over this period.' },
  wfDetailHeading: { ja: '{skill}（{year}年）の内訳', en: '{skill} in {year}: what lies behind it' },
  wfFacilities: { ja: '計画中の施設', en: 'Planned facilities' },
  wfProgrammes: { ja: '研修プログラム', en: 'Training programmes' },
  wfOpenings: { ja: '募集中の求人', en: 'Open job openings' },
  wfTenantPlans: { ja: '入居企業の採用計画', en: "Tenants' hiring plans" },
  wfNone: { ja: 'なし', en: 'None' },
  wfClose: { ja: '閉じる', en: 'Close' },
  wfPhase: { ja: 'フェーズ{phase}', en: 'Phase {phase}' },
  wfNoPhase: { ja: 'フェーズ外（求人・入居企業）', en: 'No phase (openings, tenants)' },
  wfStart: { ja: '{year}年着工', en: 'construction from {year}' },
  wfRate: { ja: '修了率 {rate}%（{basis}）', en: 'completion rate {rate}% ({basis})' },
  wfRateHistory: { ja: '過去のコホートから', en: 'from past cohorts' },
  wfRateDefault: { ja: '実績なし・既定値', en: 'no history: the default' },
  wfHeadcount: { ja: '{year}年に{n}人', en: '{n} in {year}' },
  wfSitesHeading: {
    ja: '候補地の「通勤60分圏の技術者」と修了見込み',
    en: "Sites' engineers within reach, and graduates to come",
  },
  wfSitesIntro: {
    ja: '立地選定の条件「通勤60分圏の技術者数」に、同じ県の研修機関の修了見込み（今年から終了年まで）を足した値です。立地調査の what-if に使えます。',
    en: "The siting condition 'engineers within 60 minutes' plus the graduates expected (this year to the end year) from providers in the site's prefecture: a what-if value for a siting study.",
  },
  wfSite: { ja: '候補地', en: 'Site' },
  wfEngineers: { ja: '60分圏の技術者', en: 'Engineers within 60 min' },
  wfGraduates: { ja: '県内の修了見込み', en: 'Graduates expected in the prefecture' },
  wfWithGraduates: { ja: '合計（what-if）', en: 'With graduates (what-if)' },
  wfMethod: {
    ja: '需要：人員計画表の在籍人数の増加分を新規の人員とし、複数の職種を求める求人は職種数で按分。供給：終了したコホートは実際の修了者数、進行中は在籍者×修了率、開始前は定員×修了率（修了率の実績がないプログラムは {rate}%）。複数職種のプログラムは按分。人員計画表は推計値です。',
    en: 'Demand: a rise in people in post in a staffing table is that many new posts; an opening asking for several skills counts a share to each. Supply: an ended cohort its recorded completions, one under way its places × the completion rate, one yet to start its capacity × the rate ({rate}% where a programme has no history); a programme in several skills splits its graduates. Staffing tables are estimates.',
  },
  wfAsOf: { ja: '{date} 時点', en: 'As of {date}' },
} satisfies Messages;

registerMessages('workforce', workforceMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof workforceMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
