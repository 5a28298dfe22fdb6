import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** A unit's photos and floor plan on the facility page: Japanese and English together. */
export const unitMediaMessages = {
  unitMediaTitle: { ja: '区画の写真と図面', en: 'Photos and floor plans' },
  unitMediaPhotos: { ja: '{unit} の写真', en: 'Photos of {unit}' },
  unitMediaNone: { ja: '写真・図面はまだありません。', en: 'No photos or floor plan yet.' },
  unitMediaFloorPlan: { ja: '図面を開く', en: 'Open the floor plan' },
  unitMediaFloorPlanPdf: { ja: '図面（PDF）をダウンロード', en: 'Download the floor plan (PDF)' },
  unitMediaPhotoAlt: { ja: '{unit} の写真 {n}', en: 'Photo {n} of {unit}' },
  unitMediaUpload: { ja: 'アップロード', en: 'Upload' },
  unitMediaUploadLegend: { ja: '{unit} に写真・図面を追加', en: 'Add a photo or floor plan to {unit}' },
  unitMediaFile: { ja: 'ファイル', en: 'File' },
  unitMediaKind: { ja: '種類', en: 'Kind' },
  unitMediaKindPhoto: { ja: '写真', en: 'Photo' },
  unitMediaKindPlan: { ja: '図面（差し替え）', en: 'Floor plan (replaces the current one)' },
  unitMediaCaptionJa: { ja: '説明（日本語）', en: 'Caption (Japanese)' },
  unitMediaCaptionEn: { ja: '説明（英語）', en: 'Caption (English)' },
  unitMediaHint: {
    ja: 'JPEG・PNG・WebP（図面は PDF も可）、1 ファイル {mb} MB まで。写真は 1 区画 {max} 枚まで。',
    en: 'JPEG, PNG or WebP (a floor plan may also be a PDF), up to {mb} MB each; at most {max} photos per unit.',
  },
  unitMediaUploading: { ja: 'アップロード中… {percent}%', en: 'Uploading… {percent}%' },
  unitMediaUploaded: { ja: 'アップロードしました', en: 'Uploaded' },
  unitMediaTooLarge: { ja: '{mb} MB を超えるファイルは送れません', en: 'Files over {mb} MB cannot be sent' },
  unitMediaDelete: { ja: '削除', en: 'Delete' },
  unitMediaDeleteTitle: { ja: 'このファイルを削除しますか？', en: 'Delete this file?' },
  unitMediaDeleteBody: {
    ja: '削除すると元に戻せません。',
    en: 'It cannot be brought back once deleted.',
  },
} satisfies Messages;

registerMessages('incubation-unit-media', unitMediaMessages);

type FeatureMessages = typeof unitMediaMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
