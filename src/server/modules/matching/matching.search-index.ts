// The in-memory matching index of this process, kept current without a rebuild per request and correct
// with several processes on one PostgreSQL database:
// - needs and seeds: every write bumps matching_version in its transaction and stamps the rows with it;
//   before matching, a process compares its version with the stored one and reads only the rows stamped
//   since (plus the id lists, to drop deleted posts). The version row is locked until commit, so versions
//   are committed in order and none is skipped. A lower stored version (a restored database) rebuilds.
// - organisation profiles (another module's table): a cheap signature (count, latest update) checked at most
//   every few seconds; when it moves, the profiles whose update time changed are re-read, and those whose
//   running of a published facility (incubation's table) changed.

import { createMatchIndex, type MatchIndex, organizationDoc, postDoc } from '../../../core/matching/index.ts';
import type { Db } from '../../db/client.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import {
  allPostIds,
  currentVersion,
  facilityOperators,
  organizationSignature,
  organizationStamps,
  organizationsById,
  type PostRow,
  postsById,
  postsInRevisions,
} from './matching.queries.ts';

const ORG_CHECK_MS = 2000;

type Owner = { roles: string[]; lat: number | null; lng: number | null; country: string | null };

export type MatchingRuntime = {
  index: MatchIndex;
  refresh(): Promise<void>;
};

const runtimes = new WeakMap<Db, MatchingRuntime>();

/** One per database handle, i.e. per process (and per test file). */
export function matchingRuntime(db: Db, ref: ReferenceData): MatchingRuntime {
  let runtime = runtimes.get(db);
  if (!runtime) {
    runtime = createRuntime(db, ref);
    runtimes.set(db, runtime);
  }
  return runtime;
}

/** A fresh runtime: what a second server process would hold (exported for the cross-process test). */
export function createRuntime(db: Db, ref: ReferenceData): MatchingRuntime {
  const indexOptions = {
    glossary: ref.glossaryEntries,
    synonyms: ref.synonymEntries,
    codeNotes: [...ref.technologies.values()],
  };
  let index = createMatchIndex(indexOptions);
  // `epoch:version` of the stored row when this index was last brought up to date; '' before the first.
  let version = '';
  let revision = -1;
  let orgSignature = '';
  let orgCheckedAt = 0;
  const orgUpdated = new Map<string, number>();
  // The organisations indexed as running a published facility (documents.ts FACILITY_CODES).
  let operators = new Set<string>();
  const owners = new Map<string, Owner>();
  const postOwner = new Map<string, string>();
  let pending: Promise<void> | undefined;
  const label = (code: string) => ref.technologies.get(code)?.label;

  const indexPost = (row: PostRow) => {
    const owner = owners.get(row.organizationId) ?? { roles: [], lat: null, lng: null, country: null };
    postOwner.set(row.id, row.organizationId);
    index.upsert(
      postDoc(
        {
          id: row.id,
          key: row.key,
          kind: row.kind,
          organizationId: row.organizationId,
          title: row.title,
          body: row.body,
          technologies: row.technologies,
          seeksRoles: row.seeksRoles,
          location: row.location,
          visibility: row.visibility as 'public',
          expiresAt: row.expiresAt,
          closed: row.status !== 'open',
        },
        owner,
      ),
    );
  };

  async function syncOrganizations(force: boolean) {
    const now = Date.now();
    if (!force && now - orgCheckedAt < ORG_CHECK_MS) return;
    orgCheckedAt = now;
    const signature = await organizationSignature(db);
    if (signature === orgSignature) return;
    const stamps = await organizationStamps(db);
    const nowOperating = await facilityOperators(db);
    const seen = new Set<string>();
    const changed: string[] = [];
    for (const s of stamps) {
      seen.add(s.id);
      if (orgUpdated.get(s.id) !== s.updatedAt.getTime() || operators.has(s.id) !== nowOperating.has(s.id))
        changed.push(s.id);
    }

    for (const id of orgUpdated.keys()) {
      if (!seen.has(id)) {
        index.remove(id);
        orgUpdated.delete(id);
        owners.delete(id);
      }
    }
    for (let i = 0; i < changed.length; i += 2000) {
      const rows = await organizationsById(db, changed.slice(i, i + 2000));
      for (const o of rows) {
        orgUpdated.set(o.id, o.updatedAt.getTime());
        owners.set(o.id, { roles: o.roles, lat: o.lat, lng: o.lng, country: o.country });
        index.upsert(
          organizationDoc(
            { ...o, description: o.description, operatesFacilities: nowOperating.has(o.id) },
            label,
          ),
        );
      }
    }
    // A changed profile changes its posts' roles and place: re-index them from the database.
    if (changed.length > 0 && postOwner.size > 0) {
      const changedSet = new Set(changed);
      const affected = [...postOwner].filter(([, org]) => changedSet.has(org)).map(([id]) => id);
      if (affected.length > 0) await reindexPosts(affected);
    }
    // Recorded last: a read that failed half-way is tried again at the next check.
    operators = nowOperating;
    orgSignature = signature;
  }

  async function reindexPosts(ids: string[]) {
    for (const kind of ['need', 'seed'] as const) {
      for (const r of await postsById(db, kind, ids)) indexPost(r);
    }
  }

  async function syncPosts(stored: string) {
    if (stored === version) return;
    const [epoch, value] = stored.split(':');
    const storedRevision = Number(value);
    if (epoch !== version.split(':')[0] || storedRevision < revision) {
      // A new epoch (the row was recreated: a restored or emptied database): start again.
      index = createMatchIndex(indexOptions);
      orgUpdated.clear();
      operators = new Set();
      owners.clear();
      postOwner.clear();
      orgSignature = '';
      revision = -1;
      await syncOrganizations(true);
    }
    const since = revision;
    for (const kind of ['need', 'seed'] as const) {
      for (const r of await postsInRevisions(db, kind, since, storedRevision)) indexPost(r);
    }
    const ids = await allPostIds(db);
    for (const id of [...postOwner.keys()]) {
      if (!ids.has(id)) {
        index.remove(id);
        postOwner.delete(id);
      }
    }
    version = stored;
    revision = storedRevision;
  }

  async function doRefresh() {
    const stored = await currentVersion(db);
    // Any post write is also a good moment to look at the profiles, whatever the throttle says.
    await syncOrganizations(stored !== version);
    await syncPosts(stored);
  }

  return {
    get index() {
      return index;
    },
    async refresh() {
      // Concurrent requests share one refresh rather than racing to apply the same rows.
      pending ??= doRefresh().finally(() => {
        pending = undefined;
      });
      await pending;
    },
  };
}
