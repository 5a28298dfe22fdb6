import { type RegionInfo, regionColumns } from './regions.ts';
import type { TaxonomyCode } from './taxonomy.ts';

/**
 * Distinct organisations per code and region column (`regionOf`), as `countHeatmap` counts them: each
 * organisation once under a parent however many of its children it lists; `code: null` counts organisations
 * per region with any code at all (the column totals).
 */
export type HeatmapCount = {
  code: string | null;
  region: string;
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
 * Lays the counts out as a table. Rows follow the taxonomy order given (parents before their children);
 * codes without organisations stay as rows of zeros; columns are the regions present (`regionColumns`).
 */
export function buildHeatmap<T extends TaxonomyCode>(taxonomy: T[], counts: HeatmapCount[]): Heatmap<T> {
  const byCode = new Map<string | null, Map<string, number>>();
  for (const c of counts) {
    const cells = byCode.get(c.code) ?? new Map<string, number>();
    cells.set(c.region, (cells.get(c.region) ?? 0) + c.organizations);
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
