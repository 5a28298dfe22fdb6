import type { MiddlewareHandler } from 'hono';
import { AppError, invalidFields } from './errors.ts';
import { say } from './locale.ts';

/**
 * Deeper than any body the API takes (a bundle or a survey definition nests fewer than 10 levels), and far
 * below what the parser and the recursive checks after it survive: 10,000 nested arrays threw a RangeError.
 */
export const maxJsonDepth = 64;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/** Whether a Content-Type header names JSON (parameters such as charset allowed). */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && jsonMediaType.test(header.split(';')[0]!.trim());
}

export const unsupportedMediaType = (got: string | undefined) =>
  new AppError(
    'unsupported_media_type',
    say({
      ja: 'リクエストの本文は JSON（Content-Type: application/json）で送ってください',
      en: 'Send the request body as JSON (Content-Type: application/json)',
    }),
    [
      {
        path: 'header.content-type',
        message: got
          ? say({ ja: `${got} は受け付けません`, en: `${got} is not accepted` })
          : say({ ja: '指定がありません', en: 'missing' }),
      },
    ],
  );

export const malformedJson = (reason: string) =>
  new AppError(
    'bad_request',
    say({ ja: 'リクエストを読み取れません', en: 'Malformed JSON in request body' }),
    [{ path: 'body', message: say({ ja: `JSON として読み取れません（${reason}）`, en: reason }) }],
  );

export const tooDeep = () =>
  invalidFields([
    {
      path: 'body',
      message: say({
        ja: `入れ子が深すぎます（${maxJsonDepth} 段まで）`,
        en: `nested more than ${maxJsonDepth} levels deep`,
      }),
    },
  ]);

/**
 * The depth of the deepest array or object in JSON text, counted without parsing and given up on as soon
 * as it passes `limit`: one pass over the characters, skipping strings, so a hostile body costs time in
 * proportion to its length (already bounded by the body limit) and no stack at all.
 */
export function jsonDepthExceeds(text: string, limit = maxJsonDepth): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      // Skip the string; a backslash escapes the next character, whatever it is.
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
    } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

/** `JSON.parse` for text from outside: refuses bodies nested deeper than `maxJsonDepth` before parsing. */
export function parseJsonBounded(text: string): unknown {
  if (jsonDepthExceeds(text)) throw tooDeep();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw malformedJson(err instanceof Error ? err.message : 'not JSON');
  }
}

/**
 * Put on every route with a JSON body (lib/http.ts#createRouter does it), after the route's access gate and
 * before its validators: a body that is not declared JSON is a 415 naming the header, and a JSON body is read
 * once, checked for depth, and parsed here, so the validator reads the parsed value from the request's cache.
 */
export function jsonBodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (!isJsonContentType(type)) throw unsupportedMediaType(type);
    const value = parseJsonBounded(await c.req.text());
    // Hono's validator reads `c.req.json()`, which answers from this cache instead of the spent stream.
    c.req.bodyCache.json = Promise.resolve(value);
    await next();
  };
}
