import { beforeAll, describe, expect, it } from 'vitest';
import { fighterAircraft } from '../../../core/mcda/hwang-yoon.fixture.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

// Hwang & Yoon (1981) fighter-aircraft TOPSIS example; sources and hand arithmetic in the fixture.
const aircraft = fighterAircraft;

describe('POST /api/siting/evaluate', () => {
  it('ranks the published TOPSIS example without signing in', async () => {
    const { status, json } = await t.request('POST', '/api/siting/evaluate', { body: aircraft });
    expect(status).toBe(200);
    expect(json.method).toBe('topsis');
    expect(json.normalization).toBe('vector');
    expect(json.results.map((r: { key: string }) => r.key)).toEqual(['A1', 'A3', 'A4', 'A2']);
    const score = Object.fromEntries(
      json.results.map((r: { key: string; score: number }) => [r.key, r.score]),
    );
    expect(score.A1).toBeCloseTo(0.643277, 4);
    expect(score.A2).toBeCloseTo(0.268384, 4);
    expect(score.A3).toBeCloseTo(0.613542, 4);
    expect(score.A4).toBeCloseTo(0.312291, 4);
  });

  it.each([
    [{ method: 'electre' }, 'body.method'],
    [{ criteria: [{ key: 'speed', weight: 'heavy', direction: 'benefit' }] }, 'body.criteria[0].weight'],
    [{ alternatives: [{ key: 'A1', values: { speed: 'NaN' } }] }, 'body.alternatives[0].values.speed'],
    [{ alternatives: [] }, 'body.alternatives'],
    [{ alternatives: [{ key: 'A1', values: { speed: 1 } }] }, 'body.alternatives[0].values.range'],
    [
      { alternatives: [{ key: 'A1', values: { ...aircraft.alternatives[0]!.values, water: 3 } }] },
      'body.alternatives[0].values.water',
    ],
    [{ criteria: aircraft.criteria.map((c) => ({ ...c, weight: 0 })) }, 'body.criteria'],
    [{ criteria: [{ key: 'speed', weight: -1, direction: 'benefit' }] }, 'body.criteria[0].weight'],
    // 1e308 is finite: it used to pass and make every score 0.5.
    [{ criteria: aircraft.criteria.map((c) => ({ ...c, weight: 1e308 })) }, 'body.criteria[0].weight'],
    [
      { alternatives: [{ key: 'A1', values: { ...aircraft.alternatives[0]!.values, speed: 1e308 } }] },
      'body.alternatives[0].values.speed',
    ],
  ])('refuses %j with a 400 naming the field', async (change, path) => {
    const { status, json } = await t.request('POST', '/api/siting/evaluate', {
      body: { ...aircraft, ...change },
    });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('POST /api/siting/ahp', () => {
  it('gives weights and a consistency ratio for a consistent matrix', async () => {
    // A perfectly consistent matrix (a_ij = w_i / w_j for w = 4:2:1): weights 4/7, 2/7, 1/7, λmax = n, CR = 0.
    const { status, json } = await t.request('POST', '/api/siting/ahp', {
      body: {
        criteria: ['water', 'power', 'port'],
        matrix: [
          [1, 2, 4],
          [0.5, 1, 2],
          [0.25, 0.5, 1],
        ],
      },
    });
    expect(status).toBe(200);
    expect(json.weights.water).toBeCloseTo(4 / 7, 6);
    expect(json.weights.port).toBeCloseTo(1 / 7, 6);
    expect(json.lambdaMax).toBeCloseTo(3, 6);
    expect(json.consistent).toBe(true);
  });

  it.each([
    [
      [
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 3, 1],
      ],
      'body.matrix[2][1]',
    ], // not reciprocal
    [
      [
        [1, 2, 4],
        [0.5, 2, 2],
        [0.25, 0.5, 1],
      ],
      'body.matrix[1][1]',
    ], // diagonal not 1
    [
      [
        [1, -2, 4],
        [-0.5, 1, 2],
        [0.25, 0.5, 1],
      ],
      'body.matrix[0][1]',
    ], // not positive
  ])('refuses a bad matrix naming the cell', async (matrix, path) => {
    const { status, json } = await t.request('POST', '/api/siting/ahp', {
      body: { criteria: ['a', 'b', 'c'], matrix },
    });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe(path);
  });
});
