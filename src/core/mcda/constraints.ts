import { McdaError, mustBe } from './errors.ts';
import type { Alternative } from './types.ts';

export type ConstraintOp = '>=' | '<=' | '=';

export interface Constraint {
  criterion: string;
  op: ConstraintOp;
  value: number;
}

export interface ConstraintFailure {
  criterion: string;
  op: ConstraintOp;
  required: number;
  actual: number;
  /** How far the actual value is from meeting the requirement, always positive. */
  shortfall: number;
}

export interface ConstraintResult<A extends Alternative> {
  passed: A[];
  excluded: { key: string; failures: ConstraintFailure[] }[];
}

/** Equality on measured quantities tolerates rounding noise. */
const EQUAL_TOLERANCE = 1e-9;
const OPS: readonly ConstraintOp[] = ['>=', '<=', '='];

/**
 * Hard constraints run before ranking: a site that fails any is excluded and the
 * result says which constraint failed and by how much, e.g. water 2,500 of
 * 10,000 m³/day → shortfall 7,500.
 */
export function applyConstraints<A extends Alternative>(
  alternatives: readonly A[],
  constraints: readonly Constraint[],
): ConstraintResult<A> {
  constraints.forEach(checkConstraint);
  const passed: A[] = [];
  const excluded: ConstraintResult<A>['excluded'] = [];
  alternatives.forEach((alt, a) => {
    const failures = constraints.flatMap((c) => checkAlternative(alt, a, c));
    if (failures.length === 0) passed.push(alt);
    else excluded.push({ key: alt.key, failures });
  });
  return { passed, excluded };
}

function checkConstraint(c: Constraint, i: number): void {
  const path = `constraints[${i}]`;
  if (typeof c.criterion !== 'string' || c.criterion.length === 0) {
    throw new McdaError(`${path}.criterion`, mustBe.nonEmpty);
  }
  if (!OPS.includes(c.op))
    throw new McdaError(`${path}.op`, {
      ja: `${OPS.join(' ')} のいずれかにしてください`,
      en: `must be one of ${OPS.join(' ')}`,
    });
  if (typeof c.value !== 'number' || !Number.isFinite(c.value)) {
    throw new McdaError(`${path}.value`, mustBe.finite);
  }
}

function checkAlternative(alt: Alternative, a: number, c: Constraint): ConstraintFailure[] {
  const actual = alt.values[c.criterion];
  if (typeof actual !== 'number' || !Number.isFinite(actual)) {
    throw new McdaError(`alternatives[${a}].values.${c.criterion}`, mustBe.finite);
  }
  const shortfall = shortfallOf(c.op, c.value, actual);
  return shortfall > 0 ? [{ criterion: c.criterion, op: c.op, required: c.value, actual, shortfall }] : [];
}

function shortfallOf(op: ConstraintOp, required: number, actual: number): number {
  if (op === '>=') return Math.max(0, required - actual);
  if (op === '<=') return Math.max(0, actual - required);
  const gap = Math.abs(actual - required);
  return gap > EQUAL_TOLERANCE ? gap : 0;
}
