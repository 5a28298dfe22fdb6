import { z } from '@hono/zod-openapi';
import { say } from './locale.ts';
import { createRateLimiter, type RateLimiter, RetryLater } from './rate-limit.ts';

// The platform's anonymous writes (the desk's consultation form, residents' questions and follows) share one
// defence: a per-client count in the process, like the sign-in limiter, and a honeypot field.

/** Submissions one client may send through one public form per hour. */
export const publicFormLimit = { perWindow: 5, windowMs: 60 * 60 * 1000 };

/** A limiter for one public form, on the app's clock so tests can move past the window. */
export const createPublicFormLimiter = (now: () => Date) =>
  createRateLimiter(publicFormLimit.perWindow, publicFormLimit.windowMs, () => now().getTime());

/** The honeypot: hidden from people by the form, filled in by bots that fill in every field. */
export const honeypotField = z
  .string()
  .max(2000)
  .optional()
  .openapi({ description: 'Leave empty (spam trap)' });

/**
 * Counts one submission from the client and says whether to store it. Every submission counts, the honeypot's
 * too, so a bot gains nothing by retrying; a caught one must be answered exactly like a stored one (a 400
 * would tell the bot which field gave it away, and it would learn to leave it empty).
 */
export function admitPublicSubmission(limiter: RateLimiter, client: string, trap: string | undefined) {
  const wait = limiter.retryAfter(client);
  if (wait > 0)
    throw new RetryLater(
      wait,
      say({
        ja: `送信が多すぎます。${wait} 秒後にお試しください`,
        en: `Too many submissions from here; try again in ${wait} s`,
      }),
    );
  limiter.fail(client);
  return !trap?.trim();
}
