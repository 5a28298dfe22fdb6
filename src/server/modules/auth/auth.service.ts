import { writeAudit } from '../../lib/audit.ts';
import { createSession, deleteSession } from '../../lib/auth.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppDeps, AuthUser, Role } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { verifyPassword } from '../../lib/passwords.ts';
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
export async function signIn(deps: Deps, input: LoginInput, client: string) {
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
  const session = await createSession(deps.db, deps.config, user.id);
  await writeAudit(deps.db, user, { action: 'login', entity: 'session', entityId: user.id });
  const { id, name, role, organizationId } = user;
  return {
    session,
    body: {
      user: { id, email: user.email, name, role: role as Role, organizationId },
      csrfToken: session.csrfToken,
    },
  };
}

export class RetryLater extends AppError {
  constructor(
    readonly seconds: number,
    message: string,
  ) {
    super('rate_limited', message);
  }
}

function tooManyAttempts(wait: number) {
  return new RetryLater(
    wait,
    say({
      ja: `ログインの試行回数が多すぎます。${wait} 秒後にお試しください`,
      en: `Too many sign-in attempts; try again in ${wait} s`,
    }),
  );
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
