import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from './canonical-json.ts';

describe('sameJson', () => {
  it.each([
    [{ question: 'a', anyOf: ['x'] }, { anyOf: ['x'], question: 'a' }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [undefined, undefined, true],
  ])('%j ~ %j is %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
describe('canonicalJson', () => {
  it('orders keys by code point at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { z: [{ y: 2, x: undefined }], Z: 0 } })).toBe(
      '{"a":{"Z":0,"z":[{"y":2}]},"b":1}',
    );
  });
});
