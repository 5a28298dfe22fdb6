import { parseQuery } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import { invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import type { ConsultationScope } from './desk.queries.ts';
import { searchConsultationRows } from './search.queries.ts';
import type { SearchQuery } from './search.schemas.ts';

// Search over past consultations, with the same reach as the queue: coordinators all, a member its own
// organisation's, a partner only the cases referred to it. Notes for staff are not indexed (only the message,
// the company and the answers, which everyone who sees the case reads), so a hit shows nothing hidden.

export type SearchCtx = { db: Db; reference: ReferenceData };

function scopeOf(user: AuthUser): ConsultationScope | undefined {
  if (user.role === 'admin') return { all: true };
  if (!user.organizationId) return undefined;
  if (user.role === 'member') return { organizationId: user.organizationId };
  if (user.role === 'agency') return { partnerId: user.organizationId };
  return undefined;
}

export async function searchConsultations(ctx: SearchCtx, user: AuthUser, query: SearchQuery) {
  const groups = parseQuery(query.q, ctx.reference.glossary);
  if (!groups.length)
    throw invalidFields([
      { path: 'query.q', message: say({ ja: '検索できる語がありません', en: 'no words to search for' }) },
    ]);
  const scope = scopeOf(user);
  if (!scope) return { items: [], total: 0, capped: false };
  const { rows, total, capped } = await searchConsultationRows(ctx.db, scope, groups, query);
  return {
    items: rows.map((row) => ({
      id: row.id,
      topic: row.topic as 'other',
      status: row.status as 'new',
      language: row.language as 'ja',
      companyName: row.companyName,
      excerpt: row.message.length > 200 ? `${row.message.slice(0, 199)}…` : row.message,
      receivedAt: row.receivedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      answered: row.firstAnsweredAt !== null,
    })),
    total,
    capped,
  };
}
