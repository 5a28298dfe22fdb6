/** The two-level taxonomy as the industry map needs it: which codes a parent covers, and the reverse. */
export type TaxonomyCode = { code: string; parent: string | null };

export type TaxonomyIndex = {
  /** The code and every code below it. */
  withDescendants(code: string): string[];
  /** The codes above a code, nearest first. */
  ancestors(code: string): string[];
};

export function indexTaxonomy(codes: Iterable<TaxonomyCode>): TaxonomyIndex {
  const parentOf = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  for (const t of codes) {
    parentOf.set(t.code, t.parent);
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.code]);
  }
  const withDescendants = (code: string): string[] => [
    code,
    ...(children.get(code) ?? []).flatMap(withDescendants),
  ];
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    for (let p = parentOf.get(code); p && !out.includes(p); p = parentOf.get(p)) out.push(p);
    return out;
  };
  return { withDescendants, ancestors };
}
