/** The two-level taxonomy as the industry map needs it: which codes a parent covers, and the reverse. */
export type TaxonomyCode = { code: string; parent: string | null };

export type TaxonomyIndex = {
  /** The code and every code below it (a shared list: do not change it). */
  withDescendants(code: string): string[];
  /** The codes above a code, nearest first (a shared list: do not change it). */
  ancestors(code: string): string[];
};

export function indexTaxonomy(codes: Iterable<TaxonomyCode>): TaxonomyIndex {
  const parentOf = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  for (const t of codes) {
    parentOf.set(t.code, t.parent);
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.code]);
  }
  // Asked once per candidate and chosen code when a shortlist is ranked: work each answer out once.
  const below = new Map<string, string[]>();
  const above = new Map<string, string[]>();
  const withDescendants = (code: string): string[] => {
    let list = below.get(code);
    if (!list) {
      list = [code, ...(children.get(code) ?? []).flatMap(withDescendants)];
      below.set(code, list);
    }
    return list;
  };
  const ancestors = (code: string): string[] => {
    let list = above.get(code);
    if (!list) {
      list = [];
      for (let p = parentOf.get(code); p && !list.includes(p); p = parentOf.get(p)) list.push(p);
      above.set(code, list);
    }
    return list;
  };
  return { withDescendants, ancestors };
}
