import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/**
 * Equipment booking's words, Japanese and English together; loaded with the incubation chunk. A file of its
 * own beside incubation-messages.ts so the booking screens can change without touching the listing's words.
 */
export const bookingMessages = {
  bookingCalendarLink: { ja: '予約カレンダー', en: 'Booking calendar' },
  bookingTitle: { ja: '{name} の予約', en: 'Book {name}' },
  bookingFacility: { ja: '設置施設', en: 'Facility' },
  bookingMine: { ja: '自社の予約', en: 'My bookings' },
  bookingCalendar: { ja: '{month} の予約状況', en: 'Bookings in {month}' },
  bookingPrevMonth: { ja: '前の月', en: 'Previous month' },
  bookingNextMonth: { ja: '次の月', en: 'Next month' },
  bookingBusy: { ja: '予約済み', en: 'Booked' },
  bookingPending: { ja: '承認待ち', en: 'Awaiting approval' },
  bookingOwn: { ja: '自社', en: 'Yours' },
  bookingFree: { ja: '空き', en: 'Free' },
  bookingPickDay: { ja: '{n}（{day}）', en: '{n} ({day})' },
  bookingForm: { ja: '予約を申し込む', en: 'Book a slot' },
  bookingDate: { ja: '開始日', en: 'Start date' },
  bookingHour: { ja: '開始時刻（日本時間）', en: 'Start time (Japan time)' },
  bookingLength: { ja: '利用する{unit}数', en: 'Number of {unit}s' },
  bookingNote: { ja: '利用目的（任意）', en: 'Purpose (optional)' },
  bookingSubmit: { ja: '予約する', en: 'Book' },
  bookingDone: { ja: '予約が確定しました。', en: 'Your booking is confirmed.' },
  bookingRequested: {
    ja: '予約を申し込みました。施設の承認をお待ちください。',
    en: 'Your request is sent; the facility will approve or decline it.',
  },
  bookingSignIn: {
    ja: '予約するには組織の会員としてログインしてください。',
    en: 'Sign in as a member of an organisation to book.',
  },
  bookingCutoff: {
    ja: '取消は開始の {n} 時間前まで',
    en: 'Cancel up to {n} hours before the start',
  },
  bookingsTitle: { ja: '共用設備の予約', en: 'Equipment bookings' },
  bookingsIntro: {
    ja: '自社の予約の確認・取消・カレンダー登録、設備を持つ組織は申込の承認と利用実績の確認ができます。',
    en: 'See, cancel and add to your calendar your own bookings; facility owners approve requests and see usage.',
  },
  bookingsNone: { ja: '予約はありません。', en: 'No bookings.' },
  bookingEquipment: { ja: '設備', en: 'Equipment' },
  bookingSlot: { ja: '日時（日本時間）', en: 'Slot (Japan time)' },
  bookingStatus: { ja: '状態', en: 'Status' },
  bookingFee: { ja: '料金', en: 'Fee' },
  bookingActions: { ja: '操作', en: 'Actions' },
  bookingOrganization: { ja: '申込者', en: 'Booked by' },
  bookingStatusRequested: { ja: '承認待ち', en: 'Awaiting approval' },
  bookingStatusConfirmed: { ja: '確定', en: 'Confirmed' },
  bookingStatusDeclined: { ja: '不承認', en: 'Declined' },
  bookingStatusCancelled: { ja: '取消済み', en: 'Cancelled' },
  bookingIcs: { ja: '.ics をダウンロード', en: 'Download .ics' },
  bookingCancel: { ja: '取り消す', en: 'Cancel booking' },
  bookingCancelTitle: { ja: 'この予約を取り消しますか？', en: 'Cancel this booking?' },
  bookingCancelBody: {
    ja: '{slot} の予約を取り消します。元に戻せません。',
    en: 'The booking for {slot} will be cancelled. This cannot be undone.',
  },
  bookingReason: { ja: '理由', en: 'Reason' },
  bookingFeed: { ja: 'カレンダー連携（購読 URL）', en: 'Calendar feed' },
  bookingFeedIntro: {
    ja: 'この URL をカレンダーアプリに登録すると自社の予約が表示されます。URL は秘密にしてください。',
    en: "Add this URL to your calendar app to see your organisation's bookings. Keep it secret.",
  },
  bookingFeedActive: {
    ja: '購読 URL は発行済みです（{date}）。',
    en: 'A feed URL is active (since {date}).',
  },
  bookingFeedNone: { ja: '購読 URL はまだありません。', en: 'No feed URL yet.' },
  bookingFeedCreate: { ja: '購読 URL を発行', en: 'Create feed URL' },
  bookingFeedRenew: { ja: '新しい URL を発行（旧 URL は無効）', en: 'New URL (the old one stops working)' },
  bookingFeedRevoke: { ja: '購読 URL を無効にする', en: 'Revoke feed URL' },
  bookingFeedUrl: { ja: '購読 URL（この一度だけ表示）', en: 'Feed URL (shown this once)' },
  bookingQueue: { ja: '承認待ちの申込', en: 'Requests awaiting approval' },
  bookingQueueNone: { ja: '承認待ちの申込はありません。', en: 'No requests awaiting approval.' },
  bookingApprove: { ja: '承認', en: 'Approve' },
  bookingDecline: { ja: '不承認', en: 'Decline' },
  bookingDeclineReason: { ja: '不承認の理由', en: 'Reason for declining' },
  bookingUsage: { ja: '利用実績と料金', en: 'Usage and fees' },
  bookingMonth: { ja: '月', en: 'Month' },
  bookingHours: { ja: '時間', en: 'Hours' },
  bookingCount: { ja: '件数', en: 'Bookings' },
  bookingTotal: { ja: '合計 {fee}', en: 'Total {fee}' },
  bookingXlsx: { ja: 'Excel（xlsx）で書き出す', en: 'Export as xlsx' },
  bookingQuotas: { ja: '利用枠（時間）', en: 'Booking quotas (hours)' },
  bookingQuotaLine: {
    ja: '{org}：残り {left} / {hours} 時間（{from}〜{to}）',
    en: '{org}: {left} of {hours} hours left ({from} to {to})',
  },
  bookingQuotaGrant: { ja: '利用枠を付与', en: 'Grant a quota' },
  bookingQuotaOrg: { ja: '組織キー', en: 'Organisation key' },
  bookingQuotaHours: { ja: '時間数', en: 'Hours' },
  bookingQuotaFrom: { ja: '開始日', en: 'Valid from' },
  bookingQuotaTo: { ja: '終了日', en: 'Valid to' },
  bookingQuotaSource: {
    ja: '根拠（任意：共同利用課題番号など）',
    en: 'Source (optional, e.g. a joint-use proposal)',
  },
} satisfies Messages;

registerMessages('incubation-bookings', bookingMessages);

type FeatureMessages = typeof bookingMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
