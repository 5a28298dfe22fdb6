import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { List, LocalizedText, Organization, Source } from '../../lib/api-types.ts';
import { type OrganizationSearch, toApiQuery } from '../../lib/organization-search.ts';

/** Shapes of /api/industry-map/* (see /api/openapi.json). */
export type MapRegion = {
  key: string;
  group: 'tohoku' | 'japan' | 'abroad' | 'unspecified';
  label: LocalizedText;
  total?: number;
};
type TechnologyRef = {
  code: string;
  cluster: string;
  parent: string | null;
  label: { ja: string; en: string };
};

export type Heatmap = {
  scope: 'published' | 'all';
  regions: Array<MapRegion & { total: number }>;
  rows: Array<TechnologyRef & { cells: number[]; total: number }>;
  max: number;
  total: number;
};

export type MapOrganization = {
  id: string;
  key: string;
  name: LocalizedText;
  kind: string;
  roles: string[];
  technologies: string[];
  location: { country?: string; prefecture?: string; city?: string };
  region: string;
};

export type SupplyChain = {
  technology: TechnologyRef;
  roles: Array<{ role: string; label: LocalizedText; total: number; organizations: MapOrganization[] }>;
  organizations: number;
  multiRole: number;
};

export type RelationType =
  | 'membership'
  | 'partnership'
  | 'supplier-customer'
  | 'joint-research'
  | 'investment';
export const relationTypes: RelationType[] = [
  'membership',
  'partnership',
  'supplier-customer',
  'joint-research',
  'investment',
];

export type Network = {
  nodes: Array<{
    id: string;
    key: string;
    name: LocalizedText;
    kind: string;
    region: string;
    degree: number;
    matched: boolean;
  }>;
  links: Array<{
    from: string;
    to: string;
    type: RelationType;
    since: string | null;
    source: Source | null;
    origin: 'relation' | 'membership';
  }>;
  total: number;
  truncated: boolean;
};

export type GapRow = TechnologyRef & {
  developers: number;
  needs: number;
  demand: number;
  supply: number;
  national: number;
  local: number;
  gap: boolean;
};
export type Gaps = { region: MapRegion; needsCounted: boolean; rows: GapRow[] };

export type ShortlistItem = {
  rank: number;
  id: string;
  key: string;
  name: LocalizedText;
  kind: string;
  roles: string[];
  technologies: string[];
  description: LocalizedText;
  location: { country?: string; prefecture?: string; city?: string };
  region: string;
  local: boolean;
  matches: Array<{ code: string; kind: 'exact' | 'narrower' | 'broader'; via: string[] }>;
  matched: number;
  exact: number;
  website?: string;
  sources: Source[];
  illustrative: boolean;
};
export type Shortlist = {
  technologies: string[];
  region: MapRegion | null;
  items: ShortlistItem[];
  total: number;
};

type Query = Record<string, string | undefined>;
const get = <T>(path: string, query: Query) => api.get<T>(`/industry-map/${path}`, query);

export const useHeatmap = (query: Query) =>
  useQuery({
    queryKey: ['industry-map', 'heatmap', query],
    queryFn: () => get<Heatmap>('heatmap', query),
    placeholderData: keepPreviousData,
  });

export const useMapOrganizations = (query: Query | null) =>
  useQuery({
    queryKey: ['industry-map', 'organizations', query],
    queryFn: () => get<List<Organization>>('organizations', { ...query, limit: '200' }),
    enabled: query !== null,
  });

export const useSupplyChain = (query: Query) =>
  useQuery({
    queryKey: ['industry-map', 'supply-chain', query],
    queryFn: () => get<SupplyChain>('supply-chain', query),
    enabled: Boolean(query.technology),
    placeholderData: keepPreviousData,
  });

export const useNetwork = (query: Query) =>
  useQuery({
    queryKey: ['industry-map', 'network', query],
    queryFn: () => get<Network>('network', query),
    placeholderData: keepPreviousData,
  });

export const useGaps = (query: Query) =>
  useQuery({
    queryKey: ['industry-map', 'gaps', query],
    queryFn: () => get<Gaps>('gaps', query),
    placeholderData: keepPreviousData,
  });

export const useShortlist = (query: Query) =>
  useQuery({
    queryKey: ['industry-map', 'shortlist', query],
    queryFn: () => get<Shortlist>('shortlist', query),
    enabled: Boolean(query.technology),
  });

export type OrganizationPoint = {
  id: string;
  key: string;
  name: LocalizedText;
  kind: string;
  roles: string[];
  lat: number;
  lng: number;
};

export type OrganizationPoints = { items: OrganizationPoint[]; total: number; unplaced: number };

/** Every placed organisation matching the directory's filters, in one request (GET /api/organizations/points). */
export function useOrganizationPoints(search: OrganizationSearch) {
  const query = toApiQuery(search);
  return useQuery({
    queryKey: ['organization-points', query],
    queryFn: () => api.get<OrganizationPoints>('/organizations/points', query),
    // Keep the old markers while new filters load, instead of an empty map.
    placeholderData: keepPreviousData,
  });
}
