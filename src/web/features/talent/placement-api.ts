import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Opening = Schemas['JobOpening'];
export type OpeningInput = RequestOf<'createJobOpening'>;
export type Application = Schemas['JobApplication'];
export type Candidate = Schemas['OpeningCandidate'];
export type Stage = Application['stage'];

const keys = {
  all: ['placement'] as const,
  openings: (status?: string) => ['placement', 'openings', status ?? ''] as const,
  opening: (id: string) => ['placement', 'opening', id] as const,
  applications: (opening?: string) => ['placement', 'applications', opening ?? ''] as const,
  candidates: (id: string, since?: string) => ['placement', 'candidates', id, since ?? ''] as const,
  profile: () => ['placement', 'profile'] as const,
};

export const useOpenings = (status?: 'open' | 'closed') =>
  useQuery(
    queryOptions({
      queryKey: keys.openings(status),
      queryFn: () => api.get<ResponseOf<'listJobOpenings'>>('/job-openings', status ? { status } : {}),
    }),
  );

export const useOpening = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.opening(id),
      queryFn: () => api.get<Opening>(`/job-openings/${encodeURIComponent(id)}`),
    }),
  );

export const useApplications = (enabled: boolean, opening?: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.applications(opening),
      queryFn: () =>
        api.get<ResponseOf<'listJobApplications'>>('/job-applications', opening ? { opening } : {}),
      enabled,
    }),
  );

/** `graduatedSince` leaves out people who graduated before that day (people on a programme now stay). */
export const useCandidates = (id: string, enabled: boolean, graduatedSince?: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.candidates(id, graduatedSince),
      queryFn: () =>
        api.get<ResponseOf<'listJobOpeningCandidates'>>(
          `/job-openings/${id}/candidates`,
          graduatedSince ? { graduatedSince } : {},
        ),
      enabled,
    }),
  );

export const useMyProfile = (enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: keys.profile(),
      queryFn: () => api.get<ResponseOf<'getMyTalentProfile'>>('/my-training/profile'),
      enabled,
    }),
  );

/** A placement write changes boards, counts and lists: refresh the feature's queries. */
function usePlacementMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateOpening = () =>
  usePlacementMutation((input: OpeningInput) => api.post<Opening>('/job-openings', input));

export const usePatchOpening = (id: string, version: number) =>
  usePlacementMutation((input: RequestOf<'patchJobOpening'>) =>
    api.patch<Opening>(`/job-openings/${id}`, input, ifMatch(version)),
  );

export const useApply = (openingId: string) =>
  usePlacementMutation((input: { message: string }) =>
    api.post<Application>(`/job-openings/${openingId}/applications`, input),
  );

export const useMoveStage = (id: string) =>
  usePlacementMutation((input: { to: Stage; reason?: string; startOn?: string }) =>
    api.post<Application>(`/job-applications/${id}/stage`, input),
  );

export const useConfirmRetention = (placementId: string) =>
  usePlacementMutation((input: { months: 6 | 12; outcome: 'retained' | 'left' }) =>
    api.post<Application>(`/placements/${placementId}/retention`, input),
  );

export const usePutProfile = () =>
  usePlacementMutation((input: RequestOf<'putMyTalentProfile'>) =>
    api.put<ResponseOf<'putMyTalentProfile'>>('/my-training/profile', input),
  );
