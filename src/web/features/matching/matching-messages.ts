import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The matching feature's words, Japanese and English together; loaded with the feature's chunk. */
export const matchingMessages = {
  matchClosed: { ja: '終了', en: 'Closed' },
  matchingTitle: { ja: 'ニーズ・シーズ マッチング', en: 'Needs and seeds matching' },
  matchingIntro: {
    ja: '企業が求めるもの（ニーズ）と提供できるもの（シーズ）を日本語・英語をまたいで結びつけ、紹介から契約までを追跡します。',
    en: 'Connects what companies need with what they can offer, across Japanese and English, and tracks each introduction through to a contract.',
  },
  matchNeeds: { ja: 'ニーズ', en: 'Needs' },
  matchSeeds: { ja: 'シーズ', en: 'Seeds' },
  matchMine: { ja: '自組織の投稿', en: 'My organisation’s posts' },
  matchPostNeed: { ja: 'ニーズを投稿', en: 'Post a need' },
  matchPostSeed: { ja: 'シーズを投稿', en: 'Post a seed' },
  matchNoPosts: {
    ja: '該当する投稿はありません。キーワードを変えるか、ニーズ・シーズを投稿してください。',
    en: 'No posts match. Try other keywords, or post a need or a seed yourself.',
  },
  matchAnonymousOwner: {
    ja: '匿名（紹介の承諾後に開示）',
    en: 'Anonymous (revealed once it accepts an introduction)',
  },
  matchExpired: { ja: '期限切れ', en: 'Expired' },
  matchExpires: { ja: '掲載期限', en: 'Expires' },
  matchRenew: { ja: '期限を延長', en: 'Renew' },
  matchClose: { ja: '掲載を終了', en: 'Close' },
  matchCategory: { ja: '種類', en: 'Kind' },
  matchTitleJa: { ja: 'タイトル（日本語）', en: 'Title (Japanese)' },
  matchTitleEn: { ja: 'タイトル（英語）', en: 'Title (English)' },
  matchBodyJa: { ja: '内容（日本語）', en: 'Details (Japanese)' },
  matchBodyEn: { ja: '内容（英語）', en: 'Details (English)' },
  matchTechnologies: { ja: '技術', en: 'Technologies' },
  matchSeeksRoles: { ja: '求める相手の役割', en: 'Kind of partner sought' },
  matchSeeksRolesHint: {
    ja: '選ぶと、その役割を担う組織が上位に並びます（例：線材なら材料サプライヤー、コイル製作なら部品・機器サプライヤー）。選ばなければ役割は問いません。',
    en: 'Organisations that play the roles you tick rank first (e.g. a materials supplier for tape, a component supplier for coil winding); tick none to accept any.',
  },
  matchNoRoleSought: { ja: '問わない', en: 'Any' },
  matchNoTechnology: { ja: '指定なし', en: 'None given' },
  matchNoAccountYet: {
    ja: '依頼先の組織にはまだこのサービスのアカウントがないため、事務局が先方に直接連絡して取り次ぎます。返事は「紹介」ページとお知らせでお伝えします。',
    en: 'The organisation you asked has no account here yet, so the coordinator will contact them and follow up by hand. Their answer will show on the Introductions page and in your notices.',
  },
  introNoAccount: {
    ja: '先方にアカウントがありません。事務局が直接連絡します。',
    en: 'They have no account yet; the coordinator follows up by hand.',
  },
  matchQuantity: { ja: '数量', en: 'Quantity' },
  matchTimeline: { ja: '時期', en: 'Timeline' },
  matchTrl: { ja: '技術成熟度（TRL 1–9）', en: 'Technology readiness (TRL 1–9)' },
  matchNearUs: { ja: '近さの希望（自社から半径 km）', en: 'Prefer partners near us (radius, km)' },
  matchNearUsHint: {
    ja: '入力すると、自社所在地（{place}）から遠い相手ほど順位が下がります。空欄なら距離は考慮しません。',
    en: 'When set, matches farther from your site ({place}) rank lower; leave empty to ignore distance.',
  },
  matchVisibility: { ja: '公開範囲', en: 'Visibility' },
  matchSubmit: { ja: '投稿する', en: 'Post' },
  matchMatches: { ja: 'マッチング候補', en: 'Matches' },
  matchMatchesIntro: {
    ja: 'スコアの内訳（各シグナルの寄与）と一致した語・技術を示します。',
    en: 'Each score is split into its signals, with the terms and technologies that matched.',
  },
  matchNoMatches: {
    ja: '候補は見つかりませんでした。技術分類やキーワードを加えると見つかりやすくなります。事務局に相談することもできます。',
    en: 'No matches found. Adding technologies or keywords to the post helps; the coordinators can also look for you.',
  },
  matchScore: { ja: 'スコア', en: 'Score' },
  matchTerms: { ja: '一致した語', en: 'Matched terms' },
  matchCodes: { ja: '一致した技術', en: 'Matched technologies' },
  matchRequirements: { ja: '要件の充足', en: 'Requirements covered' },
  matchRequirementCovered: { ja: '充足', en: 'covered' },
  matchRequirementMissing: { ja: '未充足', en: 'not covered' },
  matchApplied: { ja: '適用', en: 'applied' },
  matchWithheld: {
    ja: '匿名の投稿者に関わる内訳は表示しません',
    en: 'Details that would identify an anonymous owner are not shown',
  },
  matchType_seed: { ja: 'シーズ', en: 'Seed' },
  matchType_need: { ja: 'ニーズ', en: 'Need' },
  matchRequestIntro: { ja: '紹介を依頼', en: 'Request an introduction' },
  matchMessage: { ja: 'メッセージ', en: 'Message' },
  matchSend: { ja: '送信', en: 'Send' },
  matchRequested: { ja: '紹介を依頼しました。', en: 'Introduction requested.' },
  introTitle: { ja: '紹介', en: 'Introductions' },
  introMine: { ja: '自組織の紹介', en: 'My organisation’s introductions' },
  introNone: {
    ja: '紹介はまだありません。ニーズ・シーズのページで候補を開き、紹介を依頼できます。',
    en: 'No introductions yet. Open a need or seed, pick a match and ask for an introduction.',
  },
  introFrom: { ja: '依頼元', en: 'From' },
  introTo: { ja: '依頼先', en: 'To' },
  introState: { ja: '状態', en: 'State' },
  introReason: { ja: '辞退の理由', en: 'Reason for declining' },
  introOutcome: { ja: '結果', en: 'Outcome' },
  introNote: { ja: 'メモ', en: 'Note' },
  introMove: { ja: '更新', en: 'Update' },
  introListHeading: { ja: '紹介の一覧', en: 'Introductions' },
  introAcceptConfirmTitle: { ja: 'この紹介依頼を承諾しますか？', en: 'Accept this introduction?' },
  introAcceptConfirmBody: {
    ja: '依頼元と事務局にメールで通知され、双方の連絡先が共有されます。承諾は取り消せません。',
    en: 'The requester and the coordinator are e-mailed and your contacts are shared with the requester. Accepting cannot be undone.',
  },
  introAcceptConfirm: { ja: '承諾する', en: 'Accept' },
  introHistory: { ja: '経過', en: 'History' },
  introTasks: { ja: 'フォローアップ', en: 'Follow-ups' },
  introTaskDone: { ja: '完了', en: 'Done' },
  introAddTask: { ja: 'タスクを追加', en: 'Add a task' },
  introMoveTo: { ja: '次の状態へ：{state}', en: 'Move to: {state}' },
  introNotifications: { ja: 'お知らせ', en: 'Notifications' },
  introSideRequester: { ja: '依頼した側', en: 'You asked' },
  introSideRecipient: { ja: '依頼を受けた側', en: 'You were asked' },
  introSideCoordinator: { ja: '事務局', en: 'Coordinator' },
  boardTitle: { ja: '紹介ボード（事務局）', en: 'Introduction board (coordinator)' },
  boardIntro: {
    ja: '状態・経過日数・技術分野ごとの紹介と、依頼から契約までの転換を月ごとに示します。',
    en: 'Introductions by state, age and technology area, and the conversion from request to contract by month.',
  },
  boardByState: { ja: '状態別', en: 'By state' },
  boardByAge: { ja: '経過日数（進行中）', en: 'Age (open ones)' },
  boardByTech: { ja: '技術分野', en: 'Technology area' },
  boardStalled: { ja: '停滞（14日以上変化なし）', en: 'Stalled (no change for 14 days)' },
  boardOpenTasks: { ja: '未完了のフォローアップ', en: 'Open follow-ups' },
  boardConversion: {
    ja: '月別の転換（依頼 → 承諾 → 面談 → 契約）',
    en: 'Conversion by month (requested → accepted → meeting → contract)',
  },
  boardOutbox: { ja: '送信待ちメール（SMTP 未設定時）', en: 'Mail kept locally (no SMTP configured)' },
  matchSignInToPost: { ja: '投稿するにはログインしてください。', en: 'Sign in to post.' },
} satisfies Messages;

registerMessages('matching', matchingMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof matchingMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
