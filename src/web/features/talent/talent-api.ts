import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Programme = Schemas['TrainingProgramme'];
export type ProgrammeInput = RequestOf<'createTrainingProgramme'>;
export type Cohort = Schemas['TrainingCohort'];
export type Enrolment = Schemas['TrainingEnrolment'];
export type Skill = Schemas['Skill'];

const keys = {
  all: ['talent'] as const,
  skills: () => ['talent', 'skills'] as const,
  programmes: (f: { skill?: string; level?: string }) => ['talent', 'programmes', f] as const,
  programme: (id: string) => ['talent', 'programme', id] as const,
  enrolments: () => ['talent', 'enrolments'] as const,
};

export const useSkills = () =>
  useQuery(
    queryOptions({
      queryKey: keys.skills(),
      queryFn: () => api.get<ResponseOf<'listSkills'>>('/skills'),
      staleTime: 600_000,
    }),
  );

export const useProgrammes = (f: { skill?: string; level?: string }) =>
  useQuery(
    queryOptions({
      queryKey: keys.programmes(f),
      queryFn: () => api.get<ResponseOf<'listTrainingProgrammes'>>('/training-programmes', f),
    }),
  );

export const useProgramme = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.programme(id),
      queryFn: () => api.get<Programme>(`/training-programmes/${encodeURIComponent(id)}`),
    }),
  );

export const useEnrolments = (enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: keys.enrolments(),
      queryFn: () => api.get<ResponseOf<'listTrainingEnrolments'>>('/training-enrolments'),
      enabled,
    }),
  );

/** Every talent write changes counts shown elsewhere (places, waiting lists): refresh the feature's queries. */
function useTalentMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateProgramme = () =>
  useTalentMutation((input: ProgrammeInput) => api.post<Programme>('/training-programmes', input));

export const usePatchProgramme = (id: string, version: number) =>
  useTalentMutation((input: RequestOf<'patchTrainingProgramme'>) =>
    api.patch<Programme>(`/training-programmes/${id}`, input, ifMatch(version)),
  );

export const useAddCohort = (programmeId: string) =>
  useTalentMutation((input: { startOn: string; capacity?: number }) =>
    api.post<Cohort>(`/training-programmes/${programmeId}/cohorts`, input),
  );

export const useEnrol = () =>
  useTalentMutation((input: { cohortId: string; employer?: string }) =>
    api.post<Enrolment>(
      `/training-cohorts/${input.cohortId}/enrolments`,
      input.employer ? { employer: input.employer } : {},
    ),
  );

export type EnrolmentAction =
  | { kind: 'withdraw'; reason: string }
  | { kind: 'sponsorship' }
  | { kind: 'plan-signatures' }
  | { kind: 'hours'; workedOn: string; hours: number; activity: string }
  | { kind: 'reviews'; reviewedOn: string; rag: 'red' | 'amber' | 'green'; note: string };

export const useEnrolmentAction = (id: string) =>
  useTalentMutation(({ kind, ...body }: EnrolmentAction) =>
    api.post<Enrolment>(
      `/training-enrolments/${id}/${kind}`,
      kind === 'withdraw' || kind === 'hours' || kind === 'reviews' ? body : undefined,
    ),
  );

export const useEraseMyData = () =>
  useTalentMutation(() => api.post<ResponseOf<'eraseMyTrainingData'>>('/my-training/erasure'));

export const useOwnOrganization = (id: string | null) =>
  useQuery(
    queryOptions({
      queryKey: ['talent', 'own-organization', id ?? ''],
      queryFn: () => api.get<ResponseOf<'getOrganization'>>(`/organizations/${id}`),
      enabled: !!id,
    }),
  );
