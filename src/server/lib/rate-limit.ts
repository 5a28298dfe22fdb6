import { isIP } from 'node:net';
import { AppError } from './errors.ts';
import { say } from './locale.ts';

/**
 * A fixed-window counter in memory. One process per data directory (PGlite) or a few behind a balancer
 * (PostgreSQL) makes a per-process count good enough for sign-in.
 */
export function createRateLimiter(maxAttempts: number, windowMs: number, now = () => Date.now()) {
  const windows = new Map<string, { start: number; count: number }>();

  function current(key: string) {
    const w = windows.get(key);
    if (!w || now() - w.start >= windowMs) return undefined;
    return w;
  }

  return {
    /** Seconds until the key may try again, or 0 when it may try now. */
    retryAfter(key: string): number {
      const w = current(key);
      if (!w || w.count < maxAttempts) return 0;
      return Math.max(1, Math.ceil((w.start + windowMs - now()) / 1000));
    },
    /** Failures counted for the key in its current window. */
    count(key: string): number {
      return current(key)?.count ?? 0;
    },
    fail(key: string) {
      const w = current(key);
      if (w) w.count++;
      else windows.set(key, { start: now(), count: 1 });
      if (windows.size > 10_000) {
        for (const [k] of windows) if (!current(k)) windows.delete(k);
      }
    },
    reset(key: string) {
      windows.delete(key);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export type LoginLimiterOptions = {
  /** Failures one client may make against one account in a window before it gets 429. */
  maxAttempts: number;
  windowMs: number;
  /** Failures one client may make across all accounts in a window (password spraying). */
  clientMaxAttempts?: number;
  /** Failures an account may take (from anyone) before sign-ins to it are slowed down. */
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sign-in limits that an attacker cannot turn against the account's owner:
 * - a client (one address) is refused with 429 after too many failures, per account and across accounts,
 *   and only that client: the owner signing in from elsewhere is not affected;
 * - an account under attack from many addresses is slowed down, never refused: each attempt waits a delay
 *   that doubles with the account's recent failures up to `maxDelayMs`, so guessing gets expensive while the
 *   owner still gets in, a few seconds late at worst.
 */
export function createLoginLimiter(options: LoginLimiterOptions) {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? realSleep;
  const freeFailures = options.freeFailures ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 5_000;
  const perAccount = createRateLimiter(options.maxAttempts, options.windowMs, now);
  const perClient = createRateLimiter(
    options.clientMaxAttempts ?? options.maxAttempts * 5,
    options.windowMs,
    now,
  );
  // Counts only; the account is never refused, so its limit is never reached.
  const accounts = createRateLimiter(Number.POSITIVE_INFINITY, options.windowMs, now);
  const pair = (client: string, account: string) => `${client}\u0000${account}`;
  const retryAfter = (client: string, account: string) =>
    Math.max(perClient.retryAfter(client), perAccount.retryAfter(pair(client, account)));

  return {
    /** Seconds this client must wait before trying this account again; 0 when it may try now. */
    retryAfter(client: string, account: string): number {
      return retryAfter(clientKey(client), account);
    },
    /** The slow-down for the next attempt on the account, from its recent failures from any client. */
    delayMs(account: string): number {
      const extra = accounts.count(account) - freeFailures;
      if (extra < 0) return 0;
      return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(extra, 30));
    },
    /** Waits the account's slow-down; returns the milliseconds waited. */
    async slowDown(account: string): Promise<number> {
      const ms = this.delayMs(account);
      if (ms > 0) await sleep(ms);
      return ms;
    },
    fail(client: string, account: string) {
      const key = clientKey(client);
      perClient.fail(key);
      perAccount.fail(pair(key, account));
      accounts.fail(account);
    },
    /** The owner proved the password: this client's count for the account and the slow-down start over. */
    succeed(client: string, account: string) {
      perAccount.reset(pair(clientKey(client), account));
      accounts.reset(account);
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;

/**
 * One IPv6 host usually holds a whole /64 and can send from any address in it, so an IPv6 client is
 * counted by its /64; IPv4 addresses and anything else count as they are.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A 429 that carries its wait; the route sets Retry-After from it. */
export class RetryLater extends AppError {
  constructor(
    readonly seconds: number,
    message: string,
  ) {
    super('rate_limited', message);
  }
}

export function tooManyAttempts(wait: number) {
  return new RetryLater(
    wait,
    say({
      ja: `試行回数が多すぎます。${wait} 秒後にお試しください`,
      en: `Too many attempts; try again in ${wait} s`,
    }),
  );
}
