/**
 * A siting study: stored sites and a facility profile turned into an MCDA problem, run through the
 * engine, and explained. Pure, so the browser re-runs it on every slider move and the server stores
 * exactly what the browser showed.
 */
import {
  type ConstraintFailure,
  type ConstraintOp,
  type Direction,
  evaluatePrepared,
  McdaError,
  type Method,
  type Normalization,
  type PreparedEvaluation,
  type Problem,
  prepareEvaluation,
  type SensitivityResult,
  type SmaaOptions,
  type SmaaResult,
  sensitivity,
  smaa,
} from '../mcda/index.ts';
import {
  type AttributeValue,
  attributeValueProblem,
  distanceAttributeOf,
  isMeasurable,
  type PlaceKind,
  placeKinds,
  type SiteAttributeKey,
} from './attributes.ts';
import { distanceKm, type LatLng } from './geo.ts';

export interface SiteInput {
  key: string;
  location: Partial<LatLng>;
  attributes: Partial<Record<string, AttributeValue>>;
  places?: Partial<Record<PlaceKind, LatLng>>;
}

export interface StudyCriterion {
  attribute: string;
  weight: number;
  direction: Direction;
}

export interface StudyConstraint {
  attribute: string;
  op: ConstraintOp;
  value: number;
}

/** What-if changes per site key: attribute → the value to assume instead of the stored one. */
export type Scenario = Record<string, Partial<Record<string, number | boolean>>>;

export interface StudySpec {
  method: Method;
  normalization?: Normalization;
  criteria: StudyCriterion[];
  constraints: StudyConstraint[];
  scenario?: Scenario;
  /**
   * A site without a value for a criterion: `worst` ranks it at the worst value among the sites
   * compared, and says so; `exclude` leaves it out.
   */
  missing?: 'worst' | 'exclude';
  /**
   * A site without the value a constraint needs cannot be checked against it. `keep` (the default)
   * ranks it and marks the constraint unknown; `exclude` leaves it out, listing the value as missing.
   */
  unknowns?: 'keep' | 'exclude';
}

export interface RankedSite {
  key: string;
  score: number;
  rank: number;
  /** Weight × min–max position per criterion: the bar chart of why a site scores as it does. */
  contributions: Record<string, number>;
}

export interface ExcludedSite {
  key: string;
  failures: ConstraintFailure[];
  /** Attributes whose absence excluded the site (criteria under `missing: 'exclude'`, constraints under `unknowns: 'exclude'`). */
  missing: string[];
}

export interface StudyOutcome {
  method: Method;
  normalization: Normalization;
  weights: Record<string, number>;
  ranking: RankedSite[];
  excluded: ExcludedSite[];
  sensitivity: SensitivityResult | null;
  acceptability: SmaaResult | null;
  /** The numbers each site was judged on, after what-if changes and computed distances. */
  values: Record<string, Record<string, number>>;
  computed: Record<string, string[]>;
  changed: Record<string, string[]>;
  /** Criteria a site had no value for, ranked at the worst value among the sites compared. */
  imputed: Record<string, string[]>;
  /** Constraints a site could not be checked against for lack of a value, per site (ranked or not). */
  unknown: Record<string, string[]>;
}

export interface StudyOptions {
  sensitivity?: boolean;
  smaa?: Omit<SmaaOptions, 'samples'> & { samples?: number };
}

/** Numbers a site is judged on: booleans as 1/0, distances from coordinates where none is stated. */
export function siteValues(site: SiteInput): { values: Record<string, number>; computed: string[] } {
  const values: Record<string, number> = {};
  for (const [key, value] of Object.entries(site.attributes)) {
    if (typeof value === 'number') values[key] = value;
    else if (typeof value === 'boolean') values[key] = value ? 1 : 0;
  }
  const computed: string[] = [];
  const { lat, lng } = site.location;
  if (lat === undefined || lng === undefined) return { values, computed };
  for (const kind of placeKinds) {
    const place = site.places?.[kind];
    const attribute = distanceAttributeOf[kind];
    if (!place || attribute in values) continue;
    values[attribute] = Math.round(distanceKm({ lat, lng }, place) * 10) / 10;
    computed.push(attribute);
  }
  return { values, computed };
}

export function runStudy(
  sites: readonly SiteInput[],
  spec: StudySpec,
  options: StudyOptions = {},
): StudyOutcome {
  const prepared = prepareStudy(sites, spec);
  const problem = { ...prepared.problem, criteria: criteriaOf(spec.criteria) };
  const several = prepared.passing.length > 1;
  return {
    ...rankedOutcome(prepared, spec.criteria),
    sensitivity: options.sensitivity !== false && several ? sensitivity(problem) : null,
    acceptability:
      options.smaa && several
        ? smaa(problem, { samples: 2000, ...options.smaa, mode: options.smaa.mode ?? 'uniform' })
        : null,
  };
}

/** The outcome of a prepared study under these weights, without the sensitivity and SMAA analyses. */
export function rankedOutcome(
  prepared: PreparedStudy,
  criteria: readonly StudyCriterion[],
): Omit<StudyOutcome, 'sensitivity' | 'acceptability'> {
  return {
    ...rankStudy(prepared, criteria),
    excluded: prepared.excluded,
    values: Object.fromEntries(prepared.judged.map((j) => [j.key, j.values])),
    computed: Object.fromEntries(prepared.judged.map((j) => [j.key, j.computed])),
    changed: Object.fromEntries(prepared.judged.map((j) => [j.key, j.changed])),
    imputed: prepared.imputed,
    unknown: prepared.unknown,
  };
}

/**
 * Everything about a study that does not depend on the weights: the values judged, who is excluded,
 * the gaps filled, the normalised matrix and each site's min–max position. Built once per change of
 * data, constraints or method; a weight slider then only calls `rankStudy`.
 */
export interface PreparedStudy {
  criteria: readonly Pick<StudyCriterion, 'attribute' | 'direction'>[];
  judged: ReturnType<typeof judgeSite>[];
  excluded: ExcludedSite[];
  passing: { key: string; values: Record<string, number> }[];
  imputed: Record<string, string[]>;
  unknown: Record<string, string[]>;
  problem: Problem;
  evaluation: PreparedEvaluation;
  /** (x − worst) / (best − worst) per site and criterion, row-major, for the contribution bars. */
  positions: Float64Array;
  /** Row of each passing site in `positions`. */
  rows: Map<string, number>;
}

export function prepareStudy(sites: readonly SiteInput[], spec: StudySpec): PreparedStudy {
  checkSpec(sites, spec);
  const judged = sites.map((site) => judgeSite(site, spec));
  const { excluded, kept, unknown } = screen(judged, spec);
  const { passing, imputed } = imputeWorst(kept, spec.criteria);
  const problem: Problem = {
    method: spec.method,
    normalization: spec.normalization,
    criteria: criteriaOf(spec.criteria),
    alternatives: passing,
  };
  // Weights are checked when ranking, not here, so all-zero sliders are refused as before; with no
  // site left a placeholder keeps that check.
  const unit = { ...problem, criteria: problem.criteria.map((c) => ({ ...c, weight: 1 })) };
  const evaluation = prepareEvaluation(
    passing.length ? unit : { ...unit, alternatives: [{ key: 'none', values: placeholderValues(spec) }] },
  );
  return {
    criteria: spec.criteria.map(({ attribute, direction }) => ({ attribute, direction })),
    judged,
    excluded,
    passing,
    imputed,
    unknown,
    problem,
    evaluation,
    positions: positionsOf(passing, spec.criteria),
    rows: new Map(passing.map((s, i) => [s.key, i])),
  };
}

/** The ranking under these weights; the criteria must be the prepared ones, in the same order. */
export function rankStudy(
  prepared: PreparedStudy,
  criteria: readonly StudyCriterion[],
): Pick<StudyOutcome, 'method' | 'normalization' | 'weights' | 'ranking'> {
  const same =
    criteria.length === prepared.criteria.length &&
    criteria.every(
      (c, j) =>
        c.attribute === prepared.criteria[j]?.attribute && c.direction === prepared.criteria[j]?.direction,
    );
  if (!same)
    throw new McdaError('criteria', {
      ja: '評価基準が準備したものと違います',
      en: 'the criteria differ from the prepared ones',
    });
  const evaluation = evaluatePrepared(
    prepared.evaluation,
    criteria.map((c) => c.weight),
  );
  const n = criteria.length;
  const attributes = criteria.map((c) => c.attribute);
  const w = attributes.map((a) => evaluation.weights[a] ?? 0);
  const { positions, rows } = prepared;
  const ranking = prepared.passing.length
    ? evaluation.results.map(({ key, score, rank }) => {
        const row = (rows.get(key) as number) * n;
        const contributions: Record<string, number> = {};
        for (let j = 0; j < n; j++)
          contributions[attributes[j] as string] = (w[j] as number) * (positions[row + j] as number);
        return { key, score, rank, contributions };
      })
    : [];
  return {
    method: evaluation.method,
    normalization: evaluation.normalization,
    weights: evaluation.weights,
    ranking,
  };
}

const criteriaOf = (criteria: readonly StudyCriterion[]) =>
  criteria.map((c) => ({ key: c.attribute, weight: c.weight, direction: c.direction }));

/**
 * Splits the sites into kept and excluded. A constraint whose value a site lacks cannot be checked:
 * that is unknown, not a failure, so the site stays in the ranking marked unknown unless the study
 * says unknowns exclude (`unknowns: 'exclude'`). A missing criterion value excludes only under
 * `missing: 'exclude'`; otherwise it is filled with the worst value later.
 */
function screen(judged: ReturnType<typeof judgeSite>[], spec: StudySpec) {
  const checked = [...new Set(spec.constraints.map((c) => c.attribute))];
  const needed = spec.missing === 'exclude' ? spec.criteria.map((c) => c.attribute) : [];
  const excluded: ExcludedSite[] = [];
  const kept: { key: string; values: Record<string, number> }[] = [];
  const unknown: Record<string, string[]> = {};
  for (const { key, values } of judged) {
    const unchecked = checked.filter((a) => values[a] === undefined);
    if (unchecked.length) unknown[key] = unchecked;
    const gaps = spec.unknowns === 'exclude' ? [...new Set([...unchecked, ...needed])] : needed;
    const missing = gaps.filter((a) => values[a] === undefined);
    const failures = spec.constraints.flatMap((c) => failureOf(c, values[c.attribute]));
    if (missing.length || failures.length) excluded.push({ key, failures, missing });
    else kept.push({ key, values });
  }
  return { excluded, kept, unknown };
}

/**
 * Fills a missing criterion value with the worst value among the sites compared (0 where none has
 * one), so sparse data still ranks, and a site never gains from what nobody knows about it.
 */
function imputeWorst(
  sites: { key: string; values: Record<string, number> }[],
  criteria: readonly StudyCriterion[],
) {
  const imputed: Record<string, string[]> = {};
  const worst = new Map<string, number>();
  for (const c of criteria) {
    const known = sites.flatMap((s) =>
      s.values[c.attribute] === undefined ? [] : [s.values[c.attribute] as number],
    );
    worst.set(
      c.attribute,
      known.length ? (c.direction === 'benefit' ? Math.min(...known) : Math.max(...known)) : 0,
    );
  }
  const passing = sites.map(({ key, values }) => {
    const filled: Record<string, number> = {};
    const gaps = criteria.filter((c) => values[c.attribute] === undefined).map((c) => c.attribute);
    if (gaps.length) imputed[key] = gaps;
    for (const c of criteria) filled[c.attribute] = values[c.attribute] ?? (worst.get(c.attribute) as number);
    return { key, values: filled };
  });
  return { passing, imputed };
}

function judgeSite(site: SiteInput, spec: StudySpec) {
  const { values, computed } = siteValues(site);
  const changes = spec.scenario?.[site.key] ?? {};
  const changed: string[] = [];
  for (const [attribute, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    values[attribute] = typeof value === 'boolean' ? Number(value) : value;
    changed.push(attribute);
  }
  return { key: site.key, values, computed: computed.filter((a) => !changed.includes(a)), changed };
}

function failureOf(c: StudyConstraint, actual: number | undefined): ConstraintFailure[] {
  if (actual === undefined) return [];
  const gap =
    c.op === '>=' ? c.value - actual : c.op === '<=' ? actual - c.value : Math.abs(actual - c.value);
  return gap > 1e-9 ? [{ criterion: c.attribute, op: c.op, required: c.value, actual, shortfall: gap }] : [];
}

/** With no site left the engine still checks the weights, so a bad profile is refused the same way. */
function placeholderValues(spec: StudySpec) {
  return Object.fromEntries(spec.criteria.map((c) => [c.attribute, 1]));
}

/**
 * Contribution of criterion j to site i is w_j × (x − worst) / (best − worst). They add up to the
 * min–max weighted sum, whichever method ranked the sites, so the bars read the same for every method;
 * a column where every site is equal contributes its full weight to each. Only the positions depend on
 * the data; the weight is applied when ranking.
 */
function positionsOf(
  sites: readonly { key: string; values: Record<string, number> }[],
  criteria: readonly StudyCriterion[],
): Float64Array {
  const n = criteria.length;
  const out = new Float64Array(sites.length * n);
  criteria.forEach((c, j) => {
    const column = sites.map((s) => s.values[c.attribute] ?? 0);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const x of column) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    const range = hi - lo;
    column.forEach((x, i) => {
      out[i * n + j] =
        range === 0 ? 1 : c.direction === 'benefit' ? (x - lo) / range : (lo + range - x) / range;
    });
  });
  return out;
}

function checkSpec(sites: readonly SiteInput[], spec: StudySpec): void {
  const seen = new Set<string>();
  spec.criteria.forEach((c, i) => {
    if (!isMeasurable(c.attribute))
      throw new McdaError(`criteria[${i}].attribute`, unknownAttribute(c.attribute));
    if (seen.has(c.attribute))
      throw new McdaError(`criteria[${i}].attribute`, {
        ja: `「${c.attribute}」が2回挙がっています`,
        en: `"${c.attribute}" is listed twice`,
      });
    seen.add(c.attribute);
  });
  spec.constraints.forEach((c, i) => {
    if (!isMeasurable(c.attribute))
      throw new McdaError(`constraints[${i}].attribute`, unknownAttribute(c.attribute));
  });
  const keys = new Set(sites.map((s) => s.key));
  for (const [siteKey, changes] of Object.entries(spec.scenario ?? {})) {
    if (!keys.has(siteKey))
      throw new McdaError(`scenario.${siteKey}`, {
        ja: `候補地「${siteKey}」はありません`,
        en: `unknown site "${siteKey}"`,
      });
    for (const [attribute, value] of Object.entries(changes ?? {})) {
      const path = `scenario.${siteKey}.${attribute}`;
      if (!isMeasurable(attribute)) throw new McdaError(path, unknownAttribute(attribute));
      const problem = attributeValueProblem(attribute as SiteAttributeKey, value);
      if (problem) throw new McdaError(path, problem);
    }
  }
}

const unknownAttribute = (a: string) => ({
  ja: `「${a}」は数値で測れる候補地の属性ではありません`,
  en: `"${a}" is not a site attribute that can be measured`,
});
