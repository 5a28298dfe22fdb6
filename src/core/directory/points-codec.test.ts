import { describe, expect, it } from 'vitest';
import {
  decodePoints,
  encodePoints,
  fromBase64,
  frontCode,
  frontDecode,
  type PlacedPoint,
  toBase64,
} from './points-codec.ts';

describe('frontCode', () => {
  it.each<[string[], number[], string[]]>([
    [[], [], []],
    [
      ['bench-org-1', 'bench-org-10', 'bench-org-2'],
      [0, 11, 10],
      ['bench-org-1', '0', '2'],
    ],
    [
      ['東北大学', '東北電力', ''],
      [0, 2, 0],
      ['東北大学', '電力', ''],
    ],
    // A shared beginning never ends inside a surrogate pair: 𠮷 (U+20BB7) is two UTF-16 units.
    [
      ['𠮷野家', '𠯀'],
      [0, 0],
      ['𠮷野家', '𠯀'],
    ],
  ])('%j', (values, shared, rest) => {
    const coded = frontCode(values);
    expect([...fromBase64(coded.shared)]).toEqual(shared);
    expect(coded.rest).toEqual(rest);
    expect(frontDecode(coded)).toEqual(values);
  });

  it('caps a shared beginning at 255 units', () => {
    const long = 'a'.repeat(300);
    const coded = frontCode([long, `${long}b`]);
    expect([...fromBase64(coded.shared)]).toEqual([0, 255]);
    expect(frontDecode(coded)).toEqual([long, `${long}b`]);
  });
});

describe('base64', () => {
  it.each([
    [[], ''],
    [[0, 1, 2], 'AAEC'],
    [[255, 254], '//4='],
  ])('%j ↔ %s', (bytes, text) => {
    expect(toBase64(Uint8Array.from(bytes))).toBe(text);
    expect([...fromBase64(text)]).toEqual(bytes);
  });
});

it('base64 round-trips every length and byte value', () => {
  for (let n = 0; n < 12; n++) {
    const bytes = Uint8Array.from({ length: n * 23 }, (_, i) => (i * 97 + n) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  }
});

describe('encodePoints', () => {
  const points: PlacedPoint[] = [
    {
      key: 'hts-wire',
      name: { ja: '高温超伝導線材', en: 'HTS Wire' },
      kind: 'company',
      roles: ['materials-supplier'],
      lat: 35.67,
      lng: 139.82,
    },
    {
      key: 'ukaea',
      name: { en: 'UKAEA' },
      kind: 'research-institute',
      roles: [],
      lat: 51.65918,
      lng: -1.22937,
    },
    {
      key: 'qst',
      name: { ja: '量研' },
      kind: 'research-institute',
      roles: ['research', 'public'],
      lat: 36.45,
      lng: 140.6,
    },
  ];

  it('writes one column per field, with dictionaries for kinds and role sets (worked example)', () => {
    const c = encodePoints(points, 4);
    expect(c).toMatchObject({ encoding: 'columns/1', total: 3, unplaced: 4 });
    expect(c.kinds).toEqual(['company', 'research-institute']);
    expect([...fromBase64(c.kind)]).toEqual([0, 1, 1]);
    expect(c.roleSets).toEqual([['materials-supplier'], [], ['research', 'public']]);
    // Uint16 little-endian: 0, 1, 2.
    expect([...fromBase64(c.roles)]).toEqual([0, 0, 1, 0, 2, 0]);
    // -1.22937° × 100,000 = -122937 = 0xFFFE1FC7 as Int32, little-endian bytes C7 1F FE FF.
    expect([...fromBase64(c.lng)].slice(4, 8)).toEqual([0xc7, 0x1f, 0xfe, 0xff]);
    expect(c.names.ja.rest).toEqual(['高温超伝導線材', '', '量研']);
  });

  it('decodes to the points, coordinates rounded to 5 decimals', () => {
    const decoded = decodePoints(
      encodePoints([...points, { ...points[0]!, key: 'x', lat: 35.123456789, lng: 139.000004 }], 0),
    );
    expect(decoded.slice(0, 3)).toEqual(points);
    expect(decoded[3]).toMatchObject({ lat: 35.12346, lng: 139.0 });
  });
});
