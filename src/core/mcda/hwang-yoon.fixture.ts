import type { Alternative, Criterion, Problem } from './types.ts';

/*
 * TOPSIS — Hwang, C.L. & Yoon, K. (1981), Multiple Attribute Decision Making: Methods and
 * Applications, Springer, §2.3.5 (TOPSIS), fighter-aircraft example: A1..A4 on max speed
 * (Mach), ferry range (NM), max payload (lb), acquisition cost ($10^6, cost), reliability and
 * manoeuvrability (benefit), weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. Published closeness
 * (3 decimals): C1* = 0.643, C2* = 0.268, C3* = 0.613, C4* = 0.312 → A1 > A3 > A4 > A2.
 * The 4-decimal expectations were recomputed independently (numpy, not this code):
 *   column norms: 4.28135, 4096.34, 39560.08, 10.85127, 10.39230, 13.41641
 *   weighted V row A1: .0934 .0366 .0506 .0507 .0962 .2012
 *   ideal  V+: .1168 .0659 .0531 .0415(min, cost) .1347 .2012
 *   anti   V−: .0841 .0366 .0455 .0599(max, cost) .0577 .1118
 *   D+ = .054557 .119679 .057977 .100937 ; D− = .098383 .043903 .092044 .045836 (as in the book)
 *   C = D−/(D+ + D−) = .643277 .268384 .613542 .312291
 * The vector cost formula 1 − x/‖x‖ is an affine flip of x/‖x‖, so distances are identical.
 */
export const aircraftCriteria: Criterion[] = [
  { key: 'speed', weight: 0.2, direction: 'benefit' },
  { key: 'range', weight: 0.1, direction: 'benefit' },
  { key: 'payload', weight: 0.1, direction: 'benefit' },
  { key: 'cost', weight: 0.1, direction: 'cost' },
  { key: 'reliability', weight: 0.2, direction: 'benefit' },
  { key: 'manoeuvrability', weight: 0.3, direction: 'benefit' },
];
export const aircraft: Alternative[] = rows(
  ['A1', 'A2', 'A3', 'A4'],
  aircraftCriteria.map((c) => c.key),
  [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ],
);

/** The same example as an API body or an `evaluate` argument. */
export const fighterAircraft: Problem = {
  method: 'topsis',
  criteria: aircraftCriteria,
  alternatives: aircraft,
};

function rows(keys: string[], criteria: string[], values: number[][]): Alternative[] {
  return keys.map((key, a) => ({
    key,
    values: Object.fromEntries(criteria.map((c, j) => [c, values[a]?.[j] ?? Number.NaN])),
  }));
}
