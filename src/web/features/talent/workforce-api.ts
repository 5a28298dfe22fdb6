import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { Schemas } from '../../lib/api-types.ts';

export type Workforce = Schemas['WorkforceGap'];
export type SkillGap = Workforce['skills'][number];
export type YearFigures = SkillGap['years'][number];

/** The gap view's query keys, in one factory. */
export const workforceQueries = {
  all: ['workforce'] as const,
  gap: (window: { from?: number; to?: number }) =>
    queryOptions({
      queryKey: [...workforceQueries.all, 'gap', window.from ?? '', window.to ?? ''] as const,
      queryFn: () =>
        api.get<Workforce>('/talent/workforce', {
          cluster: 'fusion',
          from: window.from === undefined ? undefined : String(window.from),
          to: window.to === undefined ? undefined : String(window.to),
        }),
    }),
};

export const useWorkforce = (window: { from?: number; to?: number }) =>
  useQuery(workforceQueries.gap(window));
