import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';

export const accountKeys = {
  all: ['account'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
};

export const accountQueries = {
  sessions: () =>
    queryOptions({
      queryKey: accountKeys.sessions(),
      queryFn: () => api.get<ResponseOf<'listOwnSessions'>>('/account/sessions'),
    }),
};
