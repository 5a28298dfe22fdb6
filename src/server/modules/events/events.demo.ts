import type { Db } from '../../db/client.ts';
import { eventIdByKey, insertEvent, organizationsByKeys } from './events.queries.ts';
import { replaceSettings } from './meetings.queries.ts';
import { slotTimes } from './meetings.service.ts';
import { replaceTourSlots } from './tours.queries.ts';

// The demo's events: invented (illustrative) occasions of the kinds seed 000 describes at the Gifu Technoplaza
// (立地企業等で構成するアライアンス, 月一ランチミーティング, エリア一体のオープンファクトリー) and asks for around
// Rokkasho. Organisers are demo-bundle organisations; dates, places and capacities are made up, and say so.
// Dates are relative to the clock at seed time (days ahead, Japan time), so the demo always has events to come.

const note = {
  ja: '（例示：デモ用の架空のイベントです）',
  en: '(Illustrative: an invented demo event.)',
};

type DemoEvent = {
  key: string;
  kind: string;
  organizer: string;
  title: { ja: string; en: string };
  description: { ja: string; en: string };
  place: { ja: string; en: string };
  lat: number | null;
  lng: number | null;
  onlineUrl?: string;
  /** Days after the seed day (Japan time) and the local start and end times. */
  inDays: number;
  from: string;
  to: string;
  capacity: number;
  audience: 'public' | 'members';
  fee?: { ja: string; en: string };
  /** An open factory's safety rules and its tours (local start and end, places). */
  safetyRules?: { ja: string; en: string };
  tours?: [string, string, number][];
  /** A brokerage event's meeting slots (minutes) and tables. */
  brokerage?: { slotMinutes: number; tables: number };
};

const rokkasho = { lat: 40.9672, lng: 141.3747 };

const demoEvents: DemoEvent[] = [
  {
    key: 'demo-brokerage',
    kind: 'brokerage',
    organizer: 'mutsu-ogawara-incubation-demo',
    title: {
      ja: '核融合サプライチェーン商談会（例示）',
      en: 'Fusion supply-chain brokerage day (illustrative)',
    },
    description: {
      ja: `参加者が提供・希望を登録し、20分の1対1商談を申し込みます。承諾された商談は主催者が枠とテーブルに割り当てます。${note.ja}`,
      en: `Participants publish what they offer and seek and request 20-minute one-to-one meetings; the organiser schedules the accepted ones into slots and tables. ${note.en}`,
    },
    place: {
      ja: '六ヶ所村 むつ小川原ベンチャーファクトリー 会議室（例示）',
      en: 'Rokkasho, Venture Factory meeting room (illustrative)',
    },
    ...rokkasho,
    inDays: 98,
    from: '13:00',
    to: '16:00',
    capacity: 60,
    audience: 'public',
    brokerage: { slotMinutes: 20, tables: 10 },
  },
  {
    key: 'demo-lunch',
    kind: 'lunch-meeting',
    organizer: 'mutsu-ogawara-incubation-demo',
    title: {
      ja: 'むつ小川原 月例ランチミーティング（例示）',
      en: 'Mutsu-Ogawara monthly lunch meeting (illustrative)',
    },
    description: {
      ja: `立地企業・入居企業が昼食をとりながら近況と課題を共有します。${note.ja}`,
      en: `Companies on the estate share news and problems over lunch. ${note.en}`,
    },
    place: {
      ja: '六ヶ所村 むつ小川原ベンチャーファクトリー 会議室（例示）',
      en: 'Rokkasho, Venture Factory meeting room (illustrative)',
    },
    ...rokkasho,
    inDays: 21,
    from: '12:00',
    to: '13:00',
    capacity: 30,
    audience: 'members',
    fee: { ja: '弁当代 1,000円（例示）', en: 'Lunch box 1,000 yen (illustrative)' },
  },
  {
    key: 'demo-open-factory',
    kind: 'open-factory',
    organizer: 'mutsu-ogawara-incubation-demo',
    title: {
      ja: 'むつ小川原オープンファクトリー（例示）',
      en: 'Mutsu-Ogawara Open Factory (illustrative)',
    },
    description: {
      ja: `開発地区の入居企業の工場を見学します。どなたでも参加できます。${note.ja}`,
      en: `Tour the workshops of the companies on the development area. Open to everyone. ${note.en}`,
    },
    place: {
      ja: '六ヶ所村 むつ小川原開発地区（例示）',
      en: 'Mutsu-Ogawara development area, Rokkasho (illustrative)',
    },
    lat: 40.955,
    lng: 141.33,
    inDays: 70,
    from: '10:00',
    to: '16:00',
    capacity: 80,
    audience: 'public',
    safetyRules: {
      ja: `見学中は安全靴（貸出あり）とヘルメットを着用し、案内者から離れないでください。工場内の撮影は禁止です。${note.ja}`,
      en: `Wear safety shoes (we lend them) and a helmet, stay with your guide, and take no photographs inside. ${note.en}`,
    },
    tours: [
      ['10:00', '11:00', 20],
      ['11:30', '12:30', 20],
      ['13:30', '14:30', 20],
      ['15:00', '16:00', 20],
    ],
  },
  {
    key: 'demo-residents-briefing',
    kind: 'residents-briefing',
    organizer: 'rokkasho-village',
    title: {
      ja: 'フュージョンエネルギーと安全 住民説明会（例示）',
      en: 'Fusion energy and safety: residents’ briefing (illustrative)',
    },
    description: {
      ja: `核融合の仕組みと安全について説明し、質問にお答えします。${note.ja}`,
      en: `How fusion works and how it is kept safe, with time for questions. ${note.en}`,
    },
    place: { ja: '六ヶ所村 文化交流プラザ（例示）', en: 'Rokkasho village hall (illustrative)' },
    ...rokkasho,
    inDays: 35,
    from: '14:00',
    to: '16:00',
    capacity: 120,
    audience: 'public',
  },
  {
    key: 'demo-seminar',
    kind: 'seminar',
    organizer: 'aomori-prefecture',
    title: {
      ja: '核融合サプライチェーン参入セミナー（例示）',
      en: 'Entering the fusion supply chain: seminar (illustrative)',
    },
    description: {
      ja: `県内企業向けに、核融合装置の部材と求められる品質を紹介します。オンライン併催。${note.ja}`,
      en: `For companies in the prefecture: the parts a fusion plant needs and the quality asked of them. Also online. ${note.en}`,
    },
    place: { ja: '青森市（例示）', en: 'Aomori city (illustrative)' },
    lat: 40.8246,
    lng: 140.7406,
    onlineUrl: 'https://example.org/illustrative-webinar',
    inDays: 49,
    from: '13:30',
    to: '16:30',
    capacity: 60,
    audience: 'public',
  },
];

/** The Japan-time day `days` after `now`'s, at the local time `hhmm`. */
export function jstDayAt(now: Date, days: number, hhmm: string): Date {
  const day = new Date(now.getTime() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T${hhmm}:00+09:00`);
}

/** Adds the demo events once (by key), for the organisers the demo bundle has, dated from `now`. */
export async function loadDemoEvents(db: Db, now: Date = new Date()) {
  const orgs = new Map(
    (await organizationsByKeys(db, [...new Set(demoEvents.map((e) => e.organizer))])).map((o) => [
      o.key,
      o.id,
    ]),
  );
  for (const e of demoEvents) {
    const organizerOrganizationId = orgs.get(e.organizer);
    if (!organizerOrganizationId || (await eventIdByKey(db, e.key))) continue;
    const startsAt = jstDayAt(now, e.inDays, e.from);
    const endsAt = jstDayAt(now, e.inDays, e.to);
    const row = await insertEvent(db, {
      key: e.key,
      kind: e.kind,
      organizerOrganizationId,
      title: e.title,
      description: e.description,
      place: e.place,
      lat: e.lat,
      lng: e.lng,
      onlineUrl: e.onlineUrl ?? null,
      startsAt,
      endsAt,
      capacity: e.capacity,
      audience: e.audience,
      fee: e.fee ?? {},
      safetyRules: e.safetyRules ?? {},
      illustrative: true,
    });
    if (e.tours)
      await replaceTourSlots(
        db,
        row.id,
        e.tours.map(([from, to, capacity]) => ({
          startsAt: jstDayAt(now, e.inDays, from),
          endsAt: jstDayAt(now, e.inDays, to),
          capacity,
        })),
      );
    if (e.brokerage)
      await replaceSettings(
        db,
        row.id,
        { slotMinutes: e.brokerage.slotMinutes, tableCount: e.brokerage.tables },
        slotTimes(startsAt, endsAt, e.brokerage.slotMinutes),
      );
  }
}
