/**
 * Wordings that several modules share, in both languages. Schema checks are built once at start-up, so
 * their messages are zod `error` functions that `say` them per request; the rest are called while one runs.
 */
import { say } from './locale.ts';

type Text = { ja: string; en: string };

/** A zod check's message in the request's language: `.regex(re, sayError(text))`, `.refine(f, { ...sayError(text), path })`. */
export const sayError = (text: Text) => ({ error: () => say(text) });

export const countryCode = sayError({
  ja: '2文字の国コード（ISO 3166-1、例：JP）',
  en: 'ISO 3166-1 alpha-2 code, e.g. JP',
});
export const keyFormat = sayError({
  ja: '英小文字・数字・ハイフンで100文字まで',
  en: 'lower-case letters, digits and hyphens, at most 100',
});
export const latLngTogether = sayError({
  ja: '緯度と経度は両方とも指定してください',
  en: 'lat and lng go together',
});
export const nothingToChange = sayError({ ja: '変更する項目がありません', en: 'nothing to change' });

export const alreadyUsed = () => say({ ja: 'すでに使われています', en: 'already used' });
export const expectedArray = () => say({ ja: '配列で指定してください', en: 'expected an array' });

/** A bundle section naming one key twice. */
export const duplicateKey = (key: string, firstAt: string) =>
  say({
    ja: `キー「${key}」が重複しています（最初は ${firstAt}）`,
    en: `duplicate key "${key}" (first at ${firstAt})`,
  });

const things = {
  code: { ja: '技術コード', en: 'code' },
  cluster: { ja: 'クラスター', en: 'cluster' },
  kind: { ja: '組織種別', en: 'kind' },
  role: { ja: '役割', en: 'role' },
  'relation type': { ja: '関係の種類', en: 'relation type' },
  region: { ja: '地域', en: 'region' },
  'application field': { ja: '応用分野', en: 'application field' },
  organisation: { ja: '組織', en: 'organisation' },
  site: { ja: '候補地', en: 'site' },
  'site attribute': { ja: '候補地の属性', en: 'site attribute' },
  profile: { ja: '施設プロファイル', en: 'profile' },
  facility: { ja: '施設', en: 'facility' },
  'unit kind': { ja: '区画の種類', en: 'unit kind' },
  'booking unit': { ja: '予約単位', en: 'booking unit' },
  consultation: { ja: '相談', en: 'consultation' },
} as const;

/** "unknown code "X"": a value outside a closed vocabulary or not in the directory. */
export function unknownValue(thing: keyof typeof things, value: string): string {
  return say({
    ja: `${things[thing].ja}「${value}」はありません`,
    en: `unknown ${things[thing].en} "${value}"`,
  });
}
