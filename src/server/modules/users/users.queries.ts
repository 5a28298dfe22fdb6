import { and, asc, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, passwordResets, sessions, users } from '../../db/schema/index.ts';

/** What any reader of an account may see: never the password hash. */
const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organizationId: users.organizationId,
};

const accountColumns = {
  ...publicColumns,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
  // An invited account has no password until the invitee sets one.
  invited: sql<boolean>`${users.passwordHash} is null`,
};

/** The admin's list names each account's organisation, so nobody has to read a UUID. */
const organizationColumns = { organizationKey: organizations.key, organizationName: organizations.name };

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
    db
      .select({ ...accountColumns, ...organizationColumns })
      .from(users)
      .leftJoin(organizations, eq(organizations.id, users.organizationId))
      .orderBy(asc(users.email))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(users),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The account under a row lock, so two admins changing it at once are applied one after the other. */
export async function selectUserForUpdate(db: Db, id: string) {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
  return (await selectAccount(db, id))!;
}

/** One account as the admin's list shows it, with its organisation's key and name. */
export async function selectAccount(db: Db, id: string) {
  const [row] = await db
    .select({ ...accountColumns, ...organizationColumns })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id));
  return row;
}

export async function selectPasswordHash(db: Db, id: string) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

/** Ends the user's sessions, all of them or all but one; returns how many ended. */
export async function deleteSessions(db: Db, userId: string, keepTokenHash?: string) {
  const rows = await db
    .delete(sessions)
    .where(
      keepTokenHash
        ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))
        : eq(sessions.userId, userId),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function selectOwnSessions(db: Db, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
}

/** Deletes one session only if it is the user's; returns whether it was. */
export async function deleteOwnSession(db: Db, userId: string, id: string) {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, id)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** A new link replaces any earlier one still open, so only the latest mail works. */
export async function replacePasswordReset(db: Db, values: typeof passwordResets.$inferInsert) {
  await db
    .update(passwordResets)
    .set({ usedAt: values.createdAt ?? new Date() })
    .where(and(eq(passwordResets.userId, values.userId), isNull(passwordResets.usedAt)));
  await db.insert(passwordResets).values(values);
}

/**
 * Takes the link once: the guarded update lets exactly one of two simultaneous uses through. A link works
 * only for its purpose, so an invitation cannot be spent on the reset page or the other way round.
 */
export async function takePasswordReset(db: Db, tokenHash: string, purpose: 'reset' | 'invite', now: Date) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        eq(passwordResets.purpose, purpose),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId });
  return row;
}

export async function selectUserById(db: Db, id: string) {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id));
  return row;
}
