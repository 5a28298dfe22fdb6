import { useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import type { Cluster, List, Technology, Vocabulary } from './api-types.ts';

// Vocabularies change only on import; an hour of caching saves a request on every page.
const staleTime = 60 * 60 * 1000;

export function useVocabulary() {
  return useQuery({ queryKey: ['vocabulary'], queryFn: () => api.get<Vocabulary>('/vocabulary'), staleTime });
}

export function useClusters() {
  return useQuery({ queryKey: ['clusters'], queryFn: () => api.get<List<Cluster>>('/clusters'), staleTime });
}

/** All technologies of every cluster (or of one), in server order (parents before children). */
export function useTechnologies(cluster?: string) {
  return useQuery({
    queryKey: ['technologies', cluster ?? ''],
    queryFn: () => api.get<{ items: Technology[] }>('/technologies', cluster ? { cluster } : undefined),
    staleTime,
  });
}

export type TechnologyGroup = { parent: Technology; children: Technology[] };

export function groupTechnologies(items: Technology[]): TechnologyGroup[] {
  const groups = new Map<string, TechnologyGroup>();
  for (const tech of items) if (tech.parent === null) groups.set(tech.code, { parent: tech, children: [] });
  for (const tech of items) if (tech.parent !== null) groups.get(tech.parent)?.children.push(tech);
  return [...groups.values()];
}

export function labelMap<T extends { code: string; label: { ja: string; en: string } }>(
  items: T[] | undefined,
): Map<string, { ja: string; en: string }> {
  return new Map((items ?? []).map((item) => [item.code, item.label]));
}
