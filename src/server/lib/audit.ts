import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { AuthUser } from './http.ts';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  entityKey?: string | null;
  changes?: Record<string, unknown>;
};

/** Written in the same transaction as the change it records, so neither exists without the other. */
export async function writeAudit(db: Db, actor: Pick<AuthUser, 'id' | 'email'> | null, entry: AuditEntry) {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? 'system',
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    entityKey: entry.entityKey ?? null,
    changes: entry.changes ?? {},
  });
}

/** Field-level before/after for the audit row; unchanged fields are left out. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(after)) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: before[field], to: after[field] };
    }
  }
  return changes;
}
