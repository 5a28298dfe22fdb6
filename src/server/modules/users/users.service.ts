import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { invalidFields } from '../../lib/errors.ts';
import type { AuthUser, Role } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { insertUser, organizationExists, selectUserPage } from './users.queries.ts';
import type { UserInput } from './users.schemas.ts';

/**
 * `actor` is null only for the CLI and the demo seed, which act as the system. A taken e-mail is refused by
 * the database's unique index (a 409 naming body.email), so two simultaneous creations cannot both pass.
 */
export async function createUser(db: Db, actor: AuthUser | null, input: UserInput) {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (input.organizationId && !(await organizationExists(tx, input.organizationId)))
      throw invalidFields([
        {
          path: 'body.organizationId',
          message: say({ ja: 'その組織はありません', en: 'no such organisation' }),
        },
      ]);
    const row = await insertUser(tx, {
      email,
      name: input.name,
      role: input.role,
      organizationId: input.organizationId ?? null,
      passwordHash,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'user',
      entityId: row.id,
      changes: { email, role: input.role, organizationId: input.organizationId ?? null },
    });
    return { ...row, role: row.role as Role };
  });
}

export async function listUsers(db: Db, limit: number, offset: number) {
  const { rows, total } = await selectUserPage(db, limit, offset);
  return { items: rows.map((r) => ({ ...r, role: r.role as Role })), total };
}
