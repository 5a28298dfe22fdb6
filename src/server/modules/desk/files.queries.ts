import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consultationFiles, consultations } from '../../db/schema/index.ts';

const f = consultationFiles;

const metaColumns = {
  id: f.id,
  consultationId: f.consultationId,
  name: f.name,
  contentType: f.contentType,
  byteSize: f.byteSize,
  sha256: f.sha256,
  uploaderName: f.uploaderName,
  createdAt: f.createdAt,
};
export type CaseFileMeta = Awaited<ReturnType<typeof caseFileRows>>[number];

export function caseFileRows(db: Db, consultationId: string) {
  return db.select(metaColumns).from(f).where(eq(f.consultationId, consultationId)).orderBy(asc(f.createdAt));
}

export async function caseFileById(db: Db, id: string) {
  const [row] = await db.select().from(f).where(eq(f.id, id));
  return row;
}

/** Locks the case, so two uploads at once are counted one after the other and the cap holds. */
export async function lockCaseForFiles(tx: Db, consultationId: string) {
  const [row] = await tx
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.id, consultationId))
    .for('update');
  if (!row) return undefined;
  const [n] = await tx.select({ n: count() }).from(f).where(eq(f.consultationId, consultationId));
  return n?.n ?? 0;
}

export async function insertCaseFile(tx: Db, values: typeof consultationFiles.$inferInsert) {
  const [row] = await tx.insert(f).values(values).returning(metaColumns);
  return row!;
}
