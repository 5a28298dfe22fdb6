import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Method, Normalization } from '../../../core/mcda/index.ts';
import type { Scenario, StudyConstraint, StudyCriterion, StudyOutcome } from '../../../core/siting/study.ts';
import { api } from '../../lib/api-client.ts';
import type { List, RequestOf, Schemas } from '../../lib/api-types.ts';

export { type Site, useSites } from '../../lib/sites.ts';

// Constraints have a zod .default([]): always sent, though the generated document shows them optional.
export type Profile = Omit<Schemas['SitingProfile'], 'constraints'> &
  Required<Pick<Schemas['SitingProfile'], 'constraints'>>;
export type StudySummary = Schemas['SitingStudySummary'];

/**
 * What the siting page sends: the request body, with the core engine's own types for the parts it
 * computes with (the check below fails typecheck if the server stops accepting it).
 */
export type StudyInput = {
  title: string;
  profile?: string;
  method: Method;
  normalization?: Normalization;
  criteria: StudyCriterion[];
  constraints: StudyConstraint[];
  scenario: Scenario;
  missing: 'worst' | 'exclude';
  unknowns: 'keep' | 'exclude';
  shared?: boolean;
};
// The scenario is left out: core's Partial<> values allow undefined, which JSON drops anyway.
true satisfies Omit<StudyInput, 'scenario'> extends RequestOf<'createSitingStudy'> ? true : false;

/** A saved study: the server stores the spec and outcome as the core engine wrote them (opaque in its schema). */
export type Study = Omit<Schemas['SitingStudy'], 'spec' | 'outcome'> & {
  spec: Omit<StudyInput, 'title' | 'unknowns' | 'shared'> & {
    /** Absent from studies saved before unknown requirements were kept (those excluded them). */
    unknowns?: StudyInput['unknowns'];
    smaa: { samples: number; seed: number; mode: string };
  };
  outcome: StudyOutcome;
};

export const sitingKeys = {
  all: ['siting'] as const,
  profiles: () => [...sitingKeys.all, 'profiles'] as const,
  studies: () => [...sitingKeys.all, 'studies'] as const,
  study: (id: string) => [...sitingKeys.all, 'study', id] as const,
};

export const sitingQueries = {
  profiles: () =>
    queryOptions({
      queryKey: sitingKeys.profiles(),
      queryFn: () => api.get<List<Profile>>('/siting/profiles'),
      staleTime: 60_000,
    }),
  studies: () =>
    queryOptions({
      queryKey: sitingKeys.studies(),
      queryFn: () => api.get<List<StudySummary>>('/siting/studies'),
    }),
  study: (id: string) =>
    queryOptions({
      queryKey: sitingKeys.study(id),
      queryFn: () => api.get<Study>(`/siting/studies/${encodeURIComponent(id)}`),
    }),
};

export const useProfiles = () => useQuery(sitingQueries.profiles());
export const useStudy = (id: string, enabled = true) => useQuery({ ...sitingQueries.study(id), enabled });
export const useStudies = (enabled: boolean) => useQuery({ ...sitingQueries.studies(), enabled });

/** Copies a study the user can read into a new one of theirs; the list shows it at once. */
export function useCopyStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Study>(`/siting/studies/${encodeURIComponent(id)}/copy`, {}),
    onSuccess: (study) => {
      client.setQueryData(sitingKeys.study(study.id), study);
      void client.invalidateQueries({ queryKey: sitingKeys.studies() });
    },
  });
}

export function useDeleteStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/siting/studies/${encodeURIComponent(id)}`),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: sitingKeys.study(id) });
      void client.invalidateQueries({ queryKey: sitingKeys.studies() });
    },
  });
}

export function useSaveStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StudyInput) => api.post<Study>('/siting/studies', body),
    onSuccess: (study) => {
      client.setQueryData(sitingKeys.study(study.id), study);
      void client.invalidateQueries({ queryKey: sitingKeys.studies() });
    },
  });
}
