import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Method, Normalization } from '../../../core/mcda/index.ts';
import type { Scenario, StudyConstraint, StudyCriterion, StudyOutcome } from '../../../core/siting/study.ts';
import { api } from '../../lib/api-client.ts';
import type { List, LocalizedText, Source } from '../../lib/api-types.ts';

export { type Site, useSites } from '../../lib/sites.ts';

export type Profile = {
  id: string;
  key: string;
  name: LocalizedText;
  facilityType: string;
  description: LocalizedText;
  criteria: StudyCriterion[];
  constraints: StudyConstraint[];
  note: LocalizedText;
  sources: Source[];
};

export type StudyInput = {
  title: string;
  profile?: string;
  method: Method;
  normalization?: Normalization;
  criteria: StudyCriterion[];
  constraints: StudyConstraint[];
  scenario: Scenario;
  missing: 'worst' | 'exclude';
};

export type Study = {
  id: string;
  title: string;
  profileKey: string | null;
  spec: StudyInput & { smaa: { samples: number; seed: number; mode: string } };
  siteKeys: string[];
  outcome: StudyOutcome;
  sites: { key: string; name: LocalizedText; lat: number; lng: number }[];
  createdAt: string;
};

export type StudySummary = {
  id: string;
  title: string;
  profileKey: string | null;
  method: string;
  top: string | null;
  siteCount: number;
  createdAt: string;
};

export const useProfiles = () =>
  useQuery({
    queryKey: ['siting-profiles'],
    queryFn: () => api.get<List<Profile>>('/siting/profiles'),
    staleTime: 60_000,
  });

export const useStudy = (id: string) =>
  useQuery({
    queryKey: ['siting-study', id],
    queryFn: () => api.get<Study>(`/siting/studies/${encodeURIComponent(id)}`),
  });

export const useStudies = (enabled: boolean) =>
  useQuery({
    queryKey: ['siting-studies'],
    queryFn: () => api.get<List<StudySummary>>('/siting/studies'),
    enabled,
  });

export function useSaveStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StudyInput) => api.post<Study>('/siting/studies', body),
    onSuccess: (study) => {
      client.setQueryData(['siting-study', study.id], study);
      void client.invalidateQueries({ queryKey: ['siting-studies'] });
    },
  });
}
