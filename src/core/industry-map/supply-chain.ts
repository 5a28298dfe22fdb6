import { type SupplyChainRole, supplyChainRoleCodes } from '../directory/vocabulary.ts';

/** Upstream to downstream as a buyer reads it; organisations that name no role come last. */
export const supplyChainOrder = [...supplyChainRoleCodes, 'none'] as const;
export type SupplyChainColumn = SupplyChainRole | 'none';

export type RoleMember<O> = { role: string; total: number; organization: O };

/**
 * Groups the per-role rows of the supply-chain query into columns in supply-chain order. An organisation with
 * several roles arrives once per role and so appears in each of its columns; `total` is the column's full
 * count even when only its first page of organisations is listed.
 */
export function groupByRole<O>(rows: RoleMember<O>[]) {
  const columns = new Map<string, { total: number; organizations: O[] }>();
  for (const r of rows) {
    const col = columns.get(r.role) ?? { total: r.total, organizations: [] };
    col.organizations.push(r.organization);
    columns.set(r.role, col);
  }
  return supplyChainOrder.map((role) => ({
    role,
    total: columns.get(role)?.total ?? 0,
    organizations: columns.get(role)?.organizations ?? [],
  }));
}
