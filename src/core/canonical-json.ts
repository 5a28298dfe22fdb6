/**
 * JSON with object keys in code-point order and undefined fields dropped: equal content gives equal text
 * whatever the key order (PostgreSQL's jsonb stores keys in its own), so it can be compared and hashed.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export const canonicalJson = (value: unknown): string => JSON.stringify(canonical(value)) ?? 'null';

/** Equal as JSON whatever the key order. */
export const sameJson = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
