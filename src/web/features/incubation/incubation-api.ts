import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf, Schemas } from '../../lib/api-types.ts';

export type FacilityList = ResponseOf<'listFacilities'>;
export type FacilitySummary = Schemas['FacilitySummary'];
export type Facility = ResponseOf<'getFacility'>;
export type Unit = Schemas['FacilityUnit'];
export type FacilityEquipment = Facility['equipment'][number];

/** The listing's filters as the URL carries them (strings; empty means not set). */
export const filterNames = [
  'q',
  'kind',
  'minArea',
  'maxArea',
  'minPower',
  'minCrane',
  'maxCleanClass',
  'ehv',
  'free',
] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Record<FilterName, string>;

export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(filterNames.map((n) => [n, params.get(n) ?? ''])) as Filters;
}

export function formatFilters(f: Filters): string {
  const params = new URLSearchParams();
  for (const n of filterNames) if (f[n]) params.set(n, f[n]);
  const s = params.toString();
  return s ? `?${s}` : '';
}

const keys = {
  list: (f: Filters) => ['incubation', 'facilities', f] as const,
  facility: (id: string) => ['incubation', 'facility', id] as const,
};

export const useFacilities = (f: Filters) =>
  useQuery(
    queryOptions({
      queryKey: keys.list(f),
      queryFn: () =>
        api.get<FacilityList>(
          '/facilities',
          Object.fromEntries([...Object.entries(f).filter(([, v]) => v), ['limit', '100']]),
        ),
    }),
  );

export const useFacility = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.facility(id),
      queryFn: () => api.get<Facility>(`/facilities/${encodeURIComponent(id)}`),
    }),
  );
