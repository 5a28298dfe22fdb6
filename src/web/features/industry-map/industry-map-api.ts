import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { LocalizedText } from '../../lib/api-types.ts';
import { type OrganizationSearch, toApiQuery } from '../../lib/organization-search.ts';

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
