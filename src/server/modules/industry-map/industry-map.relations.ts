import { z } from '@hono/zod-openapi';
import { relationTypes } from '../../../core/industry-map/index.ts';
import type { Db } from '../../db/client.ts';
import { type ErrorDetail, formatPath } from '../../lib/errors.ts';
import { findUnstorableText, sourceSchema } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { expectedArray, sayError, unknownValue } from '../../lib/messages.ts';
import { selectRelationsByKey, upsertRelationBatch } from './industry-map.queries.ts';

// A date or a prefix of one: "since 2024" is how most partnerships are announced.
const partialDate = z.string().regex(
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  sayError({
    ja: '日付（YYYY、YYYY-MM、YYYY-MM-DD のいずれか）',
    en: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

/** A relation as the bundle carries it: organisation keys at both ends (DESIGN.md §4, `relations`). */
export const relationInputSchema = z
  .object({
    from: z.string().min(1).max(100),
    to: z.string().min(1).max(100),
    type: z.enum(relationTypes),
    since: partialDate.optional(),
    source: sourceSchema.optional(),
  })
  .strict()
  .openapi('RelationInput');

export type RelationInput = z.infer<typeof relationInputSchema>;

type ParsedRelation = { index: number; relation: RelationInput };

/** The shape of each item of the `relations` section; references are checked by `relationReferenceErrors`. */
export function parseRelations(raw: unknown): { parsed: ParsedRelation[]; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  if (raw === undefined) return { parsed: [], errors };
  if (!Array.isArray(raw)) return { parsed: [], errors: [{ path: 'relations', message: expectedArray() }] };
  const parsed: ParsedRelation[] = [];
  raw.forEach((item, i) => {
    const r = relationInputSchema.safeParse(item);
    if (!r.success) {
      for (const issue of r.error.issues)
        errors.push({ path: formatPath(['relations', i, ...issue.path]), message: issue.message });
      return;
    }
    const unstorable = findUnstorableText(r.data, ['relations', i]);
    if (unstorable) errors.push(unstorable);
    else parsed.push({ index: i, relation: r.data });
  });
  return { parsed, errors };
}

export const relationEndKeys = (parsed: ParsedRelation[]) => [
  ...new Set(parsed.flatMap(({ relation }) => [relation.from, relation.to])),
];

/**
 * Both ends known (in the bundle or already stored), no self-links, one relation per (from, to, type).
 * Errors carry paths like `relations[2].to`.
 */
export function relationReferenceErrors(parsed: ParsedRelation[], known: ReadonlySet<string>): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const firstIndex = new Map<string, number>();
  for (const { index, relation } of parsed) {
    const at = (field: string) => `relations[${index}].${field}`;
    for (const end of ['from', 'to'] as const) {
      if (!known.has(relation[end]))
        errors.push({ path: at(end), message: unknownValue('organisation', relation[end]) });
    }
    if (relation.from === relation.to)
      errors.push({
        path: at('to'),
        message: say({
          ja: '組織を自分自身と関係づけることはできません',
          en: 'an organisation cannot be related to itself',
        }),
      });
    const id = `${relation.from}|${relation.to}|${relation.type}`;
    const seen = firstIndex.get(id);
    if (seen !== undefined)
      errors.push({
        path: `relations[${index}]`,
        message: say({
          ja: `関係が重複しています（最初は relations[${seen}]）`,
          en: `duplicate relation (first at relations[${seen}])`,
        }),
      });
    else firstIndex.set(id, index);
  }
  return errors;
}

export type RelationCounts = { created: number; updated: number; unchanged: number; total: number };

/**
 * Upserts by (from, to, type), resolving keys in SQL. A relation whose date and source are unchanged is
 * not rewritten, so a second import of the same bundle reports it unchanged.
 */
export async function upsertRelations(
  tx: Db,
  list: RelationInput[],
  batchSize = 1000,
): Promise<RelationCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0, total: list.length };
  for (let i = 0; i < list.length; i += batchSize) {
    const rows = list.slice(i, i + batchSize).map((r) => ({
      from_key: r.from,
      to_key: r.to,
      type: r.type,
      since: r.since ?? null,
      source: r.source ?? null,
    }));
    for (const r of await upsertRelationBatch(tx, rows)) r.inserted ? counts.created++ : counts.updated++;
  }
  counts.unchanged = counts.total - counts.created - counts.updated;
  return counts;
}

/** The relations between exported organisations, in bundle form and a stable order. */
export async function exportRelations(db: Db, keys: ReadonlySet<string>): Promise<RelationInput[]> {
  const rows = await selectRelationsByKey(db);
  return rows
    .filter((r) => keys.has(r.from) && keys.has(r.to))
    .map((r) => ({
      from: r.from,
      to: r.to,
      type: r.type,
      ...(r.since ? { since: r.since } : {}),
      ...(r.source ? { source: r.source } : {}),
    }));
}
