/**
 * The language a request asked for (`Accept-Language`: Japanese or English), for the messages the server
 * writes itself. Validation messages follow it: zod's own Japanese and English texts, chosen per request.
 * Messages written out in the code use `say({ ja, en })` (schemas through `lib/messages.ts`); core code words
 * its own as `{ ja, en }` labels, which the server says here. Only operators' start-up errors stay English.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';

export type Lang = 'ja' | 'en';

const current = new AsyncLocalStorage<Lang>();

/** The request's language; English outside a request (the CLI, background work) and by default. */
export function requestLang(): Lang {
  return current.getStore() ?? 'en';
}

/** The preferred of Japanese and English in an Accept-Language header, by q-value then order. */
export function langOf(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang =
      tag === 'ja' || tag.startsWith('ja-') ? 'ja' : tag === 'en' || tag.startsWith('en-') ? 'en' : null;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'en';
}

const zodMessages = { ja: z.locales.ja().localeError, en: z.locales.en().localeError };
// zod words a missing field as a type error ("expected string, received undefined"); people read "required".
const required = { ja: '入力してください', en: 'Required' };

function validationMessage(issue: Parameters<typeof zodMessages.en>[0]) {
  const lang = requestLang();
  if (issue.code === 'invalid_type' && issue.input === undefined) return required[lang];
  return zodMessages[lang](issue);
}

/** A message the code writes itself, in the request's language. */
export function say(text: { ja: string; en: string }): string {
  return text[requestLang()];
}
let configured = false;

/** Runs each request in its language and has zod word its messages in it (configured once per process). */
export function localeMiddleware(): MiddlewareHandler {
  if (!configured) {
    z.config({ localeError: validationMessage });
    configured = true;
  }
  return (c, next) => current.run(langOf(c.req.header('accept-language')), next);
}
