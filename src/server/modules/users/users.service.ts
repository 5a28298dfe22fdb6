import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/index.ts';
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
  selectAccount,
  selectOwnSessions,
  selectPasswordHash,
  selectUserById,
  selectUserForUpdate,
  selectUserPage,
  takePasswordReset,
  updateUser,
} from './users.queries.ts';
import type { AccountChange, InvitationInput, UserInput } from './users.schemas.ts';

/** How long a reset link sent by an admin works. */
export const passwordResetHours = 24;
/** How long an invitation works: longer than a reset, since the invitee may not expect it. */
export const invitationDays = 7;

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
    await assertOrganization(tx, input.organizationId);
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

async function assertOrganization(db: Db, id: string | null | undefined) {
  if (id && !(await organizationExists(db, id))) throw noSuchOrganization();
}

type AccountRow = NonNullable<Awaited<ReturnType<typeof selectAccount>>>;

const toAccount = ({
  disabledAt,
  createdAt,
  role,
  organizationKey,
  organizationName,
  ...rest
}: AccountRow) => ({
  ...rest,
  role: role as Role,
  organization:
    rest.organizationId && organizationKey
      ? { id: rest.organizationId, key: organizationKey, name: organizationName ?? {} }
      : null,
  disabled: disabledAt !== null,
  invited: rest.invited === true,
  createdAt: createdAt.toISOString(),
});

export async function listUsers(db: Db, limit: number, offset: number) {
  const { rows, total } = await selectUserPage(db, limit, offset);
  return { items: rows.map(toAccount), total };
}

/**
 * An admin changes an account's name, role or organisation, or disables / re-enables it. Disabling ends all its
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
    await assertOrganization(tx, change.organizationId);
    const name = change.name ?? before.name;
    const disabledAt =
      change.disabled === undefined
        ? before.disabledAt
        : change.disabled
          ? (before.disabledAt ?? new Date())
          : null;
    const after = await updateUser(tx, id, { name, role, organizationId, disabledAt });
    const sessionsEnded = disabledAt && !before.disabledAt ? await deleteSessions(tx, id) : 0;
    const changes = diffFields(
      {
        name: before.name,
        role: before.role,
        organizationId: before.organizationId,
        disabled: before.disabledAt !== null,
      },
      { name, role, organizationId, disabled: disabledAt !== null },
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

type LinkPurpose = 'reset' | 'invite';

const linkNotices: Record<LinkPurpose, { path: string; title: LocalizedText; body: LocalizedText }> = {
  reset: {
    path: 'reset-password',
    title: { ja: 'パスワードの再設定', en: 'Set a new password' },
    body: {
      ja: `管理者がパスワード再設定のリンクを送りました。${passwordResetHours} 時間以内に一度だけ使えます。心当たりがなければ無視してください。`,
      en: `An administrator sent you a link to set a new password. It works once, within ${passwordResetHours} hours. If you did not expect it, ignore it.`,
    },
  },
  invite: {
    path: 'invitation',
    title: { ja: 'フュージョンクラスターハブへの招待', en: 'Your invitation to the Fusion Cluster Hub' },
    body: {
      ja: `アカウントが用意されました。下のリンクを開いて、ご自分でパスワードを決めてください。リンクは ${invitationDays} 日以内に一度だけ使えます。心当たりがなければ無視してください。`,
      en: `An account has been made for you. Open the link below and choose your own password. It works once, within ${invitationDays} days. If you did not expect it, ignore it.`,
    },
  },
};

const linkLifetime = (purpose: LinkPurpose) =>
  purpose === 'reset' ? passwordResetHours * 3_600_000 : invitationDays * 86_400_000;

/**
 * Mails the account a one-time link to set its password: a random token, only its hash stored, expiring,
 * replacing any earlier link. The token is in the URL's fragment, which browsers do not send to servers, so
 * it stays out of access logs; the link is absolute, under the configured public URL. The mail goes the way
 * every notice goes (SMTP, or the outbox); the admin never sees the token. Runs in the caller's transaction
 * and returns the mail to send after commit.
 */
async function mailLink(
  tx: Db,
  config: AppDeps['config'],
  actor: AuthUser,
  user: { id: string; email: string },
  purpose: LinkPurpose,
) {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + linkLifetime(purpose));
  const notice = linkNotices[purpose];
  await replacePasswordReset(tx, {
    tokenHash: hashToken(token),
    userId: user.id,
    purpose,
    expiresAt,
    createdAt: now,
  });
  await writeAudit(tx, actor, {
    action: purpose === 'reset' ? 'send_password_reset' : 'send_invitation',
    entity: 'user',
    entityId: user.id,
    changes: { expiresAt: expiresAt.toISOString() },
  });
  const mails = await notifyUsers(tx, config, [user], {
    kind: purpose === 'reset' ? 'password_reset' : 'invitation',
    title: notice.title,
    body: notice.body,
    link: `${config.publicUrl}/${notice.path}#${token}`,
  });
  return { mails, expiresAt: expiresAt.toISOString() };
}

/** An admin sends the account a one-time link to set a new password (`passwordResetHours`). */
export async function sendPasswordReset(deps: Pick<AppDeps, 'db' | 'config'>, actor: AuthUser, id: string) {
  const { mails, expiresAt } = await deps.db.transaction(async (tx) => {
    const user = await selectUserById(tx, id);
    if (!user) throw accountNotFound();
    return mailLink(tx, deps.config, actor, user, 'reset');
  });
  await sendMail(deps.db, deps.config, mails);
  return { expiresAt };
}

/**
 * An admin invites a person: the account is made at once without a password (so the e-mail is taken now,
 * and a second invitation to it is a 409 naming body.email), and the invitee gets a one-time link to choose
 * one. Until then the account cannot sign in; the name defaults to the e-mail's local part until the
 * invitee gives theirs.
 */
export async function inviteUser(
  deps: Pick<AppDeps, 'db' | 'config'>,
  actor: AuthUser,
  input: InvitationInput,
) {
  const email = input.email.toLowerCase();
  const { mails, expiresAt, id } = await deps.db.transaction(async (tx) => {
    await assertOrganization(tx, input.organizationId);
    const row = await insertUser(tx, {
      email,
      name: input.name ?? email.split('@')[0]!,
      role: input.role,
      organizationId: input.organizationId ?? null,
      passwordHash: null,
    });
    await writeAudit(tx, actor, {
      action: 'invite',
      entity: 'user',
      entityId: row.id,
      changes: { email, role: input.role, organizationId: input.organizationId ?? null },
    });
    return { ...(await mailLink(tx, deps.config, actor, row, 'invite')), id: row.id };
  });
  await sendMail(deps.db, deps.config, mails);
  return { account: toAccount((await selectAccount(deps.db, id))!), expiresAt };
}

/** Sends a fresh invitation (the earlier link stops working); only while the invitee has not accepted. */
export async function resendInvitation(deps: Pick<AppDeps, 'db' | 'config'>, actor: AuthUser, id: string) {
  const { mails, expiresAt } = await deps.db.transaction(async (tx) => {
    const user = await selectAccount(tx, id);
    if (!user) throw accountNotFound();
    if (!user.invited)
      throw new AppError(
        'conflict',
        say({
          ja: 'このアカウントはすでにパスワードを設定しています。再設定のリンクを送ってください',
          en: 'This account has set its password already; send a password reset link instead',
        }),
      );
    return mailLink(tx, deps.config, actor, user, 'invite');
  });
  await sendMail(deps.db, deps.config, mails);
  return { expiresAt };
}

const linkGone = () =>
  new AppError(
    'gone',
    say({
      ja: 'このリンクは期限切れか、すでに使われています。管理者に新しいリンクを依頼してください',
      en: 'This link has expired or has been used; ask an administrator for a new one',
    }),
  );

/** The invitee follows the link: the token is taken once, and the password (and name, if given) set. */
export async function acceptInvitation(db: Db, input: { token: string; password: string; name?: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const taken = await takePasswordReset(tx, hashToken(input.token), 'invite', new Date());
    if (!taken) throw linkGone();
    const user = await updateUser(tx, taken.userId, {
      passwordHash,
      ...(input.name ? { name: input.name } : {}),
    });
    await writeAudit(tx, user, {
      action: 'accept_invitation',
      entity: 'user',
      entityId: user.id,
      changes: input.name ? { name: input.name } : {},
    });
    return { email: user.email };
  });
}

/** The person follows the link: the token is taken once, the password set, and every session ended. */
export async function resetPassword(db: Db, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const taken = await takePasswordReset(tx, hashToken(input.token), 'reset', new Date());
    if (!taken) throw linkGone();
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
