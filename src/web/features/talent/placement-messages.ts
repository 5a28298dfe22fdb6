import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** Placement's words (求人 → 応募 → 選考 → 就職 → 定着確認), Japanese and English together. */
export const placementMessages = {
  openingsTitle: { ja: '求人', en: 'Job openings' },
  openingsIntro: {
    ja: '会員企業の求人です。研修の受講者・修了者が応募でき、企業は選考を進め、条件に合う修了者を理由つきで見られます（本人が公開に同意した人だけ）。',
    en: 'Openings at member companies. Trainees and graduates apply; a company moves each application on and sees the graduates who fit, with reasons — only those who agreed to be shown.',
  },
  openingsNone: { ja: '求人はありません。', en: 'No openings.' },
  openingsPost: { ja: '求人を掲載', en: 'Post an opening' },
  openingsMyApplications: { ja: '自分の応募', en: 'My applications' },
  openingsBack: { ja: '求人一覧へ', en: 'All openings' },
  openingCompany: { ja: '企業', en: 'Company' },
  openingPlace: { ja: '勤務地', en: 'Location' },
  openingStart: { ja: '開始日', en: 'Start' },
  openingStatus: { ja: '状態', en: 'Status' },
  openingStatus_open: { ja: '募集中', en: 'Open' },
  openingStatus_closed: { ja: '締切', en: 'Closed' },
  openingClose: { ja: '募集を締め切る', en: 'Close the opening' },
  openingReopen: { ja: '募集を再開', en: 'Reopen' },
  openingApplications: { ja: '応募 {count} 件', en: '{count} applications' },
  openingFormTitle: { ja: '求人を掲載', en: 'Post an opening' },
  openingFormIntro: {
    ja: 'スキル分野・レベル・勤務地から、条件に合う受講者・修了者が理由つきで表示されます。',
    en: 'Skills, level and location decide which trainees and graduates are shown as fitting, with reasons.',
  },
  openingFormCompanyOnly: {
    ja: '求人は会員企業のメンバーか管理者が掲載します。',
    en: "Openings are posted by a member company's members or an admin.",
  },
  openingPrefecture: { ja: '都道府県', en: 'Prefecture' },
  openingMunicipality: { ja: '市区町村', en: 'Municipality' },
  openingLat: { ja: '緯度（任意）', en: 'Latitude (optional)' },
  openingLng: { ja: '経度（任意）', en: 'Longitude (optional)' },
  openingSave: { ja: '掲載する', en: 'Post' },
  openingEdit: { ja: '求人を編集', en: 'Edit the opening' },
  openingEditTitle: { ja: '求人の編集', en: 'Edit opening' },
  applyTitle: { ja: 'この求人に応募', en: 'Apply to this opening' },
  applyMessage: { ja: '企業へのメッセージ（任意）', en: 'A message to the company (optional)' },
  applySend: { ja: '応募する', en: 'Apply' },
  applyDone: { ja: '応募しました。', en: 'You have applied.' },
  applyWho: {
    ja: '応募できるのは研修の受講者・修了者です。',
    en: 'Trainees and graduates of a programme can apply.',
  },
  placementBoardTitle: { ja: '応募と選考', en: 'Applications' },
  boardNone: { ja: 'まだ応募はありません。', en: 'No applications yet.' },
  boardDeclineReason: { ja: '見送りの理由', en: 'Reason for declining' },
  boardMove: { ja: '「{stage}」へ進める', en: 'Move to {stage}' },
  boardStartOn: { ja: '入社日', en: 'Start date' },
  stage_applied: { ja: '応募', en: 'Applied' },
  stage_interview: { ja: '面接', en: 'Interview' },
  stage_offer: { ja: '内定', en: 'Offer' },
  stage_hired: { ja: '採用', en: 'Hired' },
  stage_declined: { ja: '見送り', en: 'Declined' },
  placementStarted: { ja: '入社 {date}', en: 'Started {date}' },
  retentionCheck: { ja: '{months}か月の定着確認（{date}〜）', en: '{months}-month check (from {date})' },
  retention_retained: { ja: '在籍', en: 'Retained' },
  retention_left: { ja: '離職', en: 'Left' },
  retentionPending: { ja: '未確認', en: 'Not confirmed' },
  candidatesTitle: { ja: '条件に合う受講者・修了者', en: 'Trainees and graduates who fit' },
  candidatesIntro: {
    ja: '企業への公開に同意した人だけを表示します。各項目の割合は一致度のうちその理由が占める分です。',
    en: 'Only people who agreed to be shown to employers. Each share is that reason’s part of the fit.',
  },
  candidatesChart: {
    ja: '一致度の内訳（上位 {count} 人）: 各棒の長さが一致度、色分けが各理由の点数です',
    en: 'Why they fit (top {count}): each bar is the fit, split into the points each reason gave',
  },
  candidateWhy: { ja: '理由ごとの割合', en: 'Share of each reason' },
  candidatesNone: { ja: '条件に合う人はいません。', en: 'Nobody fits yet.' },
  candidateScore: { ja: '一致度 {score}', en: 'Fit {score}' },
  candidate_trainee: { ja: '受講中', en: 'Trainee' },
  candidate_graduate: { ja: '修了者', en: 'Graduate' },
  candidateGraduatedIn: { ja: '{year}年 修了', en: 'Graduate {year}' },
  candidatesThisYear: {
    ja: '今年度（4月1日以降）の修了者と受講中の人だけ',
    en: "Only this year's graduates (since 1 April) and current trainees",
  },
  signal_skills: { ja: 'スキル', en: 'Skills' },
  signal_level: { ja: 'レベル', en: 'Level' },
  signal_location: { ja: '勤務地', en: 'Location' },
  signalShare: { ja: '{signal}: {share}%', en: '{signal}: {share}%' },
  candidateMatched: { ja: '一致したスキル', en: 'Matching skills' },
  candidateMissing: { ja: '足りないスキル', en: 'Missing skills' },
  tier_municipality: { ja: '同じ市区町村', en: 'Same municipality' },
  tier_prefecture: { ja: '同じ都道府県', en: 'Same prefecture' },
  tier_region: { ja: '同じ地方', en: 'Same region' },
  tier_none: { ja: '遠方', en: 'Elsewhere' },
  myApplicationsTitle: { ja: '自分の応募', en: 'My applications' },
  myApplicationsNone: { ja: 'まだ応募していません。', en: 'You have not applied yet.' },
  profileTitle: { ja: '企業への公開', en: 'Visibility to employers' },
  profileVisible: {
    ja: '求人を出した企業に、自分の名前・研修（スキル・レベル・受講中か、修了した年）・地域を表示してよい',
    en: 'Let companies with openings see my name, my training (skills, level, on a programme or the year I completed) and my area',
  },
  profileSave: { ja: '保存', en: 'Save' },
  profileSaved: { ja: '保存しました。', en: 'Saved.' },
} satisfies Messages;

registerMessages('placement', placementMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof placementMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
