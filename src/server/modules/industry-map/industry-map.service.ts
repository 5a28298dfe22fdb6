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
  groupByRole,
  indexTaxonomy,
  type RegionInfo,
  type RelationType,
  rankGaps,
  rankShortlist,
  regionOf,
  relationTypes,
  resolveRegion,
  type TaxonomyIndex,
} from '../../../core/industry-map/index.ts';
import type { Db } from '../../db/client.ts';
import { type AggregateCache, withoutJit } from '../../lib/aggregate-cache.ts';
import { AppError, type ErrorDetail } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import type { ReferenceData, Technology } from '../../lib/reference-data.ts';
import { toOrganizationOut } from '../organizations/organizations.service.ts';
import {
  drillDownRows,
  gapCounts,
  heatmapCounts,
  type MapScope,
  needCounts,
  networkLinks,
  networkNodes,
  organizationsById,
  type SummaryRow,
  shortlistCandidates,
  supplyChainRows,
} from './industry-map.queries.ts';
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

type Ctx = { db: Db; reference: ReferenceData; cache: AggregateCache; user: AuthUser | null };
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

const invalid = (details: ErrorDetail[]) =>
  new AppError('validation_failed', 'The request has invalid fields', details);

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
      details.push({ path: 'query.technology', message: `unknown code "${code}"` });
  }
  if (q.cluster && !ref.clusters.some((c) => c.key === q.cluster))
    details.push({ path: 'query.cluster', message: `unknown cluster "${q.cluster}"` });
  for (const kind of q.kind) {
    if (!(kind in organizationKinds)) details.push({ path: 'query.kind', message: `unknown kind "${kind}"` });
  }
  for (const role of q.role ?? []) {
    if (!(role in supplyChainRoles)) details.push({ path: 'query.role', message: `unknown role "${role}"` });
  }
  for (const type of q.type ?? []) {
    if (!(relationTypes as readonly string[]).includes(type))
      details.push({ path: 'query.type', message: `unknown relation type "${type}"` });
  }
  const region = q.region === undefined ? undefined : resolveRegion(q.region);
  if (q.region !== undefined && !region)
    details.push({ path: 'query.region', message: `unknown region "${q.region}"` });
  if (details.length) throw invalid(details);
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

const publicRegion = ({ match: _m, ...r }: RegionInfo) => r;

/**
 * A whole-directory aggregate, cached per data version (lib/aggregate-cache.ts) and keyed by everything
 * that shapes it: the view, the validated query and what the caller may see.
 */
function cached<T>(
  ctx: Ctx,
  view: string,
  q: object,
  visibility: Visibility,
  compute: (db: Db) => Promise<T>,
) {
  const key = JSON.stringify([view, visibility, q]);
  return ctx.cache.get(ctx.db, key, () => withoutJit(ctx.db, compute));
}

function toSummary(r: SummaryRow): MapOrganization {
  const location = Object.fromEntries(
    Object.entries({ country: r.country, prefecture: r.prefecture, city: r.city }).filter(([, v]) => v),
  ) as MapOrganization['location'];
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    kind: r.kind,
    roles: r.roles,
    technologies: r.technologies,
    location,
    region: regionOf(r.country, r.prefecture),
  };
}

export async function getHeatmap(ctx: Ctx, q: z.infer<typeof heatmapQuery>) {
  const { scope, visibility } = resolveScope(ctx, q);
  const taxonomy = taxonomyRows(ctx.reference, q.cluster);
  const counts = await cached(ctx, 'heatmap', q, visibility, (db) =>
    heatmapCounts(db, scope, q.cluster ? taxonomy.map((t) => t.code) : null),
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
  const { rows, organizations, multiRole } = await cached(ctx, 'supply-chain', q, visibility, (db) =>
    supplyChainRows(db, scope, q.limit),
  );
  const groups = groupByRole(rows.map((r) => ({ role: r.role, total: r.total, organization: toSummary(r) })));
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
  const { network, nodes } = await cached(ctx, 'network', q, visibility, async (db) => {
    const { relations, memberships } = await networkLinks(db, scope, types, focused);
    const network = buildNetwork(relations, memberships, q.limit);
    return { network, nodes: await networkNodes(db, scope, [...network.degrees.keys()]) };
  });
  return {
    scope: visibility,
    nodes: nodes
      .map((n) => ({
        id: n.id,
        key: n.key,
        name: n.name,
        kind: n.kind,
        region: regionOf(n.country, n.prefecture),
        degree: network.degrees.get(n.id) ?? 0,
        matched: n.matched,
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
  const { supply, needs } = await cached(ctx, 'gaps', q, visibility, async (db) => ({
    supply: await gapCounts(db, scope, region!.match, q.cluster ? taxonomy.map((t) => t.code) : null),
    needs: await needCounts(db, scope),
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

export async function getShortlist(ctx: Ctx, q: z.infer<typeof shortlistQuery>): Promise<ShortlistOut> {
  if (q.technology.length === 0)
    throw invalid([{ path: 'query.technology', message: 'choose at least one code' }]);
  const { scope, visibility, region } = resolveScope(ctx, q);
  const chosen = [...new Set(q.technology)];
  const index = taxonomyIndex(ctx.reference);
  // Candidates list a chosen code, one below it or the area above it; the core ranks and explains them.
  const { total, page, rows } = await cached(ctx, 'shortlist', q, visibility, async (db) => {
    const candidates = await shortlistCandidates(db, {
      ...scope,
      technologies: candidateCodes(chosen, index),
    });
    const ranked = rankShortlist(candidates, chosen, index, region?.match);
    const page = ranked.slice(0, q.limit);
    return {
      total: ranked.length,
      page,
      rows: await organizationsById(
        db,
        page.map((r) => r.candidate.id),
      ),
    };
  });
  return {
    scope: visibility,
    technologies: chosen,
    region: region ? publicRegion(region) : null,
    total,
    items: page.map((r, i) => {
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
        region: regionOf(o.location.country, o.location.prefecture),
        local: r.local,
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
