import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { LocalizedText, ResponseOf, Technology, Vocabulary } from './api-types.ts';

// Vocabularies change only on import; an hour of caching saves a request on every page.
const staleTime = 60 * 60 * 1000;

export const vocabularyQueries = {
  vocabulary: () =>
    queryOptions({
      queryKey: ['vocabulary'] as const,
      queryFn: () => api.get<Vocabulary>('/vocabulary'),
      staleTime,
    }),
  clusters: () =>
    queryOptions({
      queryKey: ['clusters'] as const,
      queryFn: () => api.get<ResponseOf<'listClusters'>>('/clusters'),
      staleTime,
    }),
  /** All technologies of every cluster (or of one), in server order (parents before children). */
  technologies: (cluster?: string) =>
    queryOptions({
      queryKey: ['technologies', cluster ?? ''] as const,
      queryFn: () =>
        api.get<ResponseOf<'listTechnologies'>>('/technologies', cluster ? { cluster } : undefined),
      staleTime,
    }),
};

export const useVocabulary = () => useQuery(vocabularyQueries.vocabulary());
export const useClusters = () => useQuery(vocabularyQueries.clusters());
export const useTechnologies = (cluster?: string) => useQuery(vocabularyQueries.technologies(cluster));

export type TechnologyGroup = { parent: Technology; children: Technology[] };

export function groupTechnologies(items: Technology[]): TechnologyGroup[] {
  const groups = new Map<string, TechnologyGroup>();
  for (const tech of items) if (tech.parent === null) groups.set(tech.code, { parent: tech, children: [] });
  for (const tech of items) if (tech.parent !== null) groups.get(tech.parent)?.children.push(tech);
  return [...groups.values()];
}

export function labelMap<T extends { code: string; label: LocalizedText }>(
  items: T[] | undefined,
): Map<string, LocalizedText> {
  return new Map((items ?? []).map((item) => [item.code, item.label]));
}
