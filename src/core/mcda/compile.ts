import type { Label } from '../label.ts';
import { duplicateKey, McdaError, mustBe } from './errors.ts';
import type { Method, Normalization, Preference, Problem } from './types.ts';

const METHODS: readonly Method[] = ['topsis', 'wsm', 'wpm', 'promethee2'];
const NORMALIZATIONS: readonly Normalization[] = ['vector', 'minmax', 'sum', 'max', 'none'];
const PREFERENCES: readonly Preference['type'][] = ['usual', 'linear', 'vshape'];

/** Preference function resolved to numbers so the hot loops never look at strings. */
export interface CompiledPreference {
  type: Preference['type'];
  p: number;
  q: number;
}

/**
 * A validated problem in flat typed arrays: `raw[a * n + j]` is alternative a on
 * criterion j. Every method and the samplers work on this one layout.
 */
export interface CompiledProblem {
  method: Method;
  normalization: Normalization;
  m: number;
  n: number;
  alternativeKeys: string[];
  criterionKeys: string[];
  /** Normalised to sum 1. */
  weights: Float64Array;
  /** 1 for benefit, -1 for cost. */
  sense: Float64Array;
  raw: Float64Array;
  preferences: CompiledPreference[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (path: string, text: Label): never => {
  throw new McdaError(path, text);
};

const oneOf = (list: readonly string[]): Label => ({
  ja: `${list.join('、')} のいずれかにしてください`,
  en: `must be one of ${list.join(', ')}`,
});

/** TOPSIS needs a scale-free matrix; the additive and product models read raw values unless told. */
export const defaultNormalization = (method: Method): Normalization =>
  method === 'topsis' ? 'vector' : 'none';

/** Validates untrusted input (JSON from a request) and flattens it. */
export function compileProblem(input: Problem): CompiledProblem {
  const problem: unknown = input;
  if (!isRecord(problem))
    fail('', { ja: '問題はオブジェクトで指定してください', en: 'problem must be an object' });
  const p = problem as Record<string, unknown>;
  const method = p.method as Method;
  if (!METHODS.includes(method)) fail('method', oneOf(METHODS));
  const normalization = (p.normalization ?? defaultNormalization(method)) as Normalization;
  if (!NORMALIZATIONS.includes(normalization)) {
    fail('normalization', oneOf(NORMALIZATIONS));
  }
  const criteria = compileCriteria(p.criteria);
  const { keys: alternativeKeys, raw } = compileAlternatives(p.alternatives, criteria.keys);
  const compiled: CompiledProblem = {
    method,
    normalization,
    m: alternativeKeys.length,
    n: criteria.keys.length,
    alternativeKeys,
    criterionKeys: criteria.keys,
    weights: criteria.weights,
    sense: criteria.sense,
    raw,
    preferences: criteria.preferences,
  };
  checkDomain(compiled);
  return compiled;
}

function compileCriteria(value: unknown) {
  if (!Array.isArray(value) || value.length === 0) fail('criteria', mustBe.criteria);
  const list = value as unknown[];
  const n = list.length;
  const keys: string[] = [];
  const weights = new Float64Array(n);
  const sense = new Float64Array(n);
  const preferences: CompiledPreference[] = [];
  const seen = new KeySet(n);
  let total = 0;
  list.forEach((item, j) => {
    const path = `criteria[${j}]`;
    if (!isRecord(item)) fail(path, mustBe.object);
    const c = item as Record<string, unknown>;
    const key = checkKey(c.key, `${path}.key`, seen);
    const weight = c.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`${path}.weight`, mustBe.finite);
    if ((weight as number) < 0)
      fail(`${path}.weight`, { ja: '負の値にはできません', en: 'must not be negative' });
    if (c.direction !== 'benefit' && c.direction !== 'cost') {
      fail(`${path}.direction`, {
        ja: "'benefit' か 'cost' にしてください",
        en: "must be 'benefit' or 'cost'",
      });
    }
    keys.push(key);
    weights[j] = weight as number;
    total += weight as number;
    sense[j] = c.direction === 'cost' ? -1 : 1;
    preferences.push(compilePreference(c.preference, `${path}.preference`));
  });
  if (!(total > 0)) fail('criteria', { ja: '重みの合計を0にはできません', en: 'weights must not sum to 0' });
  for (let j = 0; j < n; j++) weights[j] = (weights[j] ?? 0) / total;
  return { keys, weights, sense, preferences };
}

function checkKey(key: unknown, path: string, seen: KeySet): string {
  if (typeof key !== 'string' || key.length === 0) fail(path, mustBe.nonEmpty);
  const k = key as string;
  if (!seen.add(k)) fail(path, duplicateKey(k));
  return k;
}

/**
 * The keys seen so far, for the duplicate check. A JS Set of 100,000 fresh strings costs
 * about 10 ms (hashing each string and growing a generic table); open addressing on a
 * typed array sized once, with an FNV-1a hash of the characters, costs a few.
 */
class KeySet {
  private readonly keys: string[] = [];
  /**
   * Pairs (hash, index + 1 into `keys`), index 0 marking an empty slot; at most half full.
   * The hash sits beside the index so a probe that meets another key is settled in the
   * same cache line, without reading that key's string.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    const size = 2 ** Math.ceil(Math.log2(2 * capacity + 2));
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }

  /** Adds `key`; false if it was already there. */
  add(key: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[2 * slot + 1]!;
      if (entry === 0) {
        this.slots[2 * slot] = h;
        this.slots[2 * slot + 1] = this.keys.push(key);
        return true;
      }
      if (this.slots[2 * slot] === h && this.keys[entry - 1] === key) return false;
    }
  }
}

function compilePreference(value: unknown, path: string): CompiledPreference {
  if (value === undefined) return { type: 'usual', p: 0, q: 0 };
  if (!isRecord(value)) fail(path, mustBe.object);
  const v = value as Record<string, unknown>;
  const type = v.type as Preference['type'];
  if (!PREFERENCES.includes(type)) fail(`${path}.type`, oneOf(PREFERENCES));
  if (type === 'usual') return { type, p: 0, q: 0 };
  const p = v.p;
  if (typeof p !== 'number' || !Number.isFinite(p) || p <= 0)
    fail(`${path}.p`, { ja: '正の数にしてください', en: 'must be a positive number' });
  if (type === 'vshape') return { type, p: p as number, q: 0 };
  const q = v.q ?? 0;
  if (typeof q !== 'number' || !Number.isFinite(q) || q < 0 || q >= (p as number)) {
    fail(`${path}.q`, { ja: '0 <= q < p となる数にしてください', en: 'must be a number with 0 <= q < p' });
  }
  return { type, p: p as number, q: q as number };
}

/**
 * Hot for large problems (100,000 sites × 16 criteria), so the happy path is plain
 * loops with no closures, template strings or per-alternative allocations; each error
 * path is built only once a check has failed, with the same path and message, in the
 * same order, as the checks it replaces.
 */
function compileAlternatives(value: unknown, criterionKeys: string[]) {
  if (!Array.isArray(value) || value.length === 0) {
    fail('alternatives', { ja: '代替案が1つ以上必要です', en: 'at least one alternative is required' });
  }
  const list = value as unknown[];
  const raw = new Float64Array(list.length * criterionKeys.length);
  const keys = readAlternatives(list, criterionKeys, raw);
  return { keys, raw };
}

/**
 * Site keys, and values into `raw`. The loop is the whole function: V8 compiles a long
 * loop while it runs, and code after it would deoptimise that (see rank.ts).
 */
function readAlternatives(list: unknown[], criterionKeys: string[], raw: Float64Array): string[] {
  const n = criterionKeys.length;
  const keys: string[] = [];
  const seen = new KeySet(list.length);
  const known = new Map(criterionKeys.map((k, j) => [k, j]));
  let expected = criterionOrder(criterionKeys);
  for (let a = 0, row = 0; a < list.length; a++, row += n) {
    const item = list[a];
    // forEach, which this loop replaced, skipped holes of a sparse array; so does this.
    if (item === undefined && !(a in list)) continue;
    if (!isRecord(item)) fail(`alternatives[${a}]`, mustBe.object);
    const alt = item as Record<string, unknown>;
    keys.push(alternativeKey(alt.key, a, seen));
    const values = alt.values;
    if (!isRecord(values)) fail(`alternatives[${a}].values`, mustBe.object);
    const record = values as Record<string, unknown>;
    if (!readInOrder(record, expected, raw, row))
      expected = readChecked(record, known, criterionKeys, raw, row, a);
  }
  return keys;
}

/** checkKey with the error path built only on failure (a template string per site adds up). */
function alternativeKey(key: unknown, a: number, seen: KeySet): string {
  if (typeof key === 'string' && key.length > 0 && seen.add(key)) return key;
  return checkKey(key, `alternatives[${a}].key`, seen);
}

/** The order in which alternatives list their values: keys[i] is criterion column[i]. */
interface KeyOrder {
  keys: readonly string[];
  column: Int32Array;
}

const criterionOrder = (keys: readonly string[]): KeyOrder => ({
  keys,
  column: Int32Array.from(keys, (_, j) => j),
});

/**
 * The common case: the record lists exactly the criteria, in the expected order (the
 * criteria's, or that of the last record checked: inputs built alike list keys alike),
 * and every value is a finite number. for-in reads such an object from V8's cached key
 * list, several times faster than Object.keys plus a lookup per key. Anything else
 * returns false, and `readChecked` finds (and reports) the problem exactly as before.
 */
function readInOrder(record: Record<string, unknown>, expected: KeyOrder, raw: Float64Array, row: number) {
  const { keys, column } = expected;
  const n = keys.length;
  let i = 0;
  // for-in also yields inherited enumerable keys: those fail the key comparison below.
  for (const k in record) {
    if (i === n || k !== keys[i]) return false;
    const x = record[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
    raw[row + column[i]!] = x;
    i++;
  }
  return i === n;
}

/**
 * Unknown keys first (in the record's order), then missing or non-finite values (in
 * criterion order). Returns the record's key order, for `readInOrder` to expect next.
 */
function readChecked(
  record: Record<string, unknown>,
  known: Map<string, number>,
  criterionKeys: string[],
  raw: Float64Array,
  row: number,
  a: number,
): KeyOrder {
  const own = Object.keys(record);
  const column = new Int32Array(own.length);
  own.forEach((k, i) => {
    const j = known.get(k);
    if (j === undefined)
      fail(`alternatives[${a}].values.${k}`, {
        ja: `評価基準「${k}」はありません`,
        en: `unknown criterion '${k}'`,
      });
    column[i] = j as number;
  });
  for (let j = 0; j < criterionKeys.length; j++) {
    const k = criterionKeys[j] as string;
    const x = record[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      if (x === undefined)
        fail(`alternatives[${a}].values.${k}`, {
          ja: `評価基準「${k}」の値がありません`,
          en: `missing value for criterion '${k}'`,
        });
      fail(`alternatives[${a}].values.${k}`, mustBe.finite);
    }
    raw[row + j] = x as number;
  }
  // Fewer keys than criteria can pass (a value inherited from a prototype): not an order to expect.
  return own.length === criterionKeys.length ? { keys: own, column } : criterionOrder(criterionKeys);
}

/**
 * Rejects values a formula cannot take: logarithms and reciprocals need positive numbers.
 * Only WPM and sum/max normalisation have a domain; for the rest the scan is skipped,
 * and the error path is built only for the offending cell.
 */
function checkDomain(c: CompiledProblem): void {
  const wpm = c.method === 'wpm';
  const ratio = c.normalization === 'sum' || c.normalization === 'max';
  if (!wpm && !ratio) return;
  const { m, n, raw, sense } = c;
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const x = raw[row + j] ?? 0;
      if (x > 0) continue;
      const path = `alternatives[${a}].values.${c.criterionKeys[j]}`;
      const cost = (sense[j] ?? 1) < 0;
      if (wpm)
        fail(path, {
          ja: '加重積モデルには正の値が必要です',
          en: 'the weighted product model needs positive values',
        });
      if (ratio && cost) {
        fail(path, {
          ja: `${c.normalization} 正規化では、コスト型の評価基準に正の値が必要です`,
          en: `${c.normalization} normalisation of a cost criterion needs positive values`,
        });
      }
      if (ratio && x < 0)
        fail(path, {
          ja: `${c.normalization} 正規化には0以上の値が必要です`,
          en: `${c.normalization} normalisation needs non-negative values`,
        });
    }
  }
}
