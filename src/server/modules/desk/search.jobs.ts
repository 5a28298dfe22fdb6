import { indexTerms } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { setSearchTerms, unindexedConsultations } from './search.queries.ts';

// Consultations written before the desk's search (search_terms null) are indexed here, a batch per run, with
// their answers; new ones are indexed as they are written. Idempotent: a case is written once, guarded by
// `search_terms is null`.

const batch = 500;

/** Indexes up to `limit` cases; the count indexed. */
export async function indexConsultations(db: Db, limit = batch) {
  let indexed = 0;
  for (const row of await unindexedConsultations(db, limit)) {
    if (await setSearchTerms(db, row.id, indexTerms([row.companyName, row.message, ...row.answers])))
      indexed++;
  }
  return indexed;
}

/** Every ten minutes, run by the server's scheduler (lib/scheduler.ts) under its per-job lock. */
export const searchIndexJob: BackgroundJob = {
  name: 'desk.search-index',
  everyMs: 10 * 60_000,
  run: (ctx) => indexConsultations(ctx.db),
};
