/**
 * The industry-map aggregates over an in-memory copy of the directory's facets. A full pass over 100,000
 * organisations in SQL took 0.5–0.8 s on PostgreSQL; the same counts over compact records in memory take a
 * few milliseconds, so every view answers within its 200 ms goal even right after a write. The server keeps
 * the records current (src/server/lib/directory-snapshot.ts); everything here is pure.
 */
import type { HeatmapCount } from './heatmap.ts';
import type { NetworkLink, RelationType } from './network.ts';
import { inRegion, type RegionMatch } from './regions.ts';
import type { TaxonomyCode } from './taxonomy.ts';

/**
 * The taxonomy as the counting loops use it: codes by position, each with its parent's position (-1 for a
 * top-level area). Positions let a view count into typed arrays instead of maps keyed by strings.
 */
export type CodeTable = {
  codes: readonly string[];
  index: ReadonlyMap<string, number>;
  parent: Int32Array;
};

export function codeTable(taxonomy: Iterable<TaxonomyCode>): CodeTable {
  const list = [...taxonomy];
  const index = new Map(list.map((t, i) => [t.code, i]));
  const parent = Int32Array.from(list, (t) => (t.parent ? (index.get(t.parent) ?? -1) : -1));
  return { codes: list.map((t) => t.code), index, parent };
}

/**
 * Where an organisation's codes sit in the table: `own`, the codes it lists; `counted`, those with their
 * parents, each once, so an organisation listing two children of an area counts once for the area.
 * Codes the taxonomy does not have are left out (the import refuses them).
 */
export function codePositions(technologies: readonly string[], table: CodeTable) {
  const own: number[] = [];
  const counted: number[] = [];
  for (const code of technologies) {
    const at = table.index.get(code);
    if (at === undefined) continue;
    own.push(at);
    for (let p = at; p !== -1 && !counted.includes(p); p = table.parent[p]!) counted.push(p);
  }
  return { own: Uint16Array.from(own), counted: Uint16Array.from(counted) };
}

/** What the views count, filter, group and draw of one organisation. */
export type FacetOrganization = {
  id: string;
  key: string;
  sortName: string;
  name: { ja?: string; en?: string };
  kind: string;
  roles: string[];
  technologies: string[];
  clusters: string[];
  memberships: string[];
  country: string | null;
  prefecture: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  published: boolean;
  /** `regionOf(country, prefecture)`, worked out once when the record is read. */
  region: string;
  /** `codePositions(technologies)`, worked out once when the record is read. */
  own: Uint16Array;
  counted: Uint16Array;
};

export type FacetRelation = {
  id: string;
  from: string;
  to: string;
  type: RelationType;
  since: string | null;
  source: NetworkLink['source'];
};

/** Which organisations a view counts, already checked and with parent codes expanded to their children. */
export type MapScope = {
  published: boolean | 'any';
  cluster?: string;
  kinds: string[];
  roles: string[];
  membership?: string;
  /** Codes an organisation must list one of (a chosen parent with its children). */
  technologies: string[];
  region?: RegionMatch;
};

/** The entry for `key`, created by `make` the first time. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const overlaps = (list: readonly string[], wanted: readonly string[]) => list.some((x) => wanted.includes(x));

/** Whether any of the positions is marked. A plain loop: TypedArray#some with a callback was 5× slower. */
function anyMarked(positions: Uint16Array, mask: Uint8Array): boolean {
  for (let i = 0; i < positions.length; i++) if (mask[positions[i]!] === 1) return true;
  return false;
}

/** A mark per code position: the codes given are 1. */
function codeMask(codes: readonly string[], table: CodeTable): Uint8Array {
  const mask = new Uint8Array(table.codes.length);
  for (const code of codes) {
    const at = table.index.get(code);
    if (at !== undefined) mask[at] = 1;
  }
  return mask;
}

export type ScopeTest = {
  /** Whether the caller may see the organisation at all. */
  visible(o: FacetOrganization): boolean;
  /** Whether it passes the filters, visibility aside (the network draws both kinds of end). */
  focused(o: FacetOrganization): boolean;
  inScope(o: FacetOrganization): boolean;
};

/** The scope as tests on a record; `scopeCondition` in the industry-map queries is the same in SQL. */
export function scopeTest(s: MapScope, table: CodeTable): ScopeTest {
  const technologies = s.technologies.length ? codeMask(s.technologies, table) : null;
  const visible = (o: FacetOrganization) => s.published === 'any' || o.published === s.published;
  const focused = (o: FacetOrganization) =>
    (!s.cluster || o.clusters.includes(s.cluster)) &&
    (s.kinds.length === 0 || s.kinds.includes(o.kind)) &&
    (s.roles.length === 0 || overlaps(o.roles, s.roles)) &&
    (!s.membership || o.memberships.includes(s.membership)) &&
    (!technologies || anyMarked(o.own, technologies)) &&
    (!s.region || inRegion(s.region, o.country, o.prefecture));
  return { visible, focused, inScope: (o) => visible(o) && focused(o) };
}

/**
 * Distinct organisations per code and region (parents covering children), and per region for the totals,
 * counting only the codes in `rows` when given (a cluster's taxonomy: an area and its children are always
 * in the same cluster, so limiting the counted codes is the same as limiting the listed ones).
 */
export function countHeatmap(
  orgs: Iterable<FacetOrganization>,
  s: MapScope,
  table: CodeTable,
  rows: readonly string[] | null,
): HeatmapCount[] {
  const test = scopeTest(s, table);
  const shown = rows ? codeMask(rows, table) : null;
  const n = table.codes.length;
  // Per region, one count per code position and, at position n, the column total.
  const perRegion = new Map<string, Int32Array>();
  for (const o of orgs) {
    if (o.counted.length === 0 || !test.inScope(o)) continue;
    let cells: Int32Array | undefined;
    for (let i = 0; i < o.counted.length; i++) {
      const at = o.counted[i]!;
      if (shown && shown[at] === 0) continue;
      cells ??= entry(perRegion, o.region, () => new Int32Array(n + 1));
      cells[at]!++;
    }
    if (cells) cells[n]!++;
  }
  const out: HeatmapCount[] = [];
  for (const [region, cells] of perRegion) {
    cells.forEach((organizations, at) => {
      if (organizations > 0) out.push({ code: at === n ? null : table.codes[at]!, region, organizations });
    });
  }
  return out;
}

export const demandRoles = ['developer', 'integrator'];
export const supplyRoles = ['component-supplier', 'materials-supplier', 'services', 'research'];

export type GapSupply = { code: string; developers: number; supply: number; national: number; local: number };

/**
 * Demand and supply per code (parents covering children as in the heat map): demand is developers and
 * integrators anywhere; supply is suppliers, services and research, anywhere, in Japan and in `local`.
 */
export function countGapSupply(
  orgs: Iterable<FacetOrganization>,
  s: MapScope,
  local: RegionMatch,
  table: CodeTable,
  rows: readonly string[] | null,
): GapSupply[] {
  const test = scopeTest(s, table);
  const shown = rows ? codeMask(rows, table) : null;
  const n = table.codes.length;
  const [developers, supply, national, inLocal] = [0, 1, 2, 3].map(() => new Int32Array(n));
  for (const o of orgs) {
    const demand = overlaps(o.roles, demandRoles);
    const supplier = overlaps(o.roles, supplyRoles);
    if (!(demand || supplier) || !test.inScope(o)) continue;
    const japanese = supplier && inRegion({ kind: 'japan' }, o.country, o.prefecture);
    const isLocal = supplier && inRegion(local, o.country, o.prefecture);
    for (let i = 0; i < o.counted.length; i++) {
      const at = o.counted[i]!;
      if (shown && shown[at] === 0) continue;
      if (demand) developers![at]!++;
      if (supplier) supply![at]!++;
      if (japanese) national![at]!++;
      if (isLocal) inLocal![at]!++;
    }
  }
  const out: GapSupply[] = [];
  table.codes.forEach((code, at) => {
    if (developers![at] || supply![at])
      out.push({
        code,
        developers: developers![at]!,
        supply: supply![at]!,
        national: national![at]!,
        local: inLocal![at]!,
      });
  });
  return out;
}

/**
 * Organisations with the capability, by role (`none` for those naming no role): each role's first `limit`
 * in the order given (the caller passes name order) and its full count, the distinct total, and how many
 * have several roles.
 */
export function collectSupplyChain(
  orgs: Iterable<FacetOrganization>,
  s: MapScope,
  table: CodeTable,
  limit: number,
) {
  const test = scopeTest(s, table);
  const columns = new Map<string, { total: number; organizations: FacetOrganization[] }>();
  let organizations = 0;
  let multiRole = 0;
  for (const o of orgs) {
    if (!test.inScope(o)) continue;
    organizations++;
    if (o.roles.length > 1) multiRole++;
    for (const role of o.roles.length ? o.roles : ['none']) {
      const column = entry(columns, role, () => ({ total: 0, organizations: [] as FacetOrganization[] }));
      column.total++;
      if (column.organizations.length < limit) column.organizations.push(o);
    }
  }
  const rows = [...columns].flatMap(([role, c]) =>
    c.organizations.map((organization) => ({ role, total: c.total, organization })),
  );
  return { rows, organizations, multiRole };
}

/**
 * Links whose both ends are visible and, when the scope narrows the graph (`focused`), at least one end
 * passes the filters: stated relations of the chosen types, and the memberships organisations list
 * (member → association, when the association is in the directory).
 */
export function collectNetworkLinks(
  byId: ReadonlyMap<string, FacetOrganization>,
  byKey: ReadonlyMap<string, FacetOrganization>,
  relations: Iterable<FacetRelation>,
  test: ScopeTest,
  types: readonly RelationType[],
  focused: boolean,
) {
  const keep = (f: FacetOrganization | undefined, t: FacetOrganization | undefined) =>
    !!f && !!t && test.visible(f) && test.visible(t) && (!focused || test.focused(f) || test.focused(t));
  const out: { relations: NetworkLink[]; memberships: NetworkLink[] } = { relations: [], memberships: [] };
  for (const r of relations) {
    if (types.includes(r.type) && keep(byId.get(r.from), byId.get(r.to)))
      out.relations.push({
        from: r.from,
        to: r.to,
        type: r.type,
        since: r.since,
        source: r.source,
        origin: 'relation',
      });
  }
  if (!types.includes('membership')) return out;
  for (const f of byId.values()) {
    for (const key of f.memberships) {
      const t = byKey.get(key);
      if (t && keep(f, t))
        out.memberships.push({
          from: f.id,
          to: t.id,
          type: 'membership',
          since: null,
          source: null,
          origin: 'membership',
        });
    }
  }
  return out;
}
