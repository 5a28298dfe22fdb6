import { isAttributeKey, siteAttributes } from '../../core/siting/attributes.ts';
import type { Lang } from './i18n.tsx';

/** An attribute's name in the reader's language; an unknown key is shown as it is. */
export function attributeLabel(key: string, lang: Lang): string {
  return isAttributeKey(key) ? siteAttributes[key].label[lang] : key;
}

/** A value with its unit, numbers grouped the way the reader's locale writes them. */
export function formatValue(key: string, value: number | boolean | string | undefined, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return lang === 'ja' ? (value ? 'あり' : 'なし') : value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const spec = isAttributeKey(key) ? siteAttributes[key] : undefined;
  const unit = spec && 'unit' in spec ? ` ${spec.unit[lang]}` : '';
  if (spec?.type === 'boolean') return formatValue(key, value === 1, lang);
  return `${value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 2 })}${unit}`;
}

export const formatShare = (x: number) => `${(x * 100).toFixed(1)}%`;
