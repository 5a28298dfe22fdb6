import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { ResponseOf } from './api-types.ts';

export type DeskTopics = ResponseOf<'listDeskTopics'>;

/**
 * The desk's consultation topics with their bilingual labels (they live in the database): the desk's pages and
 * the cluster dashboard's desk indicators read them. Under the desk's query key, so the desk's edits refresh it.
 */
export const deskTopicsQuery = queryOptions({
  queryKey: ['desk', 'topics'] as const,
  queryFn: () => api.get<DeskTopics>('/desk/topics'),
});

/** The topics; `enabled: false` fetches nothing (a page that may not need them). */
export const useDeskTopics = (enabled = true) => useQuery({ ...deskTopicsQuery, enabled });
