/**
 * Place names in both languages. Japan's prefectures with their JIS X 0401 codes (01 Hokkaido … 47 Okinawa:
 * the order every Japanese list of prefectures follows) and English names; a municipality's English name
 * comes from the table in `municipalities.ts`, and a place the tables do not
 * know is shown as written. Shared by server and web.
 */
import type { Label } from '../label.ts';
import { municipalityNames } from './municipalities.ts';

export type Prefecture = { code: string; ja: string; en: string };

export const prefectures: readonly Prefecture[] = [
  ['北海道', 'Hokkaido'],
  ['青森県', 'Aomori'],
  ['岩手県', 'Iwate'],
  ['宮城県', 'Miyagi'],
  ['秋田県', 'Akita'],
  ['山形県', 'Yamagata'],
  ['福島県', 'Fukushima'],
  ['茨城県', 'Ibaraki'],
  ['栃木県', 'Tochigi'],
  ['群馬県', 'Gunma'],
  ['埼玉県', 'Saitama'],
  ['千葉県', 'Chiba'],
  ['東京都', 'Tokyo'],
  ['神奈川県', 'Kanagawa'],
  ['新潟県', 'Niigata'],
  ['富山県', 'Toyama'],
  ['石川県', 'Ishikawa'],
  ['福井県', 'Fukui'],
  ['山梨県', 'Yamanashi'],
  ['長野県', 'Nagano'],
  ['岐阜県', 'Gifu'],
  ['静岡県', 'Shizuoka'],
  ['愛知県', 'Aichi'],
  ['三重県', 'Mie'],
  ['滋賀県', 'Shiga'],
  ['京都府', 'Kyoto'],
  ['大阪府', 'Osaka'],
  ['兵庫県', 'Hyogo'],
  ['奈良県', 'Nara'],
  ['和歌山県', 'Wakayama'],
  ['鳥取県', 'Tottori'],
  ['島根県', 'Shimane'],
  ['岡山県', 'Okayama'],
  ['広島県', 'Hiroshima'],
  ['山口県', 'Yamaguchi'],
  ['徳島県', 'Tokushima'],
  ['香川県', 'Kagawa'],
  ['愛媛県', 'Ehime'],
  ['高知県', 'Kochi'],
  ['福岡県', 'Fukuoka'],
  ['佐賀県', 'Saga'],
  ['長崎県', 'Nagasaki'],
  ['熊本県', 'Kumamoto'],
  ['大分県', 'Oita'],
  ['宮崎県', 'Miyazaki'],
  ['鹿児島県', 'Kagoshima'],
  ['沖縄県', 'Okinawa'],
].map(([ja, en], i) => ({ code: String(i + 1).padStart(2, '0'), ja: ja!, en: en! }));

const byJapaneseName = new Map(prefectures.map((p) => [p.ja, p]));

/** The prefecture of an official Japanese name (東京都, 青森県), or undefined. */
export const prefectureOf = (name: string | null | undefined) =>
  name ? byJapaneseName.get(name) : undefined;

/** A prefecture (or a region abroad) named in the page's language. */
export function prefectureLabel(name: string): Label {
  const p = prefectureOf(name);
  return p ? { ja: p.ja, en: p.en } : { ja: name, en: name };
}

/** English names of municipalities, keyed `<prefecture>/<municipality>` as written in Japanese. */
export type MunicipalityNames = Readonly<Record<string, string>>;

const countryNames = {
  ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};

export function countryName(code: string, lang: 'ja' | 'en'): string {
  try {
    return countryNames[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

export type Place = { country?: string; prefecture?: string; city?: string };

/**
 * A place as a line in the page's language: Japanese from the largest unit down without separators
 * (日本 青森県六ヶ所村 reads 青森県六ヶ所村), English from the smallest up with commas ("Rokkasho, Aomori, Japan").
 * Japan is implied on Japanese pages; a municipality the table does not know keeps its written name.
 */
export function placeLine(
  place: Place,
  lang: 'ja' | 'en',
  municipalities: MunicipalityNames = municipalityNames,
): string {
  const { country, prefecture, city } = place;
  const japanese = country === 'JP' || (!country && !!prefectureOf(prefecture));
  if (lang === 'ja') {
    const parts = [country && country !== 'JP' ? countryName(country, 'ja') : undefined, prefecture, city];
    return parts.filter(Boolean).join(japanese ? '' : '、');
  }
  const cityEn = city && prefecture ? (municipalities[`${prefecture}/${city}`] ?? city) : city;
  const prefectureEn = prefecture ? (japanese ? prefectureLabel(prefecture).en : prefecture) : undefined;
  const countryEn = country ? countryName(country, 'en') : japanese ? 'Japan' : undefined;
  return [cityEn, prefectureEn, countryEn].filter(Boolean).join(', ');
}

/** Lists in a page's language: Japanese with 「・」, English with ", ". */
export const joinList = (items: readonly string[], lang: 'ja' | 'en') =>
  items.join(lang === 'ja' ? '・' : ', ');
