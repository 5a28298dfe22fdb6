import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { List, Schemas } from './api-types.ts';

/** Candidate sites: the siting feature ranks them, the industry map shows them beside organisations. */
// Fields with a zod .default() are always in the server's answer, but the generated document shows
// them as optional (it describes the schema's input side); Required<> states what the server sends.
type Defaulted<T, K extends keyof T> = Omit<T, K> & Required<Pick<T, K>>;

export type Site = Defaulted<Schemas['Site'], 'attributes' | 'attributeSources' | 'places'>;

export const siteQueries = {
  all: () =>
    queryOptions({
      queryKey: ['sites'] as const,
      queryFn: () => api.get<List<Site>>('/sites'),
      staleTime: 60_000,
    }),
};

export const useSites = () => useQuery(siteQueries.all());
