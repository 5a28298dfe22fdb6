import type { Db } from '../../db/client.ts';
import { selectAuditPage } from './audit.queries.ts';
import type { AuditListQuery } from './audit.schemas.ts';

/** The audit log for a coordinator; the route lets only admins call it. */
export async function listAuditEntries(db: Db, query: AuditListQuery) {
  const { limit, offset, ...filter } = query;
  const { rows, total } = await selectAuditPage(db, filter, limit, offset);
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total };
}
