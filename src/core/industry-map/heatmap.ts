import { type RegionInfo, regionColumns, regionOf } from './regions.ts';
import type { TaxonomyCode } from './taxonomy.ts';

/**
 * One row of the grouped heat-map query: distinct organisations per code and place. The query has already
 * counted each organisation once under a parent however many of its children it lists; `code: null` rows
 * count organisations per place with any code at all (the column totals).
 */
export type PlaceCount = {
  code: string | null;
  country: string | null;
  prefecture: string | null;
  organizations: number;
};

export type HeatmapRow<T extends TaxonomyCode> = T & { cells: number[]; total: number };
export type Heatmap<T extends TaxonomyCode> = {
  regions: Array<RegionInfo & { total: number }>;
  rows: Array<HeatmapRow<T>>;
  max: number;
  total: number;
};

/**
 * Folds place counts into region columns. Every organisation has one place, so the counts of the places in a
 * region add up to distinct organisations without counting anyone twice. Rows follow the taxonomy order given
 * (parents before their children); codes without organisations stay as rows of zeros.
 */
export function buildHeatmap<T extends TaxonomyCode>(taxonomy: T[], counts: PlaceCount[]): Heatmap<T> {
  const byCode = new Map<string | null, Map<string, number>>();
  for (const c of counts) {
    const region = regionOf(c.country, c.prefecture);
    const cells = byCode.get(c.code) ?? new Map<string, number>();
    cells.set(region, (cells.get(region) ?? 0) + c.organizations);
    byCode.set(c.code, cells);
  }
  const regions = regionColumns(byCode.get(null)?.keys() ?? []);
  let max = 0;
  const rows = taxonomy.map((t) => {
    const cells = regions.map((r) => byCode.get(t.code)?.get(r.key) ?? 0);
    for (const n of cells) max = Math.max(max, n);
    return { ...t, cells, total: cells.reduce((a, b) => a + b, 0) };
  });
  const totals = regions.map((r) => ({ ...r, total: byCode.get(null)?.get(r.key) ?? 0 }));
  return { regions: totals, rows, max, total: totals.reduce((a, r) => a + r.total, 0) };
}
