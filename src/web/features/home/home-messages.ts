import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The home pages' words, Japanese and English together. */
export const homeMessages = {
  homeTitle: { ja: 'ホーム', en: 'Home' },
  homeVisitorTitle: {
    ja: 'むつ小川原・六ヶ所 フュージョン産業クラスター',
    en: 'Mutsu-Ogawara and Rokkasho fusion industry cluster',
  },
  homeVisitorIntro: {
    ja: 'フュージョンエネルギーの産業化に向けて、青森県むつ小川原・六ヶ所地域を中心に、部品・材料・設備をつくる企業、研究機関、自治体をつなぐ基盤です。誰が何をつくれるかを地図と一覧で探し、ニーズとシーズを結び、施設の立地を比べることができます。',
    en: 'The platform that connects the companies that make components, materials and plant, the research institutes and the municipalities growing a fusion-energy industry around Mutsu-Ogawara and Rokkasho in Aomori. Find who can make what on a map and in a directory, match needs with seeds, and compare sites for facilities.',
  },
  homeExploreDirectory: { ja: '企業・機関を探す', en: 'Browse the directory' },
  homeExploreMap: { ja: '産業マップを見る', en: 'See the industry map' },
  homeSignIn: { ja: '会員の方はログイン', en: 'Members: sign in' },
  homeFiguresTitle: { ja: 'クラスターの現在', en: 'The cluster today' },
  figOrganizations: { ja: '登録企業・機関', en: 'Organisations' },
  figInAomori: { ja: 'うち青森県内', en: 'In Aomori' },
  figTechnologies: { ja: '対応できる技術分野', en: 'Technologies covered' },
  figOpenNeeds: { ja: '募集中のニーズ', en: 'Open needs' },
  figOpenSeeds: { ja: '公開中のシーズ', en: 'Open seeds' },
  figOpenIntroductions: { ja: '進行中の紹介', en: 'Introductions under way' },
  figAccounts: { ja: 'アカウント', en: 'Accounts' },
  homeWelcome: { ja: '{name} のホーム', en: 'Home of {name}' },
  homeNoOrganization: {
    ja: 'このアカウントは組織に属していません。管理者に組織への登録を依頼してください。',
    en: 'This account belongs to no organisation; ask an administrator to add you to yours.',
  },
  homeAwaiting: { ja: '回答をお待ちしている紹介依頼', en: 'Introduction requests awaiting your answer' },
  homeAwaitingNone: { ja: '回答待ちの依頼はありません。', en: 'Nothing awaits your answer.' },
  homeAnswer: { ja: '回答する', en: 'Answer' },
  homePosts: { ja: '自社のニーズ・シーズ', en: 'Your needs and seeds' },
  homePostsNone: {
    ja: 'まだ掲載していません。ニーズ（探している技術・部品）やシーズ（提供できる技術）を掲載すると、合う相手が表示されます。',
    en: 'You have posted nothing yet. Post a need (what you are looking for) or a seed (what you offer) and matching partners appear.',
  },
  homePostNeed: { ja: 'ニーズを掲載', en: 'Post a need' },
  homePostSeed: { ja: 'シーズを掲載', en: 'Post a seed' },
  homeMatches: { ja: { other: '候補 {count} 件' }, en: { one: '{count} match', other: '{count} matches' } },
  homeNewMatches: {
    ja: { other: '前回以降の新着 {count}' },
    en: { other: '{count} new since your last visit' },
  },
  homeExpires: { ja: '掲載期限 {date}', en: 'Expires {date}' },
  homeIntroductions: { ja: '紹介の進み具合', en: 'Your introductions' },
  homeIntroductionsNone: {
    ja: 'まだ紹介はありません。ニーズ・シーズの候補から紹介を依頼できます。',
    en: 'No introductions yet; ask for one from a match of your needs or seeds.',
  },
  homeNotices: { ja: 'お知らせ', en: 'Notices' },
  homeNoticesUnread: { ja: { other: '未読 {count} 件' }, en: { other: '{count} unread' } },
  homeNoticesNone: { ja: '未読のお知らせはありません。', en: 'No unread notices.' },
  homeSurveys: { ja: '回答をお願いしているアンケート', en: 'Surveys for you to answer' },
  homeSurveysNone: { ja: '回答待ちのアンケートはありません。', en: 'No survey awaits your answer.' },
  homeSurveyCloses: { ja: '締切 {date}', en: 'Closes {date}' },
  homeSideRequester: { ja: '依頼先', en: 'To' },
  homeSideRecipient: { ja: '依頼元', en: 'From' },
  homeActionTitle: { ja: '対応が必要なこと', en: 'What needs action' },
  homeUnanswered: { ja: '未回答の紹介依頼', en: 'Introduction requests not yet answered' },
  homeStalled: {
    ja: '止まっている紹介（14日以上動きなし）',
    en: 'Stalled introductions (no move for 14 days)',
  },
  homeNoAccount: {
    ja: 'アカウントのない組織への依頼（個別に連絡してください）',
    en: 'Requests to organisations with no account (follow up by hand)',
  },
  homeSurveysProgress: { ja: '実施中のアンケートと回答率', en: 'Open surveys and their response rate' },
  homeNotAnswered: { ja: '未回答：{names}', en: 'Not answered: {names}' },
  homeExpiring: {
    ja: '14日以内に掲載期限を迎えるニーズ・シーズ',
    en: 'Needs and seeds expiring within 14 days',
  },
  homeNewOrganizations: { ja: '最近30日に登録された組織', en: 'Organisations added in the last 30 days' },
  homeAllOrganizations: {
    ja: 'ディレクトリで {count} 件すべてを見る',
    en: 'See all {count} in the directory',
  },
  homeUnpublished: { ja: '非公開', en: 'Unpublished' },
  homeNothing: { ja: 'ありません。', en: 'None.' },
  homeAge: { ja: { other: '{count} 日前' }, en: { one: '{count} day ago', other: '{count} days ago' } },
  homeSeeBoard: { ja: '紹介ボードを開く', en: 'Open the introduction board' },
  homeOpenSurvey: { ja: 'アンケートを開く', en: 'Open the survey' },
  homeNeed: { ja: 'ニーズ', en: 'Need' },
  homeSeed: { ja: 'シーズ', en: 'Seed' },
} satisfies Messages;

registerMessages('home', homeMessages);

type FeatureMessages = typeof homeMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
