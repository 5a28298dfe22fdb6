// The directory's facets in memory, one copy per process, kept current without a reload per write and
// correct with several processes on one PostgreSQL database (the way the matching index is kept):
// - every write to organisations or relations moves `data_versions.token` (statement triggers, migration
//   0002); reading the token is one primary-key lookup, so an unchanged directory costs nothing more;
// - every row written is stamped with its transaction's directory revision (migration 0004), taken in
//   commit order, so after a change the snapshot reads only the rows stamped since the revision it holds;
// - deletions stamp nothing: a deleting statement moves `data_versions.deletions`, and then the ids are
//   compared;
// - a new epoch (the version row was recreated: an emptied or restored database) or a lower revision
//   starts again from nothing.
// Views derived from one version (an aggregate, the map's points) are memoised until the token moves;
// needs move the token too, so the gap view's need counts follow them.

import { sql } from 'drizzle-orm';
import {
  type CodeTable,
  codePositions,
  codeTable,
  type FacetOrganization,
  type FacetRelation,
} from '../../core/industry-map/facets.ts';
import { regionOf } from '../../core/industry-map/regions.ts';
import { type Db, resultRows } from '../db/client.ts';
import type { ReferenceData } from './reference-data.ts';

export type DirectorySnapshot = {
  /** Changes with every write to organisations, relations or needs. */
  readonly version: string;
  /** The taxonomy positions the records' `own` and `counted` codes refer to. */
  readonly table: CodeTable;
  readonly byId: ReadonlyMap<string, FacetOrganization>;
  readonly byKey: ReadonlyMap<string, FacetOrganization>;
  readonly relations: ReadonlyMap<string, FacetRelation>;
  /** Every organisation by sort name, then key: sorted once, later edits placed into it. */
  inNameOrder(): readonly FacetOrganization[];
  /** A value derived from this version, computed once; concurrent callers share the computation. */
  memo<T>(key: string, compute: () => T | Promise<T>): Promise<T>;
};

export type DirectoryFacets = { current(): Promise<DirectorySnapshot> };

type Head = { token: string; revision: number; epoch: string; deletions: number };
type OrganizationFacetRow = Omit<FacetOrganization, 'region' | 'own' | 'counted'>;

const MEMO_ENTRIES = 200;
// The map's points are up to 20 MB per filter and viewer at 100,000 organisations: bound what they may hold.
const MEMO_BYTES = 256 * 1024 * 1024;
const sizeOf = (value: unknown) =>
  value instanceof Uint8Array ? value.byteLength : typeof value === 'string' ? value.length * 2 : 0;
// Repeated values (codes, kinds, prefectures) share one string instead of one copy per organisation.
const pool = new Map<string, string>();
function intern(s: string): string {
  const known = pool.get(s);
  if (known !== undefined) return known;
  pool.set(s, s);
  return s;
}
const internAll = (list: string[]) => list.map(intern);
const nullable = (s: string | null) => (s === null ? null : intern(s));

// Every field written out in one literal: spreading the driver's row objects gave records in V8's slow
// dictionary mode, and every view ran several times slower over them.
function toFacet(r: OrganizationFacetRow, table: CodeTable): FacetOrganization {
  const { own, counted } = codePositions(r.technologies, table);
  return {
    id: r.id,
    key: r.key,
    sortName: r.sortName,
    name: r.name,
    kind: intern(r.kind),
    roles: internAll(r.roles),
    technologies: internAll(r.technologies),
    clusters: internAll(r.clusters),
    memberships: internAll(r.memberships),
    country: nullable(r.country),
    prefecture: nullable(r.prefecture),
    city: r.city,
    lat: r.lat,
    lng: r.lng,
    published: r.published,
    region: regionOf(r.country, r.prefecture),
    own,
    counted,
  };
}

// The database's order for sort_name (COLLATE "C", code points). UTF-16 comparison differs from it only for
// characters beyond U+FFFF against U+E000–U+FFFF, which NFKC-normalised names all but never hold.
const byName = (a: FacetOrganization, b: FacetOrganization) =>
  a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Where `o` goes in a list in name order (binary search). */
function positionOf(list: readonly FacetOrganization[], o: FacetOrganization): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byName(list[mid]!, o) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Sorting 100,000 names takes 0.2 s; a few edits are placed by binary search instead, more are re-sorted.
const PLACE_LIMIT = 1000;

async function readHead(db: Db): Promise<Head | undefined> {
  const [row] = resultRows<Head>(
    await db.execute(sql`
      select token, revision::float8 as revision, epoch::text as epoch, deletions::float8 as deletions
      from data_versions where name = 'directory'`),
  );
  return row;
}

export function createDirectoryFacets(db: Db, reference: ReferenceData): DirectoryFacets {
  const table = codeTable(reference.technologies.values());
  const byId = new Map<string, FacetOrganization>();
  const byKey = new Map<string, FacetOrganization>();
  const relations = new Map<string, FacetRelation>();
  let head: Head = { token: '', revision: -1, epoch: '', deletions: -1 };
  let snapshot: DirectorySnapshot | undefined;
  // Name order is sorted when first asked for; later edits are placed into it (see PLACE_LIMIT).
  let ordered: FacetOrganization[] | undefined;
  // At most one refresh runs (they share the maps), and at most one more waits behind it.
  let running: Promise<DirectorySnapshot> | undefined;
  let queued: Promise<DirectorySnapshot> | undefined;

  function putOrganization(o: FacetOrganization, place: boolean) {
    const old = byId.get(o.id);
    // Its old key is dropped unless another organisation of this batch has taken it already.
    if (old && old.key !== o.key && byKey.get(old.key) === old) byKey.delete(old.key);
    byId.set(o.id, o);
    byKey.set(o.key, o);
    if (!place || !ordered) return;
    if (old) {
      const at = positionOf(ordered, old);
      // Not where expected (a key moved between organisations in one batch): sort again when asked.
      if (ordered[at] !== old) {
        ordered = undefined;
        return;
      }
      ordered.splice(at, 1);
    }
    ordered.splice(positionOf(ordered, o), 0, o);
  }

  function dropMissing<T>(map: Map<string, T>, ids: Set<string>, onDrop?: (value: T) => void) {
    for (const [id, value] of map) {
      if (ids.has(id)) continue;
      map.delete(id);
      onDrop?.(value);
    }
  }

  /** Reads what changed since the revision held (everything after a new epoch); changes nothing yet. */
  async function readChanges(tx: Db, stored: Head) {
    const restart = stored.epoch !== head.epoch || stored.revision < head.revision;
    const since = restart ? -1 : head.revision;
    const orgs = resultRows<OrganizationFacetRow>(
      await tx.execute(sql`
        select id, key, sort_name as "sortName", name, kind, roles, technologies, clusters, memberships,
          country, prefecture, city, lat, lng, published
        from organizations where revision > ${since}`),
    );
    const rels = resultRows<FacetRelation>(
      await tx.execute(sql`
        select id, from_id as "from", to_id as "to", type, since, source
        from relations where revision > ${since}`),
    );
    const ids = async (table: 'organizations' | 'relations') =>
      new Set(
        resultRows<{ id: string }>(await tx.execute(sql`select id from ${sql.raw(table)}`)).map((r) => r.id),
      );
    const deletions =
      !restart && stored.deletions !== head.deletions
        ? { organizations: await ids('organizations'), relations: await ids('relations') }
        : undefined;
    return { restart, orgs, rels, deletions };
  }

  /**
   * Applies the changes in one synchronous block: a request still computing on the previous snapshot (the
   * maps are shared) sees either all of them or none, never a half-applied directory.
   */
  function applyChanges({ restart, orgs, rels, deletions }: Awaited<ReturnType<typeof readChanges>>) {
    if (restart) {
      byId.clear();
      byKey.clear();
      relations.clear();
      ordered = undefined;
    }
    const place = orgs.length <= PLACE_LIMIT;
    for (const r of orgs) putOrganization(toFacet(r, table), place);
    if (!place) ordered = undefined;
    for (const r of rels) {
      const type = intern(r.type) as FacetRelation['type'];
      relations.set(r.id, { id: r.id, from: r.from, to: r.to, type, since: r.since, source: r.source });
    }
    if (deletions) {
      dropMissing(byId, deletions.organizations, (o) => {
        // A deleted organisation's key may already belong to another one read in this batch.
        if (byKey.get(o.key) === o) byKey.delete(o.key);
      });
      ordered = ordered?.filter((o) => byId.get(o.id) === o);
      dropMissing(relations, deletions.relations);
    }
  }

  // The maps are shared and updated in place: views read them synchronously, so no refresh interleaves.
  function freeze(version: string): DirectorySnapshot {
    const memo = new Map<string, Promise<unknown>>();
    const sizes = new Map<string, number>();
    let bytes = 0;
    const evict = (key: string) => {
      memo.delete(key);
      bytes -= sizes.get(key) ?? 0;
      sizes.delete(key);
    };
    return {
      version,
      table,
      byId,
      byKey,
      relations,
      inNameOrder: () => {
        ordered ??= [...byId.values()].sort(byName);
        return ordered;
      },
      memo<T>(key: string, compute: () => T | Promise<T>) {
        const hit = memo.get(key);
        if (hit) return hit as Promise<T>;
        // Computed now, synchronously up to its first await, on the maps as they are.
        const value = new Promise<T>((resolve) => resolve(compute()));
        memo.set(key, value);
        // Map order is insertion order: the oldest entries go first.
        value.then(
          (v) => {
            if (memo.get(key) !== value) return;
            sizes.set(key, sizeOf(v));
            bytes += sizeOf(v);
            while (bytes > MEMO_BYTES && memo.size > 1) evict(memo.keys().next().value!);
          },
          () => evict(key),
        );
        if (memo.size > MEMO_ENTRIES) evict(memo.keys().next().value!);
        return value;
      },
    };
  }

  async function refresh(): Promise<DirectorySnapshot> {
    // One consistent view: the head, the changed rows and the ids all from the same database snapshot.
    return db.transaction(
      async (tx) => {
        const stored = (await readHead(tx)) ?? { token: 'none', revision: 0, epoch: 'none', deletions: 0 };
        if (snapshot && stored.token === head.token) return snapshot;
        applyChanges(await readChanges(tx, stored));
        head = stored;
        snapshot = freeze(stored.token);
        return snapshot;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  /**
   * A refresh that starts after the caller saw the new token. A running one may have read the database
   * before that write committed, so callers arriving meanwhile share one more refresh queued behind it.
   */
  function requestRefresh(): Promise<DirectorySnapshot> {
    if (!running) {
      running = refresh().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return requestRefresh();
      });
    return queued;
  }

  return {
    async current() {
      const stored = await readHead(db);
      if (snapshot && (stored?.token ?? 'none') === head.token) return snapshot;
      return requestRefresh();
    },
  };
}
