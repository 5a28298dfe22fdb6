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
 * proportion to its length (already bounded by the body limit) and no stack at all. Fed piece by piece (a body
 * as it arrives), it carries its place across pieces: the depth, and whether it is inside a string or just
 * after a backslash there.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit = maxJsonDepth) {}

  /**
   * Scans the next piece, text or UTF-8 bytes; true once the depth has passed the limit. Bytes can be scanned
   * undecoded: the characters that count are ASCII, and no byte of a multi-byte UTF-8 character is ASCII.
   */
  feed(piece: string | Uint8Array): boolean {
    let { depth, inString, escaped } = this;
    const n = piece.length;
    const text = typeof piece === 'string' ? piece : undefined;
    const bytes = typeof piece === 'string' ? undefined : piece;
    let exceeded = false;
    for (let i = 0; i < n; i++) {
      const ch = text ? text.charCodeAt(i) : bytes![i]!;
      if (inString) {
        // A backslash escapes the next character, whatever it is.
        if (escaped) escaped = false;
        else if (ch === 0x5c /* \ */) escaped = true;
        else if (ch === 0x22 /* " */) inString = false;
      } else if (ch === 0x22) {
        inString = true;
      } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
        if (++depth > this.limit) {
          exceeded = true;
          break;
        }
      } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
        depth--;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return exceeded;
  }
}

export function jsonDepthExceeds(text: string, limit = maxJsonDepth): boolean {
  return new JsonDepthScanner(limit).feed(text);
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
 * Reads a JSON request body as it arrives and parses it once. The bytes are scanned for depth on the way in, so
 * a body nested too deep is refused at the chunk that goes too deep, without reading on; the size limit is the
 * body stream's own (lib/body-limit.ts: a declared length is checked before, a chunked body errors at the first
 * byte past the limit). The bytes are decoded once at the end, and the text is dropped as soon as it is parsed:
 * Hono's `c.req.text()`, used before, kept it cached on the request for as long as the request lasted (a whole
 * import), beside the parsed value. Not a streaming parse: `JSON.parse` needs the whole text (docs/architecture.md,
 * "Imports").
 */
export async function readJsonBody(body: ReadableStream<Uint8Array> | null): Promise<unknown> {
  let bytes: Uint8Array | undefined = body ? await readBytes(body) : undefined;
  // Decoded as `Response.text()` decodes (a leading byte-order mark dropped, bad bytes replaced).
  let text: string | undefined = bytes ? new TextDecoder().decode(bytes) : '';
  bytes = undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw malformedJson(err instanceof Error ? err.message : 'not JSON');
  } finally {
    text = undefined;
  }
}

async function readBytes(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = body.getReader();
  const depth = new JsonDepthScanner();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (depth.feed(value)) throw tooDeep();
      chunks.push(value);
    }
  } finally {
    // Not cancelled: cancelling the request's stream destroys the socket, and the answer with it.
    reader.releaseLock();
  }
}

/**
 * Put on every route with a JSON body (lib/http.ts#createRouter does it), after the route's access gate and
 * before its validators: a body that is not declared JSON is a 415 naming the header, and a JSON body is read
 * once (`readJsonBody`: depth checked as it arrives, parsed at the end, no copy kept), so the validator reads the parsed
 * value from the request's cache.
 */
export function jsonBodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (!isJsonContentType(type)) throw unsupportedMediaType(type);
    const value = await readJsonBody(c.req.raw.body);
    // Hono's validator reads `c.req.json()`, which answers from this cache instead of the spent stream.
    c.req.bodyCache.json = Promise.resolve(value);
    await next();
  };
}
