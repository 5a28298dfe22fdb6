import { describe, expect, it } from 'vitest';
import { safeCell } from './spreadsheet-cells.ts';

describe('safeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['', ''],
    [-3.5, -3.5],
    [0, 0],
    [null, null],
    [true, true],
  ])('%j → %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });
});
