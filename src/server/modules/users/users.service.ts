import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { hashToken } from '../../lib/auth.ts';
import { AppError, invalidFields } from '../../lib/errors.ts';
import type { AppDeps, AuthUser, Role } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { tooManyAttempts } from '../../lib/rate-limit.ts';
import {
  deleteOwnSession,
  deleteSessions,
  insertUser,
  organizationExists,
  replacePasswordReset,
  selectOwnSessions,
  selectPasswordHash,
  selectUserById,
  selectUserForUpdate,
  selectUserPage,
  takePasswordReset,
  updateUser,
} from './users.queries.ts';
import type { AccountChange, UserInput } from './users.schemas.ts';

/** How long a reset link sent by an admin works. */
export const passwordResetHours = 24;

const noSuchOrganization = () =>
  invalidFields([
    {
      path: 'body.organizationId',
      message: say({ ja: 'その組織はありません', en: 'no such organisation' }),
    },
  ]);

const accountNotFound = () =>
  new AppError('not_found', say({ ja: 'アカウントが見つかりません', en: 'Account not found' }));

/**
 * `actor` is null only for the CLI and the demo seed, which act as the system. A taken e-mail is refused by
 * the database's unique index (a 409 naming body.email), so two simultaneous creations cannot both pass.
 */
export async function createUser(db: Db, actor: AuthUser | null, input: UserInput) {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (input.organizationId && !(await organizationExists(tx, input.organizationId)))
      throw noSuchOrganization();
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

type AccountRow = NonNullable<Awaited<ReturnType<typeof selectUserById>>>;

const toAccount = ({ disabledAt, createdAt, role, ...rest }: AccountRow) => ({
  ...rest,
  role: role as Role,
  disabled: disabledAt !== null,
  createdAt: createdAt.toISOString(),
});

export async function listUsers(db: Db, limit: number, offset: number) {
  const { rows, total } = await selectUserPage(db, limit, offset);
  return { items: rows.map(toAccount), total };
}

/**
 * An admin changes an account's role or organisation, or disables / re-enables it. Disabling ends all its
 * sessions in the same transaction, so the person is signed out everywhere at once. An admin cannot
 * disable or demote their own account, so the platform is never left without the admin who acted.
 */
export async function changeAccount(db: Db, actor: AuthUser, id: string, change: AccountChange) {
  return db.transaction(async (tx) => {
    const before = await selectUserForUpdate(tx, id);
    if (!before) throw accountNotFound();
    if (id === actor.id && (change.disabled === true || (change.role && change.role !== 'admin')))
      throw new AppError(
        'conflict',
        say({
          ja: '自分のアカウントを無効にしたり、管理者から外したりはできません',
          en: 'You cannot disable your own account or take away your own admin role',
        }),
      );
    const role = change.role ?? before.role;
    const organizationId =
      change.organizationId !== undefined ? change.organizationId : before.organizationId;
    if (role === 'member' && !organizationId)
      throw invalidFields([
        {
          path: 'body.organizationId',
          message: say({
            ja: '会員のアカウントには組織が必要です',
            en: 'a member account belongs to an organisation',
          }),
        },
      ]);
    if (change.organizationId && !(await organizationExists(tx, change.organizationId)))
      throw noSuchOrganization();
    const disabledAt =
      change.disabled === undefined
        ? before.disabledAt
        : change.disabled
          ? (before.disabledAt ?? new Date())
          : null;
    const after = await updateUser(tx, id, { role, organizationId, disabledAt });
    const sessionsEnded = disabledAt && !before.disabledAt ? await deleteSessions(tx, id) : 0;
    const changes = diffFields(
      { role: before.role, organizationId: before.organizationId, disabled: before.disabledAt !== null },
      { role, organizationId, disabled: disabledAt !== null },
    );
    if (Object.keys(changes).length > 0)
      await writeAudit(tx, actor, {
        action: change.disabled === true && !before.disabledAt ? 'disable' : 'update',
        entity: 'user',
        entityId: id,
        changes: sessionsEnded ? { ...changes, sessionsEnded } : changes,
      });
    return toAccount(after);
  });
}

/**
 * An admin sends the account a one-time link to set a new password: a random token, only its hash stored,
 * expiring after `passwordResetHours`, replacing any earlier link. The token is in the URL's fragment,
 * which browsers do not send to servers, so it stays out of access logs. The mail goes the way every
 * notice goes (SMTP, or the outbox); the admin never sees the token.
 */
export async function sendPasswordReset(deps: Pick<AppDeps, 'db' | 'config'>, actor: AuthUser, id: string) {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + passwordResetHours * 3_600_000);
  const link = `${deps.config.publicUrl}/reset-password#${token}`;
  const mails = await deps.db.transaction(async (tx) => {
    const user = await selectUserById(tx, id);
    if (!user) throw accountNotFound();
    await replacePasswordReset(tx, { tokenHash: hashToken(token), userId: id, expiresAt, createdAt: now });
    await writeAudit(tx, actor, {
      action: 'send_password_reset',
      entity: 'user',
      entityId: id,
      changes: { expiresAt: expiresAt.toISOString() },
    });
    return notifyUsers(tx, deps.config, [{ id: user.id, email: user.email }], {
      kind: 'password_reset',
      title: { ja: 'パスワードの再設定', en: 'Set a new password' },
      body: {
        ja: `管理者がパスワード再設定のリンクを送りました。${passwordResetHours} 時間以内に一度だけ使えます。心当たりがなければ無視してください。`,
        en: `An administrator sent you a link to set a new password. It works once, within ${passwordResetHours} hours. If you did not expect it, ignore it.`,
      },
      link,
    });
  });
  await sendMail(deps.db, deps.config, mails);
  return { expiresAt: expiresAt.toISOString() };
}

/** The person follows the link: the token is taken once, the password set, and every session ended. */
export async function resetPassword(db: Db, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const taken = await takePasswordReset(tx, hashToken(input.token), new Date());
    if (!taken)
      throw new AppError(
        'gone',
        say({
          ja: 'このリンクは期限切れか、すでに使われています。管理者に新しいリンクを依頼してください',
          en: 'This link has expired or has been used; ask an administrator for a new one',
        }),
      );
    const user = await updateUser(tx, taken.userId, { passwordHash });
    const sessionsEnded = await deleteSessions(tx, taken.userId);
    await writeAudit(tx, user, {
      action: 'reset_password',
      entity: 'user',
      entityId: user.id,
      changes: { sessionsEnded },
    });
  });
}

/**
 * Changing one's own password needs the current one (a borrowed session is not enough) and ends the
 * user's other sessions. Wrong guesses count against this client in the login limiter.
 */
export async function changeOwnPassword(
  deps: Pick<AppDeps, 'db' | 'loginLimiter'>,
  user: AuthUser,
  currentSessionToken: string,
  input: { currentPassword: string; newPassword: string },
  client: string,
) {
  const wait = deps.loginLimiter.retryAfter(client, user.email);
  if (wait > 0) throw tooManyAttempts(wait);
  const stored = await selectPasswordHash(deps.db, user.id);
  if (!stored || !(await verifyPassword(input.currentPassword, stored))) {
    deps.loginLimiter.fail(client, user.email);
    throw invalidFields([
      {
        path: 'body.currentPassword',
        message: say({ ja: '現在のパスワードが違います', en: 'the current password is wrong' }),
      },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    const sessionsEnded = await deleteSessions(tx, user.id, hashToken(currentSessionToken));
    await writeAudit(tx, user, {
      action: 'change_password',
      entity: 'user',
      entityId: user.id,
      changes: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}

export async function listOwnSessions(db: Db, user: AuthUser, currentSessionToken: string) {
  const current = hashToken(currentSessionToken);
  const rows = await selectOwnSessions(db, user.id, new Date());
  return {
    items: rows.map(({ tokenHash, createdAt, expiresAt, ...rest }) => ({
      ...rest,
      createdAt: createdAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      current: tokenHash === current,
    })),
    total: rows.length,
  };
}

/** Ends one of the user's own sessions; another user's session is as unknown as a missing one. */
export async function revokeOwnSession(db: Db, user: AuthUser, id: string) {
  await db.transaction(async (tx) => {
    if (!(await deleteOwnSession(tx, user.id, id)))
      throw new AppError('not_found', say({ ja: 'セッションが見つかりません', en: 'Session not found' }));
    await writeAudit(tx, user, { action: 'revoke', entity: 'session', entityId: id });
  });
}
