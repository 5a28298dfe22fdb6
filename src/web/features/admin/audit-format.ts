import { introductionStates, postVisibilities } from '../../../core/matching/index.ts';
import type { Lang } from '../../lib/i18n.tsx';

/**
 * Turns an audit row's stored changes into lines a coordinator reads: "field: before → after". The rows were
 * written by many modules in a few shapes (a field diff, `{after: input}`, plain values, a state move), so this
 * reads all of them; it is pure so it can be tested without a browser.
 */
export type ChangeLine = { field: string; before?: string; after: string };

type Label = { ja: string; en: string };

const fieldLabels: Record<string, Label> = {
  name: { ja: '名称', en: 'Name' },
  title: { ja: '件名', en: 'Title' },
  description: { ja: '概要', en: 'Description' },
  body: { ja: '本文', en: 'Text' },
  location: { ja: '所在地', en: 'Location' },
  city: { ja: '市区町村', en: 'City' },
  prefecture: { ja: '都道府県', en: 'Prefecture' },
  country: { ja: '国', en: 'Country' },
  email: { ja: 'メールアドレス', en: 'E-mail' },
  role: { ja: '権限', en: 'Role' },
  roles: { ja: '役割', en: 'Roles' },
  kind: { ja: '種別', en: 'Kind' },
  organizationId: { ja: '所属組織', en: 'Organisation' },
  disabled: { ja: '無効化', en: 'Disabled' },
  expiresAt: { ja: '期限', en: 'Expires' },
  sessionsEnded: { ja: '終了したセッション数', en: 'Sessions ended' },
  technologies: { ja: '技術', en: 'Technologies' },
  clusters: { ja: 'クラスター', en: 'Clusters' },
  visibility: { ja: '公開範囲', en: 'Visibility' },
  category: { ja: '区分', en: 'Category' },
  state: { ja: '状態', en: 'State' },
  message: { ja: 'メッセージ', en: 'Message' },
  note: { ja: 'メモ', en: 'Note' },
  reason: { ja: '理由', en: 'Reason' },
  invited: { ja: '招待した組織数', en: 'Organisations invited' },
  invitationId: { ja: '招待', en: 'Invitation' },
  website: { ja: 'ウェブサイト', en: 'Website' },
  published: { ja: '公開', en: 'Published' },
  criteria: { ja: '評価基準', en: 'Criteria' },
  constraints: { ja: '必須条件', en: 'Requirements' },
  weights: { ja: '重み', en: 'Weights' },
  deadline: { ja: '締切', en: 'Deadline' },
  fromKind: { ja: '依頼元の種類', en: 'Requested from' },
  toType: { ja: '依頼先の種類', en: 'Requested to' },
  fromId: { ja: '依頼元', en: 'From' },
  toId: { ja: '依頼先', en: 'To' },
  dueAt: { ja: '期日', en: 'Due' },
  done: { ja: '完了', en: 'Done' },
};

const valueLabels: Record<string, Label> = {
  ...introductionStates,
  ...postVisibilities,
  need: { ja: 'ニーズ', en: 'Need' },
  seed: { ja: 'シーズ', en: 'Seed' },
  organization: { ja: '組織', en: 'Organisation' },
  admin: { ja: '管理者', en: 'Administrator' },
  member: { ja: '会員', en: 'Member' },
};

/** A code's words: "organizationId" → "organization id", when there is no label for it. */
export function humanize(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .toLowerCase()
    .trim();
}

export function fieldLabel(field: string, lang: Lang): string {
  return fieldLabels[field]?.[lang] ?? humanize(field);
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const maxLength = 120;

function isLocalized(value: object): value is { ja?: string; en?: string } {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'ja' || k === 'en');
}

export function formatValue(value: unknown, lang: Lang): string {
  const text = formatAny(value, lang);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

function formatAny(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  if (typeof value === 'string') {
    if (isoInstant.test(value) && !Number.isNaN(Date.parse(value)))
      return new Date(value).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
    return valueLabels[value]?.[lang] ?? value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAny(v, lang)).join(', ') : '—';
  if (typeof value === 'object') {
    if (isLocalized(value)) {
      const other = lang === 'ja' ? 'en' : 'ja';
      return value[lang] || value[other] || '—';
    }
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k, lang)}: ${formatAny(v, lang)}`)
      .join('; ');
  }
  return String(value);
}

function isDiff(value: unknown): value is { from: unknown; to: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 2 &&
    'from' in value &&
    'to' in value
  );
}

export function changeLines(changes: Record<string, unknown>, lang: Lang): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const { from, to, after, ...rest } = changes;
  // An introduction's move from one state to the next.
  if (typeof from === 'string' && typeof to === 'string')
    lines.push({
      field: fieldLabel('state', lang),
      before: formatValue(from, lang),
      after: formatValue(to, lang),
    });
  else Object.assign(rest, from === undefined ? {} : { from }, to === undefined ? {} : { to });
  // A new record's fields, stored whole.
  if (after && typeof after === 'object' && !Array.isArray(after)) Object.assign(rest, after);
  else if (after !== undefined) rest.after = after;
  for (const [field, value] of Object.entries(rest)) {
    if (isDiff(value))
      lines.push({
        field: fieldLabel(field, lang),
        before: formatValue(value.from, lang),
        after: formatValue(value.to, lang),
      });
    else lines.push({ field: fieldLabel(field, lang), after: formatValue(value, lang) });
  }
  return lines;
}
