import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The directory feature's words, Japanese and English together; loaded with the feature's chunk. */
export const directoryMessages = {
  directoryTitle: { ja: '組織ディレクトリ', en: 'Organisation directory' },
  directoryIntro: {
    ja: 'フュージョンエネルギー産業に関わる企業・研究機関・大学などを、技術・役割・地域で検索できます。',
    en: 'Companies, research institutes and universities in the fusion-energy industry, by technology, role and region.',
  },
  exportCsv: { ja: 'CSV で出力', en: 'Export CSV' },
  sortLabel: { ja: '並び順', en: 'Sort by' },
  sortRelevance: { ja: '関連度順', en: 'Relevance' },
  sortName: { ja: '名前順', en: 'Name' },
  sortUpdated: { ja: '更新の新しい順', en: 'Recently updated' },
  profileKind: { ja: '組織種別', en: 'Kind' },
  profileRoles: { ja: '役割', en: 'Roles' },
  profileClusters: { ja: 'クラスター', en: 'Clusters' },
  profileTechnologies: { ja: '技術分野', en: 'Technologies' },
  profileApplications: { ja: '応用分野', en: 'Applications' },
  profileDescription: { ja: '概要', en: 'Description' },
  profileMemberships: { ja: '所属団体', en: 'Memberships' },
  profileWebsite: { ja: 'ウェブサイト', en: 'Website' },
  profileAsOf: { ja: '時点', en: 'as of' },
  profileKey: { ja: 'キー', en: 'Key' },
  profileUpdated: { ja: '更新日時', en: 'Updated' },
  illustrativeHint: {
    ja: 'このプロフィールの一部は公開情報ではない例示データです。',
    en: 'Part of this profile is illustrative data, not from a public source.',
  },
  unpublished: { ja: '非公開', en: 'Unpublished' },
  edit: { ja: '編集', en: 'Edit' },
  delete: { ja: '削除', en: 'Delete' },
  confirmDelete: {
    ja: 'この組織を削除しますか？この操作は取り消せません。',
    en: 'Delete this organisation? This cannot be undone.',
  },
  newOrganization: { ja: '組織を登録', en: 'Add an organisation' },
  editOrganization: { ja: '組織を編集', en: 'Edit organisation' },
  formKey: { ja: 'キー（英小文字・数字・ハイフン）', en: 'Key (lower-case letters, digits, hyphens)' },
  formNameJa: { ja: '名称（日本語）', en: 'Name (Japanese)' },
  formNameEn: { ja: '名称（英語）', en: 'Name (English)' },
  formDescriptionJa: { ja: '概要（日本語）', en: 'Description (Japanese)' },
  formDescriptionEn: { ja: '概要（英語）', en: 'Description (English)' },
  formCountry: { ja: '国コード（例：JP）', en: 'Country code (e.g. JP)' },
  formPrefecture: { ja: '都道府県・州', en: 'Prefecture / state' },
  formCity: { ja: '市区町村', en: 'City' },
  formLat: { ja: '緯度', en: 'Latitude' },
  formLng: { ja: '経度', en: 'Longitude' },
  formSourceUrl: { ja: '出典 URL', en: 'Source URL' },
  formSourceAsOf: { ja: '時点（日付）', en: 'As of (date)' },
  formSourceNote: { ja: '備考', en: 'Note' },
  addSource: { ja: '出典を追加', en: 'Add a source' },
  removeSource: { ja: '削除', en: 'Remove' },
  formPublished: { ja: '公開する', en: 'Published' },
  formIllustrative: { ja: '例示データを含む', en: 'Contains illustrative data' },
  save: { ja: '保存', en: 'Save' },
  saving: { ja: '保存中…', en: 'Saving…' },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  formHasErrors: { ja: '入力内容を確認してください。', en: 'Please check the highlighted fields.' },
  forbiddenOwnOnly: {
    ja: 'ご自身の組織のプロフィールのみ編集できます。',
    en: 'You can edit only your own organisation.',
  },
  signInToEdit: { ja: '編集するにはログインしてください。', en: 'Please sign in to edit.' },
} satisfies Messages;

registerMessages('directory', directoryMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof directoryMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
