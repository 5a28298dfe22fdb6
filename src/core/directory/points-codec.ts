/**
 * The map's points in a compact columnar form (`columns/1`), shared by the server that writes it and the
 * page that reads it. As an array of objects, 100,000 organisations took 10 MB of JSON, mostly field names,
 * UUIDs and 17-digit coordinates said again for every point. Here each field is one column:
 * - numbers are typed arrays sent as base64: coordinates as Int32 degrees × 100,000 (5 decimals, about
 *   1 m), the kind as a byte and the role set as a Uint16, each an index into a dictionary sent once;
 * - texts (keys, names in each language) are front-coded: in name order neighbours share a beginning, so
 *   each value sends only how many UTF-16 units it shares with the previous one (a byte) and the rest.
 * Points are identified by key (the bundle's reference); the page asks for the UUID of the one it opens.
 */

export type PlacedPoint = {
  key: string;
  name: { ja?: string; en?: string };
  kind: string;
  roles: string[];
  lat: number;
  lng: number;
};

/** Texts front-coded: `shared` (base64, one byte per value) and what follows the shared part. */
export type FrontCoded = { shared: string; rest: string[] };

export type PointColumns = {
  encoding: 'columns/1';
  total: number;
  unplaced: number;
  keys: FrontCoded;
  /** "" where the organisation has no name in that language. */
  names: { ja: FrontCoded; en: FrontCoded };
  /** base64 of little-endian Int32: degrees × 100,000. */
  lat: string;
  lng: string;
  kinds: string[];
  /** base64, one byte per point: an index into `kinds`. */
  kind: string;
  roleSets: string[][];
  /** base64 of little-endian Uint16 per point: an index into `roleSets`. */
  roles: string;
};

export const coordinateScale = 100_000;

// Base64 by hand: the core runs in Node and the browser without either's globals (no btoa, no Buffer).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
const CODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);

export function toBase64(bytes: Uint8Array): string {
  // Character codes into a byte array first, then strings of 8,192 characters at a time: appending one
  // character at a time took 0.5 s for the 1.4 MB of ids and coordinates at 100,000 points.
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let at = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    codes[at] = CODE[n >> 18]!;
    codes[at + 1] = CODE[(n >> 12) & 63]!;
    codes[at + 2] = CODE[(n >> 6) & 63]!;
    codes[at + 3] = CODE[n & 63]!;
    at += 4;
  }
  // The last one or two bytes, padded (reading past the end of a typed array is slow, so not in the loop).
  if (whole < bytes.length) {
    const second = whole + 1 < bytes.length;
    const n = (bytes[whole]! << 16) | (second ? bytes[whole + 1]! << 8 : 0);
    codes[at] = CODE[n >> 18]!;
    codes[at + 1] = CODE[(n >> 12) & 63]!;
    codes[at + 2] = second ? CODE[(n >> 6) & 63]! : PAD;
    codes[at + 3] = PAD;
  }
  const out: string[] = [];
  for (let i = 0; i < codes.length; i += 8192)
    out.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return out.join('');
}

export function fromBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (VALUE[text.charCodeAt(i)]! << 18) |
      (VALUE[text.charCodeAt(i + 1)]! << 12) |
      (Math.max(0, VALUE[text.charCodeAt(i + 2)] ?? 0) << 6) |
      Math.max(0, VALUE[text.charCodeAt(i + 3)] ?? 0);
    bytes[at++] = (n >> 16) & 255;
    if (at < bytes.length) bytes[at++] = (n >> 8) & 255;
    if (at < bytes.length) bytes[at++] = n & 255;
  }
  return bytes;
}

// Typed arrays are sent little-endian whatever the machine: DataView fixes the byte order.
function int32Base64(values: readonly number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) view.setInt32(i * 4, values[i]!, true);
  return toBase64(new Uint8Array(view.buffer));
}

function uint16Base64(values: readonly number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 2));
  for (let i = 0; i < values.length; i++) view.setUint16(i * 2, values[i]!, true);
  return toBase64(new Uint8Array(view.buffer));
}

function readInt32(text: string): Int32Array {
  const bytes = fromBase64(text);
  const view = new DataView(bytes.buffer);
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}

function readUint16(text: string): Uint16Array {
  const bytes = fromBase64(text);
  const view = new DataView(bytes.buffer);
  const out = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint16(i * 2, true);
  return out;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** How many leading UTF-16 units `a` and `b` share, at most 255, never ending inside a surrogate pair. */
function sharedLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length, 255);
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n > 0 && isHighSurrogate(a.charCodeAt(n - 1)) ? n - 1 : n;
}

export function frontCode(values: readonly string[]): FrontCoded {
  const shared = new Uint8Array(values.length);
  const rest: string[] = [];
  let previous = '';
  values.forEach((value, i) => {
    const n = sharedLength(previous, value);
    shared[i] = n;
    rest.push(value.slice(n));
    previous = value;
  });
  return { shared: toBase64(shared), rest };
}

export function frontDecode(coded: FrontCoded): string[] {
  const shared = fromBase64(coded.shared);
  const out: string[] = [];
  let previous = '';
  coded.rest.forEach((rest, i) => {
    previous = previous.slice(0, shared[i]) + rest;
    out.push(previous);
  });
  return out;
}

/** Index of each value in a dictionary built as values come, and the dictionary. */
function dictionary<T>(values: readonly T[], keyOf: (v: T) => string) {
  const index = new Map<string, number>();
  const entries: T[] = [];
  const positions = values.map((v) => {
    const k = keyOf(v);
    let at = index.get(k);
    if (at === undefined) {
      at = entries.length;
      index.set(k, at);
      entries.push(v);
    }
    return at;
  });
  return { entries, positions };
}

export function encodePoints(points: readonly PlacedPoint[], unplaced: number): PointColumns {
  const kinds = dictionary(
    points.map((p) => p.kind),
    (k) => k,
  );
  const roleSets = dictionary(
    points.map((p) => p.roles),
    (r) => (r.length === 1 ? r[0]! : r.join('\n')),
  );
  if (kinds.entries.length > 256 || roleSets.entries.length > 65536)
    throw new Error('too many kinds or role sets for the points encoding');
  return {
    encoding: 'columns/1',
    total: points.length,
    unplaced,
    keys: frontCode(points.map((p) => p.key)),
    names: {
      ja: frontCode(points.map((p) => p.name.ja ?? '')),
      en: frontCode(points.map((p) => p.name.en ?? '')),
    },
    lat: int32Base64(points.map((p) => Math.round(p.lat * coordinateScale))),
    lng: int32Base64(points.map((p) => Math.round(p.lng * coordinateScale))),
    kinds: kinds.entries,
    kind: toBase64(Uint8Array.from(kinds.positions)),
    roleSets: roleSets.entries.map((r) => [...r]),
    roles: uint16Base64(roleSets.positions),
  };
}

export function decodePoints(columns: PointColumns): PlacedPoint[] {
  const keys = frontDecode(columns.keys);
  const ja = frontDecode(columns.names.ja);
  const en = frontDecode(columns.names.en);
  const lat = readInt32(columns.lat);
  const lng = readInt32(columns.lng);
  const kind = fromBase64(columns.kind);
  const roles = readUint16(columns.roles);
  const out: PlacedPoint[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const name: PlacedPoint['name'] = {};
    if (ja[i]) name.ja = ja[i];
    if (en[i]) name.en = en[i];
    out[i] = {
      key: keys[i]!,
      name,
      kind: columns.kinds[kind[i]!]!,
      roles: columns.roleSets[roles[i]!]!,
      lat: lat[i]! / coordinateScale,
      lng: lng[i]! / coordinateScale,
    };
  }
  return out;
}
