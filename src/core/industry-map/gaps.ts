/** Per code: who asks for it and who offers it, counted as distinct organisations (parents cover children). */
export type GapCounts = {
  /** Developers and integrators listing the code: the buyers of a fusion plant's parts. */
  developers: number;
  /** Needs posted for the code; the matching module (needs and seeds) fills this in. */
  needs: number;
  /** Suppliers (component, materials), services and research listing the code, anywhere. */
  supply: number;
  /** The same in Japan. */
  national: number;
  /** The same in the chosen region. */
  local: number;
};

export type GapRow<T> = T & GapCounts & { demand: number; gap: boolean };

/**
 * Orders technology areas for an attraction campaign: areas in demand with no local supplier first (largest
 * demand, then fewest suppliers in Japan), then the other areas in demand (largest demand, fewest local
 * suppliers), then areas nobody asks for; ties keep the taxonomy order.
 */
export function rankGaps<T extends { code: string }>(
  taxonomy: T[],
  counts: ReadonlyMap<string, Partial<GapCounts>>,
): Array<GapRow<T>> {
  const rows = taxonomy.map((t, order) => {
    const c = counts.get(t.code) ?? {};
    const row = {
      developers: c.developers ?? 0,
      needs: c.needs ?? 0,
      supply: c.supply ?? 0,
      national: c.national ?? 0,
      local: c.local ?? 0,
    };
    const demand = row.developers + row.needs;
    return { item: { ...t, ...row, demand, gap: demand > 0 && row.local === 0 }, order };
  });
  const tier = (r: GapRow<T>) => (r.gap ? 0 : r.demand > 0 ? 1 : 2);
  rows.sort(
    (a, b) =>
      tier(a.item) - tier(b.item) ||
      b.item.demand - a.item.demand ||
      (a.item.gap ? a.item.national - b.item.national : a.item.local - b.item.local) ||
      a.order - b.order,
  );
  return rows.map((r) => r.item);
}
