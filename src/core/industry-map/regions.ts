/**
 * Where an organisation counts on the industry map. The six Tohoku prefectures stand alone (the cluster
 * grows from Aomori into Tohoku), the rest of Japan is grouped into the usual eight regions less Tohoku,
 * and organisations abroad count by country. One table, used for the heat-map columns, the region
 * filters and (through `regionMatch`) the SQL conditions, so a figure and its drill-down always agree.
 */
import type { Label } from '../directory/vocabulary.ts';

export type RegionGroup = 'tohoku' | 'japan' | 'abroad' | 'unspecified';

type JapaneseRegion = { key: string; group: 'tohoku' | 'japan'; label: Label; prefectures: string[] };

/** Japanese regions in display order: Tohoku's prefectures first, one each, then the other regions. */
export const japaneseRegions: readonly JapaneseRegion[] = [
  { key: 'aomori', group: 'tohoku', label: { ja: '青森県', en: 'Aomori' }, prefectures: ['青森県'] },
  { key: 'iwate', group: 'tohoku', label: { ja: '岩手県', en: 'Iwate' }, prefectures: ['岩手県'] },
  { key: 'miyagi', group: 'tohoku', label: { ja: '宮城県', en: 'Miyagi' }, prefectures: ['宮城県'] },
  { key: 'akita', group: 'tohoku', label: { ja: '秋田県', en: 'Akita' }, prefectures: ['秋田県'] },
  { key: 'yamagata', group: 'tohoku', label: { ja: '山形県', en: 'Yamagata' }, prefectures: ['山形県'] },
  { key: 'fukushima', group: 'tohoku', label: { ja: '福島県', en: 'Fukushima' }, prefectures: ['福島県'] },
  { key: 'hokkaido', group: 'japan', label: { ja: '北海道', en: 'Hokkaido' }, prefectures: ['北海道'] },
  {
    key: 'kanto',
    group: 'japan',
    label: { ja: '関東', en: 'Kanto' },
    prefectures: ['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県'],
  },
  {
    key: 'chubu',
    group: 'japan',
    label: { ja: '中部', en: 'Chubu' },
    prefectures: ['新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県'],
  },
  {
    key: 'kinki',
    group: 'japan',
    label: { ja: '近畿', en: 'Kinki' },
    prefectures: ['三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県'],
  },
  {
    key: 'chugoku',
    group: 'japan',
    label: { ja: '中国', en: 'Chugoku' },
    prefectures: ['鳥取県', '島根県', '岡山県', '広島県', '山口県'],
  },
  {
    key: 'shikoku',
    group: 'japan',
    label: { ja: '四国', en: 'Shikoku' },
    prefectures: ['徳島県', '香川県', '愛媛県', '高知県'],
  },
  {
    key: 'kyushu-okinawa',
    group: 'japan',
    label: { ja: '九州・沖縄', en: 'Kyushu-Okinawa' },
    prefectures: ['福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'],
  },
];

/** Japanese organisations whose prefecture is missing or not an official name, and places with no country. */
export const japanUnspecified = 'japan-unspecified';
export const unspecified = 'unspecified';
/** Scopes that span several columns: the local scopes of the gap view and the shortlist. */
export const regionScopes = {
  tohoku: { ja: '東北', en: 'Tohoku' },
  japan: { ja: '日本', en: 'Japan' },
  abroad: { ja: '海外', en: 'Abroad' },
} as const satisfies Record<string, Label>;

const prefectureRegion = new Map(japaneseRegions.flatMap((r) => r.prefectures.map((p) => [p, r] as const)));
export const allPrefectures: readonly string[] = [...prefectureRegion.keys()];
const countryPattern = /^[A-Z]{2}$/;

const isJapanese = (country: string | null | undefined, prefecture: string | null | undefined) =>
  country === 'JP' || (!country && !!prefecture && prefectureRegion.has(prefecture));

/** The heat-map column of one place. A place with no country but an official prefecture name is Japanese. */
export function regionOf(country: string | null | undefined, prefecture: string | null | undefined): string {
  if (isJapanese(country, prefecture)) return prefectureRegion.get(prefecture ?? '')?.key ?? japanUnspecified;
  return country || unspecified;
}

/** What a region key selects; `regionMatch` is its one definition, shared by JS and SQL. */
export type RegionMatch =
  /** Japanese places in these prefectures (country JP, or no country). */
  | { kind: 'prefectures'; prefectures: readonly string[] }
  /** Every Japanese place. */
  | { kind: 'japan' }
  /** Every place with a country other than Japan. */
  | { kind: 'abroad' }
  /** Japanese places outside the official prefecture names. */
  | { kind: 'japan-unspecified' }
  | { kind: 'country'; country: string }
  /** No country and no official prefecture name. */
  | { kind: 'unspecified' };

export type RegionInfo = { key: string; group: RegionGroup; label: Label; match: RegionMatch };

const countryNames = {
  ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};

function countryLabel(code: string): Label {
  const name = (lang: 'ja' | 'en') => {
    try {
      return countryNames[lang].of(code) ?? code;
    } catch {
      return code;
    }
  };
  return { ja: name('ja'), en: name('en') };
}

/**
 * A region key as the API takes it: a heat-map column (`aomori`, `kanto`, `GB`, `japan-unspecified`,
 * `unspecified`) or a scope (`tohoku`, `japan`, `abroad`). Undefined for anything else, which the caller refuses.
 */
export function resolveRegion(key: string): RegionInfo | undefined {
  const jp = japaneseRegions.find((r) => r.key === key);
  if (jp)
    return {
      key: jp.key,
      group: jp.group,
      label: jp.label,
      match: { kind: 'prefectures', prefectures: jp.prefectures },
    };
  if (key === 'tohoku') {
    const prefectures = japaneseRegions.filter((r) => r.group === 'tohoku').flatMap((r) => r.prefectures);
    return { key, group: 'tohoku', label: regionScopes.tohoku, match: { kind: 'prefectures', prefectures } };
  }
  if (key === 'japan' || key === 'JP')
    return { key: 'japan', group: 'japan', label: regionScopes.japan, match: { kind: 'japan' } };
  if (key === 'abroad')
    return { key, group: 'abroad', label: regionScopes.abroad, match: { kind: 'abroad' } };
  if (key === japanUnspecified) {
    return {
      key,
      group: 'japan',
      label: { ja: '日本（都道府県不明）', en: 'Japan (prefecture unknown)' },
      match: { kind: 'japan-unspecified' },
    };
  }
  if (key === unspecified) {
    return {
      key,
      group: 'unspecified',
      label: { ja: '所在地不明', en: 'Unknown' },
      match: { kind: 'unspecified' },
    };
  }
  if (countryPattern.test(key))
    return { key, group: 'abroad', label: countryLabel(key), match: { kind: 'country', country: key } };
  return undefined;
}

/** Whether a place lies in a region; the SQL in the industry-map queries mirrors this case by case. */
export function inRegion(
  match: RegionMatch,
  country: string | null | undefined,
  prefecture: string | null | undefined,
): boolean {
  const japanese = isJapanese(country, prefecture);
  switch (match.kind) {
    case 'prefectures':
      return japanese && match.prefectures.includes(prefecture ?? '');
    case 'japan':
      return japanese;
    case 'abroad':
      return !japanese && !!country;
    case 'japan-unspecified':
      return japanese && !prefectureRegion.has(prefecture ?? '');
    case 'country':
      return !japanese && country === match.country;
    case 'unspecified':
      return !japanese && !country;
  }
}

/**
 * The heat-map columns for the places present: every Japanese region always (an empty Tohoku column is a
 * finding), then countries abroad in code order, then the unspecified buckets only when something is in them.
 */
export function regionColumns(present: Iterable<string>): RegionInfo[] {
  const seen = new Set(present);
  const abroad = [...seen].filter((k) => countryPattern.test(k) && k !== 'JP').sort();
  const keys = [
    ...japaneseRegions.map((r) => r.key),
    ...(seen.has(japanUnspecified) ? [japanUnspecified] : []),
    ...abroad,
    ...(seen.has(unspecified) ? [unspecified] : []),
  ];
  return keys.map((k) => resolveRegion(k)!);
}

/**
 * Where distances to a region are measured from: the seat of its prefectural government for a prefecture,
 * Sendai for Tohoku (its largest city, seat of the national government's Tohoku bureaus), the largest city
 * for the other regions, Tokyo for Japan. Countries abroad and the unknown buckets have none.
 */
const referencePoints: Record<string, { lat: number; lng: number; label: Label }> = {
  aomori: { lat: 40.8246, lng: 140.7406, label: { ja: '青森市', en: 'Aomori City' } },
  iwate: { lat: 39.7036, lng: 141.1527, label: { ja: '盛岡市', en: 'Morioka' } },
  miyagi: { lat: 38.2682, lng: 140.8694, label: { ja: '仙台市', en: 'Sendai' } },
  akita: { lat: 39.7186, lng: 140.1024, label: { ja: '秋田市', en: 'Akita City' } },
  yamagata: { lat: 38.2404, lng: 140.3633, label: { ja: '山形市', en: 'Yamagata City' } },
  fukushima: { lat: 37.7503, lng: 140.4676, label: { ja: '福島市', en: 'Fukushima City' } },
  tohoku: { lat: 38.2682, lng: 140.8694, label: { ja: '仙台市', en: 'Sendai' } },
  hokkaido: { lat: 43.0642, lng: 141.3469, label: { ja: '札幌市', en: 'Sapporo' } },
  kanto: { lat: 35.6895, lng: 139.6917, label: { ja: '東京', en: 'Tokyo' } },
  chubu: { lat: 35.1815, lng: 136.9066, label: { ja: '名古屋市', en: 'Nagoya' } },
  kinki: { lat: 34.6937, lng: 135.5023, label: { ja: '大阪市', en: 'Osaka' } },
  chugoku: { lat: 34.3853, lng: 132.4553, label: { ja: '広島市', en: 'Hiroshima' } },
  shikoku: { lat: 33.8392, lng: 132.7657, label: { ja: '松山市', en: 'Matsuyama' } },
  'kyushu-okinawa': { lat: 33.5902, lng: 130.4017, label: { ja: '福岡市', en: 'Fukuoka' } },
  japan: { lat: 35.6895, lng: 139.6917, label: { ja: '東京', en: 'Tokyo' } },
};

export function regionReferencePoint(key: string): { lat: number; lng: number; label: Label } | undefined {
  return referencePoints[key];
}
