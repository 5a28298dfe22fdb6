import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, users } from '../../db/schema/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import type { AuthUser, Role } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { alreadyUsed } from '../../lib/messages.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { UserInput } from './users.schemas.ts';

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organizationId: users.organizationId,
};

/** `actor` is null only for the CLI and the demo seed, which act as the system. */
export async function createUser(db: Db, actor: AuthUser | null, input: UserInput) {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (input.organizationId) {
      const [org] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId));
      if (!org)
        throw new AppError('validation_failed', say({ ja: '組織がありません', en: 'Unknown organisation' }), [
          {
            path: 'body.organizationId',
            message: say({ ja: 'その組織はありません', en: 'no such organisation' }),
          },
        ]);
    }
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken)
      throw new AppError(
        'conflict',
        say({
          ja: 'このメールアドレスのアカウントはすでにあります',
          en: 'An account with this e-mail exists',
        }),
        [{ path: 'body.email', message: alreadyUsed() }],
      );
    const [row] = await tx
      .insert(users)
      .values({
        email,
        name: input.name,
        role: input.role,
        organizationId: input.organizationId ?? null,
        passwordHash,
      })
      .returning(publicColumns);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'user',
      entityId: row!.id,
      changes: { email, role: input.role, organizationId: input.organizationId ?? null },
    });
    return { ...row!, role: row!.role as Role };
  });
}

export async function listUsers(db: Db, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db.select(publicColumns).from(users).orderBy(asc(users.email)).limit(limit).offset(offset),
    db.select({ n: count() }).from(users),
  ]);
  return { items: rows.map((r) => ({ ...r, role: r.role as Role })), total: total?.n ?? 0 };
}
