import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** Words of the owner's and office's editing screens for facilities, units and equipment. */
export const incubationFormsMessages = {
  incubationFormsNewFacility: { ja: '施設を登録', en: 'Add a facility' },
  incubationFormsEditFacility: { ja: '施設を編集', en: 'Edit facility' },
  incubationFormsDetails: { ja: '施設の情報', en: 'Facility details' },
  incubationFormsEditLink: { ja: 'この施設を編集', en: 'Edit this facility' },
  incubationFormsViewLink: { ja: '施設のページを見る', en: 'View the facility page' },
  incubationFormsOwnOnly: {
    ja: 'この施設を編集できるのは、所有する組織のメンバーと事務局だけです。',
    en: 'Only members of the owning organisation and the office can edit this facility.',
  },
  incubationFormsNoOrganization: {
    ja: '施設を登録するには、組織に所属するメンバーのアカウントが必要です。',
    en: 'Adding a facility needs a member account that belongs to an organisation.',
  },
  incubationFormsOrganization: { ja: '所有する組織', en: 'Owning organisation' },
  incubationFormsOrganizationHint: {
    ja: '組織名の一部を入力して選んでください。',
    en: 'Type part of the organisation’s name and pick it.',
  },
  incubationFormsPickOrganization: { ja: '組織を選んでください。', en: 'Pick an organisation.' },
  incubationFormsKey: { ja: '識別キー', en: 'Key' },
  incubationFormsKeyHint: {
    ja: '英小文字・数字・ハイフン（URL やデータ連携で使います）',
    en: 'Lower-case letters, digits and hyphens (used in links and data exchange)',
  },
  incubationFormsNameJa: { ja: '名称（日本語）', en: 'Name (Japanese)' },
  incubationFormsNameEn: { ja: '名称（英語）', en: 'Name (English)' },
  incubationFormsDescriptionJa: { ja: '説明（日本語）', en: 'Description (Japanese)' },
  incubationFormsDescriptionEn: { ja: '説明（英語）', en: 'Description (English)' },
  incubationFormsSite: { ja: '立地する候補地', en: 'Candidate site it stands on' },
  incubationFormsNoSite: { ja: '（なし）', en: '(none)' },
  incubationFormsMaxTerm: { ja: '最長入居期間（か月）', en: 'Longest lease (months)' },
  incubationFormsPublished: { ja: '公開する', en: 'Published' },
  incubationFormsSave: { ja: '保存', en: 'Save' },
  incubationFormsCreate: { ja: '登録', en: 'Create' },
  incubationFormsCancel: { ja: 'キャンセル', en: 'Cancel' },
  incubationFormsSaved: { ja: '保存しました。', en: 'Saved.' },
  incubationFormsDelete: { ja: '削除', en: 'Delete' },
  incubationFormsEdit: { ja: '編集', en: 'Edit' },
  incubationFormsDeleteFacility: { ja: 'この施設を削除', en: 'Delete this facility' },
  incubationFormsDeleteFacilityTitle: { ja: '施設を削除しますか？', en: 'Delete this facility?' },
  incubationFormsDeleteFacilityBody: {
    ja: '「{name}」と、その区画・共用設備をすべて削除します。元に戻せません。',
    en: '“{name}” and all its units and equipment will be deleted. This cannot be undone.',
  },
  incubationFormsDeleteUnitTitle: { ja: '区画を削除しますか？', en: 'Delete this unit?' },
  incubationFormsDeleteEquipmentTitle: { ja: '設備を削除しますか？', en: 'Delete this equipment?' },
  incubationFormsDeleteItemBody: {
    ja: '「{name}」を削除します。元に戻せません。',
    en: '“{name}” will be deleted. This cannot be undone.',
  },
  incubationFormsUnits: { ja: '区画', en: 'Units' },
  incubationFormsAddUnit: { ja: '区画を追加', en: 'Add a unit' },
  incubationFormsEditUnit: { ja: '区画を編集', en: 'Edit unit' },
  incubationFormsKind: { ja: '種類', en: 'Kind' },
  incubationFormsArea: { ja: '床面積（m²）', en: 'Floor area (m²)' },
  incubationFormsFloorLoad: { ja: '床荷重（t/m²）', en: 'Floor load (t/m²)' },
  incubationFormsCeiling: { ja: '天井高（m）', en: 'Ceiling height (m)' },
  incubationFormsCrane: { ja: 'クレーン（t）', en: 'Crane (t)' },
  incubationFormsPower: { ja: '電力容量（kVA）', en: 'Power (kVA)' },
  incubationFormsEhv: { ja: '特別高圧受電が可能', en: 'Extra-high voltage available' },
  incubationFormsCleanClass: { ja: 'クリーンルーム（ISO クラス）', en: 'Clean room (ISO class)' },
  incubationFormsNoClean: { ja: 'なし', en: 'None' },
  incubationFormsCleanClassN: { ja: 'クラス {n}', en: 'Class {n}' },
  incubationFormsSeismic: { ja: '免震構造', en: 'Seismic isolation' },
  incubationFormsRent: { ja: '月額賃料（円）', en: 'Monthly rent (yen)' },
  incubationFormsStatus: { ja: '状態', en: 'Status' },
  incubationFormsEmptyHint: { ja: '空欄は「未公表」です。', en: 'Leave empty if not published.' },
  incubationFormsEquipment: { ja: '共用設備', en: 'Shared equipment' },
  incubationFormsAddEquipment: { ja: '設備を追加', en: 'Add equipment' },
  incubationFormsEditEquipment: { ja: '設備を編集', en: 'Edit equipment' },
  incubationFormsTechnologies: { ja: '対応する技術', en: 'Capabilities (technologies)' },
  incubationFormsBookingUnit: { ja: '予約の単位', en: 'Booking unit' },
  incubationFormsFeeMember: { ja: '会員料金（円／単位）', en: 'Member fee (yen per unit)' },
  incubationFormsFeeOther: { ja: '非会員料金（円／単位）', en: 'Non-member fee (yen per unit)' },
  incubationFormsApproval: { ja: '予約には承認が必要', en: 'Bookings need approval' },
  incubationFormsNone: { ja: 'まだありません。', en: 'None yet.' },
  incubationFormsStale: {
    ja: 'ほかの人がこの内容を変更しました。再読み込みして、最新の内容から編集し直してください。',
    en: 'Someone else changed this in the meantime. Reload and make your change again on the latest version.',
  },
  incubationFormsReload: { ja: '再読み込み', en: 'Reload' },
} satisfies Messages;

registerMessages('incubation-forms', incubationFormsMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof incubationFormsMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
