import { useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { ResponseOf } from './api-types.ts';

/** What GET /api/config tells the browser about the server's configuration. */
export type ClientConfig = ResponseOf<'getClientConfig'>;

export const offlineClientConfig: ClientConfig = { map: { tileUrl: null, tileAttribution: null } };

/** Fixed for the life of the server process: fetched once per visit. */
export function useClientConfig() {
  return useQuery({
    queryKey: ['client-config'],
    queryFn: () => api.get<ClientConfig>('/config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
