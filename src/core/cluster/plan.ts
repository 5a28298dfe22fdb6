/**
 * A cluster's plan as its data file states it: phases, milestones and context facts (all optional per
 * cluster). Checked when the reference data is read, every problem named by its path in the file.
 */
import type { Label } from '../label.ts';

export type PlanText = { ja?: string; en?: string };
export type PlanSource = { url?: string; seed?: string; asOf: string };
export type Phase = { ordinal: number; name: PlanText; support: PlanText; source: PlanSource };
export type Milestone = {
  key: string;
  scope: 'national' | 'regional';
  title: PlanText;
  targetDate: string;
  actualDate?: string;
  source: PlanSource;
};
export type ContextFact = { key: string; label: PlanText; value: number; unit: string; source: PlanSource };
export type ClusterPlan = { phases: Phase[]; milestones: Milestone[]; context: ContextFact[] };
export type PlanProblem = { path: string; message: Label };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && datePattern.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) =>
  isObject(v) &&
  Object.keys(v).every((k) => k === 'ja' || k === 'en') &&
  Object.values(v).every((s) => typeof s === 'string' && s.trim() !== '') &&
  Object.keys(v).length > 0;
const keyPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

const msg = {
  text: { ja: 'ja・en の少なくとも一方の文字列が必要です', en: 'needs a ja or en string' },
  date: { ja: 'YYYY-MM-DD の日付が必要です', en: 'needs a YYYY-MM-DD date' },
  source: { ja: 'url か seed と asOf が必要です', en: 'needs url or seed, and asOf' },
  key: { ja: '小文字・数字・ハイフンのキーが必要です', en: 'needs a lowercase key' },
  dup: { ja: '重複しています', en: 'listed twice' },
  list: { ja: '配列が必要です', en: 'needs an array' },
  ordinal: { ja: '1 から順の番号が必要です', en: 'needs ordinals 1, 2, … in order' },
  scope: { ja: 'national か regional です', en: 'must be national or regional' },
  number: { ja: '数値が必要です', en: 'needs a number' },
  unit: { ja: '単位の文字列が必要です', en: 'needs a unit string' },
} satisfies Record<string, Label>;

function checkSource(v: unknown, at: string, out: PlanProblem[]) {
  const ok =
    isObject(v) &&
    isDate(v.asOf) &&
    (typeof v.url === 'string' || typeof v.seed === 'string') &&
    (v.url === undefined || (typeof v.url === 'string' && /^https?:\/\//.test(v.url)));
  if (!ok) out.push({ path: `${at}.source`, message: msg.source });
}

function checkList(raw: unknown, at: string, out: PlanProblem[]): Record<string, unknown>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    out.push({ path: at, message: msg.list });
    return [];
  }
  return raw.map((item, i) => {
    if (!isObject(item)) out.push({ path: `${at}[${i}]`, message: msg.list });
    return isObject(item) ? item : {};
  });
}

function checkKeys(items: Record<string, unknown>[], at: string, out: PlanProblem[]) {
  const seen = new Set<unknown>();
  items.forEach((m, i) => {
    if (typeof m.key !== 'string' || !keyPattern.test(m.key))
      out.push({ path: `${at}[${i}].key`, message: msg.key });
    else if (seen.has(m.key)) out.push({ path: `${at}[${i}].key`, message: msg.dup });
    seen.add(m.key);
  });
}

/** The plan in a cluster file, or every problem with its path (`phases[1].name`). */
export function readClusterPlan(file: Record<string, unknown>): {
  plan: ClusterPlan;
  problems: PlanProblem[];
} {
  const out: PlanProblem[] = [];
  const phases = checkList(file.phases, 'phases', out);
  phases.forEach((p, i) => {
    if (p.ordinal !== i + 1) out.push({ path: `phases[${i}].ordinal`, message: msg.ordinal });
    if (!isText(p.name)) out.push({ path: `phases[${i}].name`, message: msg.text });
    if (!isText(p.support)) out.push({ path: `phases[${i}].support`, message: msg.text });
    checkSource(p.source, `phases[${i}]`, out);
  });
  const milestones = checkList(file.milestones, 'milestones', out);
  checkKeys(milestones, 'milestones', out);
  milestones.forEach((m, i) => {
    if (m.scope !== 'national' && m.scope !== 'regional')
      out.push({ path: `milestones[${i}].scope`, message: msg.scope });
    if (!isText(m.title)) out.push({ path: `milestones[${i}].title`, message: msg.text });
    if (!isDate(m.targetDate)) out.push({ path: `milestones[${i}].targetDate`, message: msg.date });
    if (m.actualDate !== undefined && !isDate(m.actualDate))
      out.push({ path: `milestones[${i}].actualDate`, message: msg.date });
    checkSource(m.source, `milestones[${i}]`, out);
  });
  const context = checkList(file.context, 'context', out);
  checkKeys(context, 'context', out);
  context.forEach((c, i) => {
    if (!isText(c.label)) out.push({ path: `context[${i}].label`, message: msg.text });
    if (typeof c.value !== 'number' || !Number.isFinite(c.value))
      out.push({ path: `context[${i}].value`, message: msg.number });
    if (typeof c.unit !== 'string') out.push({ path: `context[${i}].unit`, message: msg.unit });
    checkSource(c.source, `context[${i}]`, out);
  });
  return {
    plan: {
      phases: phases as unknown as Phase[],
      milestones: milestones as unknown as Milestone[],
      context: context as unknown as ContextFact[],
    },
    problems: out,
  };
}
