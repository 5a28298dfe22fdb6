import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The surveys feature's words, Japanese and English together; loaded with the feature's chunk. */
export const surveysMessages = {
  surveysTitle: { ja: 'アンケート', en: 'Surveys' },
  surveysMemberIntro: {
    ja: 'あなたの組織に回答をお願いしているアンケートです。',
    en: 'Surveys your organisation is asked to answer.',
  },
  surveysSignIn: {
    ja: 'ログインすると、あなたの組織あてのアンケートが表示されます。メールで届いたリンクからは、ログインせずに回答できます。',
    en: 'Sign in to see the surveys addressed to your organisation. The link in the mail works without signing in.',
  },
  surveysNoneForYou: {
    ja: '回答をお願いしているアンケートはありません。',
    en: 'No survey is waiting for your answers.',
  },
  surveyAnsweredBadge: { ja: '回答済み', en: 'answered' },
  surveysIntro: {
    ja: '会員へのアンケートを作成・配布し、回答状況を追い、結果を集計します。',
    en: 'Build and send member surveys, follow who has answered, and analyse the results.',
  },
  surveyNew: { ja: 'テンプレートから新しいアンケートを作成', en: 'New survey from a template' },
  surveyTemplate: { ja: 'テンプレート', en: 'Template' },
  surveyPopulation: { ja: '配布先（組織の種別）', en: 'Send to (organisation kinds)' },
  surveyCreate: { ja: '作成', en: 'Create' },
  surveyName: { ja: 'アンケート', en: 'Survey' },
  surveyStatus: { ja: '状態', en: 'Status' },
  surveyInvited: { ja: '配布数', en: 'Invited' },
  surveyAnswered: { ja: '回答数', en: 'Answered' },
  surveyRate: { ja: '回収率', en: 'Response rate' },
  surveySynthetic: { ja: '合成データ', en: 'synthetic' },
  surveySyntheticNote: {
    ja: 'このアンケートの回答は、公表された集計値に一致するよう作成した合成データです。実在の企業の回答ではありません。',
    en: 'The answers in this survey are synthetic, constructed to match the published aggregates. They are not answers of real companies.',
  },
  surveyAnonymous: { ja: '匿名（集計のみ）', en: 'Anonymous (aggregates only)' },
  surveyNamed: { ja: '記名', en: 'Named' },
  surveyViews: { ja: 'アンケートの表示', en: 'Survey views' },
  surveyTab_progress: { ja: '回答状況', en: 'Responses' },
  surveyTab_results: { ja: '集計結果', en: 'Results' },
  surveyTab_questions: { ja: '設問', en: 'Questions' },
  surveyOpen: { ja: '配布を開始', en: 'Open and invite' },
  surveyRemind: { ja: '未回答者に督促', en: 'Remind non-respondents' },
  surveyOpenConfirmTitle: { ja: 'この調査の配布を開始しますか？', en: 'Open this survey?' },
  surveyOpenConfirmBody: {
    ja: '対象の組織すべてに招待メールを送ります。開始後は設問を変更できず、取り消せません。',
    en: 'Every targeted organisation is e-mailed an invitation. Once open, the questions cannot change and this cannot be undone.',
  },
  surveyOpenConfirm: { ja: '開始して招待を送る', en: 'Open and send invitations' },
  surveyRemindConfirm: { ja: '督促を送る', en: 'Send reminders' },
  surveyRemindConfirmTitle: { ja: '督促メールを送りますか？', en: 'Send reminders?' },
  surveyRemindConfirmBody: {
    ja: '未回答の {count} 組織に督促メールを送ります。',
    en: {
      one: 'A reminder is e-mailed to the {count} organisation that has not answered.',
      other: 'A reminder is e-mailed to the {count} organisations that have not answered.',
    },
  },
  surveyClose: { ja: '締め切る', en: 'Close' },
  surveyReminded: {
    ja: '{n} 組織に督促しました（連絡先のない組織 {without}）。',
    en: 'Reminded {n} organisations ({without} without a contact).',
  },
  surveyLinksNote: {
    ja: '招待した組織ごとの回答リンク（{n} 件）',
    en: 'Personal links of the invited organisations ({n})',
  },
  surveyRateOf: {
    ja: '（{answered} / {invited} 組織が回答）',
    en: '({answered} of {invited} organisations answered)',
  },
  surveyDrafts: { ja: '回答途中 {n}', en: '{n} in progress' },
  surveyByKind: { ja: '組織の種別ごとの回答状況', en: 'Answers by organisation kind' },
  surveyOverTime: { ja: '回答数の推移', en: 'Answers over time' },
  surveyInvitedLine: { ja: '配布数 {n}', en: 'invited {n}' },
  surveyLinkInvalidTitle: { ja: '回答リンクを開けません', en: 'This answer link cannot be opened' },
  surveyLinkInvalidHelp: {
    ja: 'リンクが正しくないか、無効になっています。届いたメールのリンクをもう一度開くか、事務局に新しいリンクを依頼してください。',
    en: 'The link is wrong or no longer valid. Open the link in your e-mail again, or ask the coordinators for a new one.',
  },
  surveyKindOther: { ja: 'その他', en: 'Other' },
  surveyNoAnswersYet: {
    ja: 'まだ回答はありません。回答が届くと日ごとの推移がここに表示されます。',
    en: 'No answers yet. Once answers arrive, their progress by day is drawn here.',
  },
  surveyNotAnswered: { ja: '未回答', en: 'Not answered' },
  surveyStarted: { ja: '回答途中', en: 'started' },
  surveyRemindedTimes: { ja: '督促 {n} 回', en: 'reminded {n}×' },
  surveyRespondents: { ja: '回答 {n} 件（配布 {invited}）。', en: '{n} answers ({invited} invited).' },
  surveyBase: { ja: '割合の母数', en: 'Shares of' },
  surveyBaseAnswered: { ja: 'この設問の回答者', en: 'those who answered the question' },
  surveyBaseRespondents: { ja: '全回答者', en: 'all respondents' },
  surveyBaseLine: {
    ja: '回答 {answered}・表示 {shown}・全回答者 {respondents}。割合の母数：',
    en: 'Answered {answered}, shown {shown}, respondents {respondents}. Shares of',
  },
  surveyNumberStats: {
    ja: '平均 {mean}・中央値 {median}・最小 {min}・最大 {max}',
    en: 'Mean {mean}, median {median}, min {min}, max {max}',
  },
  surveyTerms: { ja: 'よく使われた語', en: 'Most frequent terms' },
  surveyTexts: { ja: '自由記述 {n} 件', en: '{n} free answers' },
  surveyCrossTab: { ja: 'クロス集計', en: 'Cross-tab' },
  surveyCrossRow: { ja: '行（分類に使う設問）', en: 'Rows (split by)' },
  surveyCrossColumn: { ja: '列', en: 'Columns' },
  surveySuppressed: { ja: '非表示', en: 'hidden' },
  surveySuppressedNote: {
    ja: '匿名アンケートのため、{n} 件未満のセルとその行の合計は表示しません。',
    en: 'Anonymous survey: cells under {n} and their row totals are not shown.',
  },
  surveyWeights: { ja: '立地選定の重み（アンケート由来）', en: 'Siting weights from the survey' },
  surveyWeightsHelp: {
    ja: '重要度の回答から、施設の種類ごとに評価基準の重みを算出し、立地選定のプロファイルとして保存できます。',
    en: 'Turn importance answers into criterion weights per facility type, and keep them as a siting profile.',
  },
  surveyMatrix: { ja: '重要度の設問', en: 'Importance question' },
  surveyGroupBy: { ja: 'グループ', en: 'Group by' },
  surveyAll: { ja: '全体', en: 'Everyone' },
  surveyWeightMethod: { ja: '算出方法', en: 'Method' },
  surveyMethodImportant: { ja: '「重要」と答えた割合', en: 'Share answering “important”' },
  surveyMethodMean: { ja: '平均点', en: 'Mean score' },
  surveyKeepProfile: { ja: '立地プロファイルとして保存', en: 'Keep as a siting profile' },
  surveyProfileSaved: {
    ja: 'プロファイル {key} を保存しました。立地選定の画面で使えます。',
    en: 'Saved profile {key}; it is available in Siting.',
  },
  surveyAnsweringFor: { ja: '回答者：{name}', en: 'Answering for {name}' },
  surveyClosesAt: { ja: '締切 {date}', en: 'closes {date}' },
  surveyAnonymousNote: {
    ja: '回答は集計にのみ使われ、事務局にも個別には表示されません。',
    en: 'Answers are used in aggregates only; the coordinator does not see them one by one.',
  },
  surveyClosedNote: {
    ja: 'このアンケートは締め切られました。回答の受付は終了しています。',
    en: 'This survey has closed; answers are no longer accepted.',
  },
  surveySubmittedNote: {
    ja: '{date} に回答を送信しました。締切までは変更して再送信できます。',
    en: 'Submitted on {date}. You can change your answers and submit again until the survey closes.',
  },
  surveySaving: { ja: '保存中…', en: 'Saving…' },
  surveySavedAt: { ja: '下書きを保存しました（{time}）', en: 'Draft saved ({time})' },
  surveySubmit: { ja: '回答を送信', en: 'Submit answers' },
  surveyResubmit: { ja: '変更を送信', en: 'Submit changes' },
  surveyRequired: { ja: '（必須）', en: '(required)' },
  surveyEditAnswered: {
    ja: '回答済みの設問は、回答を壊す変更（設問や選択肢の削除、種類の変更など）ができません。文言の修正や設問・選択肢の追加はできます。',
    en: 'Questions with answers cannot change in ways that break them (removing questions or choices, changing types); rewording and adding are fine.',
  },
  surveyTitleJa: { ja: '題名（日本語）', en: 'Title (Japanese)' },
  surveyTitleEn: { ja: '題名（英語）', en: 'Title (English)' },
  surveyMoveUp: { ja: '上へ', en: 'Up' },
  surveyMoveDown: { ja: '下へ', en: 'Down' },
  surveyAddQuestion: { ja: '設問を追加', en: 'Add a question' },
  surveyQuestionKey: { ja: '設問キー', en: 'Question key' },
  surveyQuestionType: { ja: '種類', en: 'Type' },
  surveyLabelJa: { ja: '設問文（日本語）', en: 'Question (Japanese)' },
  surveyLabelEn: { ja: '設問文（英語）', en: 'Question (English)' },
  surveyChoicesLines: {
    ja: '選択肢（1行に1つ：キー | 日本語 | 英語 | 点数）',
    en: 'Choices (one per line: key | Japanese | English | score)',
  },
  surveyItemsLines: {
    ja: '項目（1行に1つ：キー | 日本語 | 英語 | 地点属性,…）',
    en: 'Items (one per line: key | Japanese | English | site attributes,…)',
  },
  surveyMin: { ja: '最小値', en: 'Minimum' },
  surveyMax: { ja: '最大値', en: 'Maximum' },
  surveyShowIf: { ja: '表示条件', en: 'Show when' },
  surveyAlwaysShown: { ja: '常に表示', en: 'Always shown' },
  surveyShowIfChoices: { ja: 'この回答のとき', en: 'These answers' },
  surveySave: { ja: '設問を保存', en: 'Save questions' },
  surveySaved: { ja: '保存しました（版 {version}）。', en: 'Saved (version {version}).' },
} satisfies Messages;

registerMessages('surveys', surveysMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof surveysMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
