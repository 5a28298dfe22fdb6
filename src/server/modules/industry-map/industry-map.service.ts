import type { z } from '@hono/zod-openapi';
import {
  organizationKinds,
  type SupplyChainRole,
  supplyChainRoles,
} from '../../../core/directory/vocabulary.ts';
import {
  buildHeatmap,
  buildNetwork,
  candidateCodes,
  collectNetworkLinks,
  collectSupplyChain,
  countGapSupply,
  countHeatmap,
  type FacetOrganization,
  groupByRole,
  indexTaxonomy,
  type MapScope,
  type RegionInfo,
  type RelationType,
  rankGaps,
  rankShortlist,
  regionReferencePoint,
  relationTypes,
  resolveRegion,
  scopeTest,
  type TaxonomyIndex,
} from '../../../core/industry-map/index.ts';
import type { Db } from '../../db/client.ts';
import type { DirectoryFacets, DirectorySnapshot } from '../../lib/directory-snapshot.ts';
import { type ErrorDetail, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import type { ReferenceData, Technology } from '../../lib/reference-data.ts';
import { toOrganizationOut } from '../organizations/index.ts';
import { drillDownRows, needCounts, organizationsById } from './industry-map.queries.ts';
import type {
  drillDownQuery,
  gapsQuery,
  heatmapQuery,
  MapOrganization,
  networkQuery,
  ShortlistOut,
  shortlistQuery,
  supplyChainQuery,
} from './industry-map.schemas.ts';

type Ctx = { db: Db; reference: ReferenceData; directory: DirectoryFacets; user: AuthUser | null };
type Visibility = 'published' | 'all';

type ScopeQuery = {
  cluster?: string;
  kind: string[];
  membership?: string;
  status: Visibility;
  role?: string[];
  technology?: string[];
  region?: string;
  type?: string[];
};

const indexes = new WeakMap<ReferenceData, TaxonomyIndex>();
function taxonomyIndex(ref: ReferenceData): TaxonomyIndex {
  const known = indexes.get(ref);
  if (known) return known;
  const index = indexTaxonomy(ref.technologies.values());
  indexes.set(ref, index);
  return index;
}

/**
 * Checks every filter and names the bad parameter (`query.technology`), then builds the scope. Aggregates
 * are public figures: everyone counts published profiles; an admin may ask for unpublished ones too.
 */
function resolveScope(ctx: Ctx, q: ScopeQuery) {
  const ref = ctx.reference;
  const details: ErrorDetail[] = [];
  for (const code of q.technology ?? []) {
    if (!ref.technologies.has(code))
      details.push({ path: 'query.technology', message: unknownValue('code', code) });
  }
  if (q.cluster && !ref.clusters.some((c) => c.key === q.cluster))
    details.push({ path: 'query.cluster', message: unknownValue('cluster', q.cluster) });
  for (const kind of q.kind) {
    if (!(kind in organizationKinds))
      details.push({ path: 'query.kind', message: unknownValue('kind', kind) });
  }
  for (const role of q.role ?? []) {
    if (!(role in supplyChainRoles))
      details.push({ path: 'query.role', message: unknownValue('role', role) });
  }
  for (const type of q.type ?? []) {
    if (!(relationTypes as readonly string[]).includes(type))
      details.push({ path: 'query.type', message: unknownValue('relation type', type) });
  }
  const region = q.region === undefined ? undefined : resolveRegion(q.region);
  if (q.region !== undefined && !region)
    details.push({ path: 'query.region', message: unknownValue('region', q.region) });
  if (details.length) throw invalidFields(details);
  const visibility: Visibility = ctx.user?.role === 'admin' && q.status === 'all' ? 'all' : 'published';
  const scope: MapScope = {
    published: visibility === 'all' ? 'any' : true,
    cluster: q.cluster,
    kinds: q.kind,
    roles: q.role ?? [],
    membership: q.membership,
    technologies: [...new Set((q.technology ?? []).flatMap((c) => ref.withDescendants(c)))],
  };
  return { scope, visibility, region };
}

/** The rows of a taxonomy in shipped order (parents before children), one cluster's or all. */
function taxonomyRows(ref: ReferenceData, cluster?: string): Technology[] {
  return ref.clusters.filter((c) => !cluster || c.key === cluster).flatMap((c) => c.technologies);
}

/** The codes a view's rows are limited to: a cluster's, or null for the whole taxonomy. */
const rowCodes = (rows: Technology[], cluster?: string) => (cluster ? rows.map((t) => t.code) : null);

const publicRegion = ({ match: _m, ...r }: RegionInfo) => r;

/**
 * A whole-directory view, computed over the in-memory snapshot (lib/directory-snapshot.ts) once per data
 * version and keyed by everything that shapes it: the view, the validated query and what the caller may see.
 */
async function cached<T>(
  ctx: Ctx,
  view: string,
  q: object,
  visibility: Visibility,
  compute: (snapshot: DirectorySnapshot) => T | Promise<T>,
) {
  const snapshot = await ctx.directory.current();
  return snapshot.memo(JSON.stringify([view, visibility, q]), () => compute(snapshot));
}

function toSummary(o: FacetOrganization): MapOrganization {
  const location = Object.fromEntries(
    Object.entries({ country: o.country, prefecture: o.prefecture, city: o.city }).filter(([, v]) => v),
  ) as MapOrganization['location'];
  return {
    id: o.id,
    key: o.key,
    name: o.name,
    kind: o.kind,
    roles: o.roles,
    technologies: o.technologies,
    location,
    region: o.region,
  };
}

export async function getHeatmap(ctx: Ctx, q: z.infer<typeof heatmapQuery>) {
  const { scope, visibility } = resolveScope(ctx, q);
  const taxonomy = taxonomyRows(ctx.reference, q.cluster);
  const counts = await cached(ctx, 'heatmap', q, visibility, (snap) =>
    countHeatmap(snap.byId.values(), scope, snap.table, rowCodes(taxonomy, q.cluster)),
  );
  const map = buildHeatmap(taxonomy, counts);
  return {
    scope: visibility,
    regions: map.regions.map(({ match: _m, ...r }) => r),
    rows: map.rows,
    max: map.max,
    total: map.total,
  };
}

/** The organisations behind any figure of the views: the same filters, plus a technology and a region. */
export async function listMapOrganizations(ctx: Ctx, q: z.infer<typeof drillDownQuery>) {
  const { scope, region } = resolveScope(ctx, q);
  const { rows, total } = await drillDownRows(ctx.db, { ...scope, region: region?.match }, q.limit, q.offset);
  return { items: rows.map((r) => toOrganizationOut(r)), total };
}

const noRole = { ja: '役割未登録', en: 'No role given' };

export async function getSupplyChain(ctx: Ctx, q: z.infer<typeof supplyChainQuery>) {
  const { scope, visibility } = resolveScope(ctx, { ...q, technology: [q.technology] });
  const tech = ctx.reference.technologies.get(q.technology)!;
  const { rows, organizations, multiRole } = await cached(ctx, 'supply-chain', q, visibility, (snap) =>
    collectSupplyChain(snap.inNameOrder(), scope, snap.table, q.limit),
  );
  const groups = groupByRole(rows.map((r) => ({ ...r, organization: toSummary(r.organization) })));
  return {
    scope: visibility,
    technology: tech,
    codes: scope.technologies,
    roles: groups.map((g) => ({
      ...g,
      label: g.role === 'none' ? noRole : supplyChainRoles[g.role as SupplyChainRole],
    })),
    organizations,
    multiRole,
    note:
      'An organisation with several roles is listed under each of them, so the columns can add up to more ' +
      'than `organizations`. Each column lists its first `limit` organisations by name; `total` is its full count.',
  };
}

export async function getNetwork(ctx: Ctx, q: z.infer<typeof networkQuery>) {
  const { scope, visibility } = resolveScope(ctx, q);
  const types = (q.type.length ? q.type : relationTypes) as RelationType[];
  const focused = Boolean(
    scope.cluster || scope.kinds.length || scope.membership || scope.technologies.length,
  );
  const { network, nodes, test } = await cached(ctx, 'network', q, visibility, (snap) => {
    const test = scopeTest(scope, snap.table);
    const { relations, memberships } = collectNetworkLinks(
      snap.byId,
      snap.byKey,
      snap.relations.values(),
      test,
      types,
      focused,
    );
    const network = buildNetwork(relations, memberships, q.limit);
    return { network, nodes: [...network.degrees.keys()].map((id) => snap.byId.get(id)!), test };
  });
  return {
    scope: visibility,
    nodes: nodes
      .map((n) => ({
        id: n.id,
        key: n.key,
        name: n.name,
        kind: n.kind,
        region: n.region,
        degree: network.degrees.get(n.id) ?? 0,
        matched: test.focused(n),
      }))
      .sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1)),
    links: network.links,
    total: network.total,
    truncated: network.truncated,
  };
}

export async function getGaps(ctx: Ctx, q: z.infer<typeof gapsQuery>) {
  const { scope, visibility, region } = resolveScope(ctx, q);
  const taxonomy = taxonomyRows(ctx.reference, q.cluster);
  const { supply, needs } = await cached(ctx, 'gaps', q, visibility, async (snap) => ({
    supply: countGapSupply(
      snap.byId.values(),
      scope,
      region!.match,
      snap.table,
      rowCodes(taxonomy, q.cluster),
    ),
    needs: await needCounts(ctx.db),
  }));
  const counts = new Map(supply.map((r) => [r.code, { ...r, needs: needs.get(r.code) ?? 0 }]));
  for (const [code, n] of needs)
    if (!counts.has(code))
      counts.set(code, { code, developers: 0, supply: 0, national: 0, local: 0, needs: n });
  return {
    scope: visibility,
    region: publicRegion(region!),
    needsCounted: true,
    rows: rankGaps(taxonomy, counts),
  };
}

const nearestCount = 5;
const roundKm = (km: number) => Math.round(km * 10) / 10;

export async function getShortlist(ctx: Ctx, q: z.infer<typeof shortlistQuery>): Promise<ShortlistOut> {
  if (q.technology.length === 0)
    throw invalidFields([
      {
        path: 'query.technology',
        message: say({ ja: '技術コードを一つ以上選んでください', en: 'choose at least one code' }),
      },
    ]);
  const { scope, visibility, region } = resolveScope(ctx, q);
  const chosen = [...new Set(q.technology)];
  const index = taxonomyIndex(ctx.reference);
  // Candidates list a chosen code, one below it or the area above it; the core ranks and explains them.
  const from = region ? regionReferencePoint(region.key) : undefined;
  const { total, page, rows, localCount, nearest } = await cached(
    ctx,
    'shortlist',
    q,
    visibility,
    async (snap) => {
      const test = scopeTest({ ...scope, technologies: candidateCodes(chosen, index) }, snap.table);
      const candidates = snap.inNameOrder().filter(test.inScope);
      const ranked = rankShortlist(candidates, chosen, index, region?.match, from);
      const page = ranked.slice(0, q.limit);
      const localCount = ranked.filter((r) => r.local).length;
      // No capable organisation in the region: say so, and name the nearest ones with their distance.
      const nearest =
        region && localCount === 0
          ? ranked
              .filter((r) => r.distanceKm !== null)
              .sort((a, b) => a.distanceKm! - b.distanceKm!)
              .slice(0, nearestCount)
          : [];
      // The page's full profiles (sources, description) come from the table, by primary key.
      const rows = await organizationsById(
        ctx.db,
        page.map((r) => r.candidate.id),
      );
      return { total: ranked.length, page, rows, localCount, nearest };
    },
  );
  return {
    scope: visibility,
    technologies: chosen,
    region: region ? publicRegion(region) : null,
    total,
    local: region ? localCount : null,
    reference: from ?? null,
    nearest: nearest.map((r) => ({
      id: r.candidate.id,
      key: r.candidate.key,
      name: r.candidate.name,
      location: {
        country: r.candidate.country ?? undefined,
        prefecture: r.candidate.prefecture ?? undefined,
        city: r.candidate.city ?? undefined,
      },
      distanceKm: roundKm(r.distanceKm!),
      matched: r.matched,
    })),
    // A profile deleted between the ranking and the read of the page is left out, not an error.
    items: page
      .filter((r) => rows.has(r.candidate.id))
      .map((r, i) => {
        const o = toOrganizationOut(rows.get(r.candidate.id)!);
        return {
          rank: i + 1,
          id: o.id,
          key: o.key,
          name: o.name,
          kind: o.kind,
          roles: o.roles,
          technologies: o.technologies,
          description: o.description,
          location: { country: o.location.country, prefecture: o.location.prefecture, city: o.location.city },
          region: r.candidate.region,
          local: r.local,
          distanceKm: r.distanceKm === null ? null : roundKm(r.distanceKm),
          matches: r.matches,
          matched: r.matched,
          exact: r.exact,
          website: o.website,
          sources: o.sources,
          illustrative: o.illustrative,
        };
      }),
  };
}
