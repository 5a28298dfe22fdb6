import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Call = Schemas['Call'];
export type CallInput = RequestOf<'createIncubationCall'>;
export type Application = Schemas['Application'];
export type ApplicationInput = RequestOf<'createIncubationApplication'>;
export type ApplicationPatch = RequestOf<'updateIncubationApplication'>;
export type Panel = ResponseOf<'getIncubationPanel'>;
export type PanelRow = Panel['rows'][number];
export type Decision = NonNullable<Application['decision']>;
export type Question = NonNullable<Call['form']>['questions'][number];

const keys = {
  all: ['calls'] as const,
  calls: () => ['calls', 'list'] as const,
  call: (id: string) => ['calls', 'call', id] as const,
  applications: (call?: string) => ['calls', 'applications', call ?? ''] as const,
  application: (id: string) => ['calls', 'application', id] as const,
  panel: (id: string) => ['calls', 'panel', id] as const,
  reviewers: () => ['calls', 'reviewers'] as const,
  offer: () => ['calls', 'offer'] as const,
};

export const useCalls = () =>
  useQuery(
    queryOptions({
      queryKey: keys.calls(),
      queryFn: () => api.get<ResponseOf<'listIncubationCalls'>>('/incubation-calls'),
    }),
  );

export const useCall = (id: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: keys.call(id),
      queryFn: () => api.get<Call>(`/incubation-calls/${id}`),
      enabled: enabled && id !== '',
    }),
  );

export const useApplications = (call?: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: keys.applications(call),
      queryFn: () =>
        api.get<ResponseOf<'listIncubationApplications'>>('/incubation-applications', call ? { call } : {}),
      enabled,
    }),
  );

export const useApplication = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.application(id),
      queryFn: () => api.get<Application>(`/incubation-applications/${id}`),
    }),
  );

export const usePanel = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.panel(id),
      queryFn: () => api.get<Panel>(`/incubation-calls/${id}/panel`),
    }),
  );

export const useReviewers = () =>
  useQuery(
    queryOptions({
      queryKey: keys.reviewers(),
      queryFn: () => api.get<ResponseOf<'listIncubationReviewers'>>('/incubation-reviewers'),
    }),
  );

/** Units and equipment a call can offer: every facility's (the office picks). */
export const useOfferable = () =>
  useQuery(
    queryOptions({
      queryKey: keys.offer(),
      queryFn: async () => {
        const facilities = await api.get<ResponseOf<'listFacilities'>>('/facilities', { limit: 100 });
        const full = await Promise.all(
          facilities.items.map((f) => api.get<ResponseOf<'getFacility'>>(`/facilities/${f.id}`)),
        );
        return {
          units: full.flatMap((f) => f.units.map((u) => ({ key: u.key, name: u.name, facility: f.name }))),
          equipment: full.flatMap((f) =>
            f.equipment.map((e) => ({ key: e.key, name: e.name, facility: f.name })),
          ),
        };
      },
    }),
  );

function useInvalidating<A, R>(fn: (a: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateCall = () =>
  useInvalidating((body: CallInput) => api.post<Call>('/incubation-calls', body));

export const useUpdateCall = (id: string, version?: number) =>
  useInvalidating((body: RequestOf<'updateIncubationCall'>) =>
    api.patch<Call>(`/incubation-calls/${id}`, body, version === undefined ? undefined : ifMatch(version)),
  );

export const useStartApplication = (callId: string) =>
  useInvalidating((body: ApplicationInput) =>
    api.post<Application>(`/incubation-calls/${callId}/applications`, body),
  );

export const useSaveApplication = (id: string, version?: number) =>
  useInvalidating((body: ApplicationPatch) =>
    api.patch<Application>(
      `/incubation-applications/${id}`,
      body,
      version === undefined ? undefined : ifMatch(version),
    ),
  );

export const useSubmitApplication = (id: string) =>
  useInvalidating(() => api.post<Application>(`/incubation-applications/${id}/submit`));

export const useAssignReviewer = (id: string) =>
  useInvalidating((reviewer: string) =>
    api.post<Application>(`/incubation-applications/${id}/reviewers`, { reviewer }),
  );

/** The file disappears for the reviewer: the caller moves on first, then the lists are refreshed. */
export function useDeclareConflict(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<void>(`/incubation-applications/${id}/conflict`, { reason }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.application(id), refetchType: 'none' });
      void client.invalidateQueries({ queryKey: ['calls', 'applications'] });
    },
  });
}

export const useScore = (id: string) =>
  useInvalidating((body: RequestOf<'scoreIncubationApplication'>) =>
    api.put<Application>(`/incubation-applications/${id}/review`, body),
  );

export const useDecide = (id: string) =>
  useInvalidating((body: RequestOf<'decideIncubationApplication'>) =>
    api.post<Application>(`/incubation-applications/${id}/decision`, body),
  );
