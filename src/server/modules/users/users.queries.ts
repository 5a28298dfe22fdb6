import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, users } from '../../db/schema/index.ts';

/** What any reader of an account may see: never the password hash. */
const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organizationId: users.organizationId,
};

export async function organizationExists(db: Db, id: string) {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning(publicColumns);
  return row!;
}

export async function selectUserPage(db: Db, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db.select(publicColumns).from(users).orderBy(asc(users.email)).limit(limit).offset(offset),
    db.select({ n: count() }).from(users),
  ]);
  return { rows, total: total?.n ?? 0 };
}
