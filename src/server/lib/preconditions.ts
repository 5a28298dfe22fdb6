import { z } from '@hono/zod-openapi';
import { AppError } from './errors.ts';
import { say } from './locale.ts';
import { sayError } from './messages.ts';

/**
 * Optimistic concurrency for edited records (organisations, needs, seeds): each carries a `version` that every
 * write bumps; reads send it as the ETag and writes may send it back in If-Match.
 *
 * The ETag is strong, `"<version>"`: RFC 9110 compares If-Match strongly, so a weak tag could never satisfy it
 * for a client that follows the standard. It names the record's version; what a viewer may see of one version
 * (an anonymous post's owner) can differ by viewer, which is why these responses are `private` to caches.
 * If-Match is still compared by the opaque tag, accepting `W/"<version>"` too: a compressing proxy (nginx with
 * gzip) weakens strong tags on the way out, and the version, not the bytes, is what the check is about.
 *
 * A missing If-Match is allowed, for API clients written before versions existed (the web app always sends
 * it); the write then locks the row, so two PATCHes of different fields still both land. A malformed one is a
 * 400, never ignored: a client that meant to guard its write must learn that it did not.
 */

// RFC 9110 §8.8.3 / §13.1.1: "*" or a comma-separated list of entity tags, each [W/]"<etagc*>".
const entityTag = String.raw`(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"`;
const ifMatchPattern = new RegExp(String.raw`^\s*(?:\*|${entityTag}(?:\s*,\s*${entityTag})*)\s*$`);

/** The If-Match request header, as routes declare it (validated: a malformed value is a 400 on header.if-match). */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(
      ifMatchPattern,
      sayError({
        ja: 'If-Match は "*" か ETag（例 "3"）の並びで指定してください',
        en: 'If-Match must be "*" or a list of entity tags such as "3"',
      }),
    )
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header' },
      description:
        'The ETag of the version this edit is based on ("3"); a write over a newer version is refused with 412. ' +
        'Optional for compatibility; the web app always sends it.',
      example: '"3"',
    }),
});

/** What a request asks of the record's version: nothing, any version ("*"), or one of these tags. */
export type IfMatch = undefined | { any: true } | { tags: string[] };

export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { any: true };
  const tags = header.match(new RegExp(entityTag, 'g')) ?? [];
  return { tags: tags.map((t) => t.replace(/^W\//, '').slice(1, -1)) };
}

/** The ETag of a record's version. */
export const etag = (version: number) => `"${version}"`;

/** The headers a read or a write of a versioned record answers with. */
export const versionHeaders = (version: number) => ({
  ETag: etag(version),
  'Cache-Control': 'private, no-cache',
});

/** How routes document the ETag they answer with. */
export const versionHeaderDocs = {
  ETag: {
    description: 'The version of the record, "<version>" (strong); send it back in If-Match when editing',
    schema: { type: 'string' as const, example: '"3"' },
  },
};

/** Refuses the write when the record moved on since the version the client based its edit on. */
export function checkIfMatch(ifMatch: IfMatch, version: number): void {
  if (ifMatch === undefined || 'any' in ifMatch || ifMatch.tags.includes(String(version))) return;
  throw new AppError(
    'precondition_failed',
    say({
      ja: 'この記録は、あなたが開いた後に別の人によって変更されました。再読み込みして最新の内容を確認してください',
      en: 'Someone else changed this record after you opened it; reload to see the current version',
    }),
    [
      {
        path: 'header.if-match',
        message: say({
          ja: `現在の版は ${etag(version)} です`,
          en: `the current version is ${etag(version)}`,
        }),
      },
    ],
  );
}
