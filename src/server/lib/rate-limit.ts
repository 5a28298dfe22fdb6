/**
 * A fixed-window counter in memory. Login attempts are the only use; one process per data directory
 * (PGlite) or a few behind a balancer (PostgreSQL) makes a per-process limit good enough.
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
      return Math.ceil((w.start + windowMs - now()) / 1000);
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
