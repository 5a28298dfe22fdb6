import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PlacedPoint } from '../../../core/directory/points-codec.ts';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf, Schemas } from '../../lib/api-types.ts';
import { type OrganizationSearch, toApiQuery } from '../../lib/organization-search.ts';
import { organizationQueries } from '../../lib/organizations.ts';

export type MapRegion = Schemas['MapRegion'];
export type Heatmap = Schemas['Heatmap'];
export type MapOrganization = Schemas['MapOrganization'];
export type SupplyChain = Schemas['SupplyChain'];
export type Network = Schemas['Network'];
export type RelationType = Network['links'][number]['type'];
/** In the order the network page offers them; `satisfies` keeps it to the server's types. */
export const relationTypes = [
  'membership',
  'partnership',
  'supplier-customer',
  'joint-research',
  'investment',
] as const satisfies readonly RelationType[];
export type Gaps = Schemas['Gaps'];
export type GapRow = Gaps['rows'][number];
export type Shortlist = Schemas['Shortlist'];
export type ShortlistItem = Schemas['ShortlistItem'];
/** A placed organisation as the map's points answer decodes (identified by key). */
export type OrganizationPoint = PlacedPoint;

type Query = Record<string, string | undefined>;
const get = <T>(path: string, query: Query) => api.get<T>(`/industry-map/${path}`, query);

export const industryMapKeys = {
  all: ['industry-map'] as const,
  view: (view: string, query: Query | null) => [...industryMapKeys.all, view, query] as const,
};

export const industryMapQueries = {
  heatmap: (query: Query) =>
    queryOptions({
      queryKey: industryMapKeys.view('heatmap', query),
      queryFn: () => get<Heatmap>('heatmap', query),
    }),
  organizations: (query: Query | null) =>
    queryOptions({
      queryKey: industryMapKeys.view('organizations', query),
      queryFn: () =>
        get<ResponseOf<'listIndustryMapOrganizations'>>('organizations', { ...query, limit: '200' }),
    }),
  supplyChain: (query: Query) =>
    queryOptions({
      queryKey: industryMapKeys.view('supply-chain', query),
      queryFn: () => get<SupplyChain>('supply-chain', query),
    }),
  network: (query: Query) =>
    queryOptions({
      queryKey: industryMapKeys.view('network', query),
      queryFn: () => get<Network>('network', query),
    }),
  gaps: (query: Query) =>
    queryOptions({ queryKey: industryMapKeys.view('gaps', query), queryFn: () => get<Gaps>('gaps', query) }),
  shortlist: (query: Query) =>
    queryOptions({
      queryKey: industryMapKeys.view('shortlist', query),
      queryFn: () => get<Shortlist>('shortlist', query),
    }),
};

export const useHeatmap = (query: Query) =>
  useQuery({ ...industryMapQueries.heatmap(query), placeholderData: keepPreviousData });

export const useMapOrganizations = (query: Query | null) =>
  useQuery({ ...industryMapQueries.organizations(query), enabled: query !== null });

export const useSupplyChain = (query: Query) =>
  useQuery({
    ...industryMapQueries.supplyChain(query),
    enabled: Boolean(query.technology),
    placeholderData: keepPreviousData,
  });

export const useNetwork = (query: Query) =>
  useQuery({ ...industryMapQueries.network(query), placeholderData: keepPreviousData });

export const useGaps = (query: Query) =>
  useQuery({ ...industryMapQueries.gaps(query), placeholderData: keepPreviousData });

export const useShortlist = (query: Query) =>
  useQuery({ ...industryMapQueries.shortlist(query), enabled: Boolean(query.technology) });

/** The id of the organisation with this key (the map's points carry keys; a profile's address has the id). */
export function useOrganizationIdByKey(key: string | undefined) {
  return useQuery({
    ...organizationQueries.list({ key: key ?? '', limit: '1' }),
    enabled: Boolean(key),
    select: (list) => list.items[0]?.id,
  });
}

/** Every placed organisation matching the directory's filters, in one request (GET /api/organizations/points). */
export function useOrganizationPoints(search: OrganizationSearch) {
  return useQuery({
    ...organizationQueries.points(toApiQuery(search)),
    // Keep the old markers while new filters load, instead of an empty map.
    placeholderData: keepPreviousData,
  });
}
