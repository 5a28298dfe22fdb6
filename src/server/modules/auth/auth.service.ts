import { writeAudit } from '../../lib/audit.ts';
import { createSession, deleteSession } from '../../lib/auth.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppDeps, AuthUser, Role } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { tooManyAttempts } from '../../lib/rate-limit.ts';
import { noticeRequestsAtSignIn } from '../matching/index.ts';
import { selectUserByEmail } from './auth.queries.ts';
import type { LoginInput } from './auth.schemas.ts';

// Same cost as a real check, so a wrong e-mail and a wrong password take equally long.
const dummyHash = 'scrypt$32768$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

type Deps = Pick<AppDeps, 'db' | 'config' | 'loginLimiter'>;

/**
 * Checks the password under the login limiter and opens a session. `client` is the caller's address: a
 * client that fails too often is refused (429) for a while, and only that client; the account itself is
 * only slowed down, so nobody can lock its owner out by failing on purpose.
 */
export async function signIn(deps: Deps, input: LoginInput, client: string, userAgent?: string) {
  const email = input.email.toLowerCase();
  const wait = deps.loginLimiter.retryAfter(client, email);
  if (wait > 0) throw tooManyAttempts(wait);
  await deps.loginLimiter.slowDown(email);
  const user = await selectUserByEmail(deps.db, email);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? dummyHash);
  if (!user || !ok) {
    deps.loginLimiter.fail(client, email);
    throw new AppError(
      'unauthenticated',
      say({ ja: 'メールアドレスまたはパスワードが違います', en: 'Wrong e-mail or password' }),
    );
  }
  deps.loginLimiter.succeed(client, email);
  // Told only to someone who knows the password, so it reveals nothing to a guesser.
  if (user.disabledAt)
    throw new AppError(
      'forbidden',
      say({
        ja: 'このアカウントは無効にされています。管理者にお問い合わせください',
        en: 'This account has been disabled; ask an administrator',
      }),
    );
  const session = await createSession(deps.db, deps.config, user.id, userAgent);
  await writeAudit(deps.db, user, { action: 'login', entity: 'session', entityId: user.id });
  // A request made before this account existed reaches it now, as a notice (issue 13).
  await noticeRequestsAtSignIn(deps.db, user);
  const { id, name, role, organizationId } = user;
  return {
    session,
    body: {
      user: { id, email: user.email, name, role: role as Role, organizationId },
      csrfToken: session.csrfToken,
    },
  };
}

export async function signOut(deps: Pick<AppDeps, 'db'>, token: string | undefined, user: AuthUser | null) {
  if (token) await deleteSession(deps.db, token);
  if (user) await writeAudit(deps.db, user, { action: 'logout', entity: 'session', entityId: user.id });
}

/** What the web app reads on load: the user without the CSRF token, and the token beside it. */
export function describeSession(user: AuthUser | null) {
  if (!user) return { user: null, csrfToken: null };
  const { csrfToken, ...rest } = user;
  return { user: rest, csrfToken };
}
