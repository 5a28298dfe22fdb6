import type { Db } from '../../db/client.ts';
import { selectAuditPage, selectAuditVocabulary, selectRecordNames } from './audit.queries.ts';
import type { AuditListQuery } from './audit.schemas.ts';

/** The audit log for a coordinator, each row with its record's name; the route lets only admins call it. */
export async function listAuditEntries(db: Db, query: AuditListQuery) {
  const { limit, offset, ...filter } = query;
  const { rows, total } = await selectAuditPage(db, filter, limit, offset);
  const names = await selectRecordNames(db, rows);
  return {
    items: rows.map((r) => ({
      ...r,
      at: r.at.toISOString(),
      recordName: (r.entityId && names.get(`${r.entity}/${r.entityId}`)) || null,
    })),
    total,
  };
}

/** The actions and kinds of record the log holds, for the page's filters. */
export async function auditVocabulary(db: Db) {
  const { actions, entities } = await selectAuditVocabulary(db);
  return { actions: actions.sort(), entities: entities.sort() };
}
