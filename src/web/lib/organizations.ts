import { queryOptions } from '@tanstack/react-query';
import { decodePoints } from '../../core/directory/points-codec.ts';
import { api } from './api-client.ts';
import type { ResponseOf } from './api-types.ts';

/**
 * Query keys and fetchers for /api/organizations: the directory edits organisations, other features
 * read one (matching measures "near us" from the poster's own), so the one key lives here.
 */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (query: Record<string, string>) => [...organizationKeys.lists(), query] as const,
  details: () => [...organizationKeys.all, 'detail'] as const,
  detail: (id: string) => [...organizationKeys.details(), id] as const,
  points: (query: Record<string, string>) => [...organizationKeys.all, 'points', query] as const,
  facets: (query: Record<string, string>) => [...organizationKeys.lists(), 'facets', query] as const,
};

export const organizationQueries = {
  /** `lang` only keys the cache: a name order follows the page's language (sent as Accept-Language). */
  list: (query: Record<string, string>, lang?: string) =>
    queryOptions({
      queryKey: [...organizationKeys.list(query), lang ?? ''] as const,
      queryFn: () => api.get<ResponseOf<'listOrganizations'>>('/organizations', query),
    }),
  /** How many matches each region and prefecture would give with the other filters as they are. */
  facets: (query: Record<string, string>) =>
    queryOptions({
      queryKey: organizationKeys.facets(query),
      queryFn: () => api.get<ResponseOf<'getOrganizationFacets'>>('/organizations/facets', query),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: organizationKeys.detail(id),
      queryFn: () => api.get<ResponseOf<'getOrganization'>>(`/organizations/${encodeURIComponent(id)}`),
    }),
  /**
   * Every placed organisation matching the directory's filters, in one request; the answer comes in columns
   * (a third of the bytes of a list of objects) and is decoded here, once per answer.
   */
  points: (query: Record<string, string>) =>
    queryOptions({
      queryKey: organizationKeys.points(query),
      queryFn: async () => {
        const columns = await api.get<ResponseOf<'listOrganizationPoints'>>('/organizations/points', query);
        return { total: columns.total, unplaced: columns.unplaced, items: decodePoints(columns) };
      },
    }),
};
