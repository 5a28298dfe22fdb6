/** Relation types (DESIGN.md §4, bundle `relations`). Memberships also come from organisations' `memberships`. */
export const relationTypes = [
  'membership',
  'partnership',
  'supplier-customer',
  'joint-research',
  'investment',
] as const;
export type RelationType = (typeof relationTypes)[number];

export type NetworkLink = {
  from: string;
  to: string;
  type: RelationType;
  since: string | null;
  source: { url: string; asOf?: string } | null;
  /** `relation`: a row of the relations table; `membership`: derived from an organisation's memberships. */
  origin: 'relation' | 'membership';
};

export type Network = {
  links: NetworkLink[];
  /** Links drawn per organisation id. */
  degrees: Map<string, number>;
  total: number;
  truncated: boolean;
};

const typeRank = new Map(relationTypes.map((t, i) => [t, i]));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Joins stated relations and membership links into one graph. A membership stated both ways counts once,
 * as the relation (it carries a date and a source). Links are ordered by type, then ends, so a truncated
 * graph is the same on every call; a node's degree counts the links drawn, so the graph and the figure agree.
 */
export function buildNetwork(relations: NetworkLink[], memberships: NetworkLink[], limit: number): Network {
  const byKey = new Map<string, NetworkLink>();
  for (const link of [...relations, ...memberships]) {
    const key = `${link.from}|${link.to}|${link.type}`;
    if (!byKey.has(key)) byKey.set(key, link);
  }
  const all = [...byKey.values()].sort(
    (a, b) => typeRank.get(a.type)! - typeRank.get(b.type)! || compare(a.from, b.from) || compare(a.to, b.to),
  );
  const links = all.slice(0, limit);
  const degrees = new Map<string, number>();
  for (const l of links) {
    degrees.set(l.from, (degrees.get(l.from) ?? 0) + 1);
    degrees.set(l.to, (degrees.get(l.to) ?? 0) + 1);
  }
  return { links, degrees, total: all.length, truncated: links.length < all.length };
}
