import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';

export type Home = ResponseOf<'getHome'>;
export type CoordinatorHome = Extract<Home, { kind: 'coordinator' }>;
export type MemberHome = Extract<Home, { kind: 'member' }>;
export type HomeFigures = CoordinatorHome['figures'];

export const homeKeys = { all: ['home'] as const };

export const homeQueries = {
  // Keyed by the signed-in user: each role gets a different page from the same address.
  home: (userId: string | null) =>
    queryOptions({
      queryKey: [...homeKeys.all, userId] as const,
      queryFn: () => api.get<Home>('/home'),
    }),
};
