import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';
import { type DeskTopics, useDeskTopics } from '../../lib/desk-topics.ts';

export type Consultation = Schemas['Consultation'];
export type ConsultationSummary = Schemas['ConsultationSummary'];
export type PublicConsultationInput = RequestOf<'submitPublicConsultation'>;
export type ConsultationInput = RequestOf<'createConsultation'>;
export type Topics = DeskTopics;
export type QueueFilter = { topic?: string; status?: string; overdue?: 'true' };

const keys = {
  all: ['desk'] as const,
  list: (f: QueueFilter) => ['desk', 'list', f.topic ?? '', f.status ?? '', f.overdue ?? ''] as const,
  one: (id: string) => ['desk', 'one', id] as const,
};

export const useTopics = () => useDeskTopics();

export const useConsultations = (filter: QueueFilter) =>
  useQuery(
    queryOptions({
      queryKey: keys.list(filter),
      queryFn: () =>
        api.get<ResponseOf<'listConsultations'>>('/desk/consultations', { ...filter, limit: 200 }),
    }),
  );

export const useConsultation = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.one(id),
      queryFn: () => api.get<Consultation>(`/desk/consultations/${encodeURIComponent(id)}`),
    }),
  );

export const useSubmitPublic = () =>
  useMutation({
    mutationFn: (body: PublicConsultationInput) => api.post('/desk/public-consultations', body),
  });

export function useOpenConsultation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsultationInput) => api.post<Consultation>('/desk/consultations', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

/** One step on a case (triage, refer, note, close, reopen, accept, return): the answer is the case as it now is. */
export function useCaseStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<Consultation>(path, body),
    onSuccess: (data) => {
      qc.setQueryData(keys.one(id), data);
      return qc.invalidateQueries({ queryKey: ['desk', 'list'] });
    },
  });
}
