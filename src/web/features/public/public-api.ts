import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Explainer = Schemas['Explainer'];
export type ExplainerInput = RequestOf<'createExplainer'>;
export type PublicQuestion = Schemas['PublicQuestion'];
export type ModeratedQuestion = Schemas['ModeratedQuestion'];
export type AskInput = RequestOf<'askPublicQuestion'>;

const keys = {
  all: ['public'] as const,
  explainers: ['public', 'explainers'] as const,
  explainer: (slug: string) => ['public', 'explainer', slug] as const,
  questions: (q: string) => ['public', 'questions', q] as const,
  faq: (q: string) => ['public', 'faq', q] as const,
  moderation: (status: string) => ['public', 'moderation', status] as const,
};

export const useExplainers = () =>
  useQuery(
    queryOptions({
      queryKey: keys.explainers,
      queryFn: () => api.get<ResponseOf<'listExplainers'>>('/public/explainers'),
    }),
  );

export const useExplainer = (slug: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.explainer(slug),
      queryFn: () => api.get<Explainer>(`/public/explainers/${encodeURIComponent(slug)}`),
    }),
  );

export const usePublicQuestions = (q: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.questions(q),
      queryFn: () =>
        api.get<ResponseOf<'listPublicQuestions'>>('/public/questions', { ...(q ? { q } : {}), limit: 100 }),
      placeholderData: keepPreviousData,
    }),
  );

export const useFaq = (q: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.faq(q),
      queryFn: () => api.get<ResponseOf<'listFaq'>>('/public/faq', { ...(q ? { q } : {}), limit: 200 }),
      placeholderData: keepPreviousData,
    }),
  );

export const useModeration = (status: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.moderation(status),
      queryFn: () =>
        api.get<ResponseOf<'listQuestionsToModerate'>>('/public/moderation/questions', {
          ...(status ? { status } : {}),
          limit: 200,
        }),
    }),
  );

export const useAsk = () =>
  useMutation({ mutationFn: (body: AskInput) => api.post('/public/questions', body) });

export const useFollow = (id: string) =>
  useMutation({ mutationFn: (email: string) => api.post(`/public/questions/${id}/follows`, { email }) });

export const useUnfollow = () =>
  useMutation({ mutationFn: (token: string) => api.delete(`/public/follows/${encodeURIComponent(token)}`) });

/** One moderation step (publish, answer, merge, reject); everything public is refetched after it. */
export function useModerationStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step, body }: { id: string; step: string; body: unknown }) =>
      api.post<ModeratedQuestion>(`/public/questions/${id}/${step}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Creates a page, or edits the version the form was opened on (a 412 if someone saved in between). */
export function useSaveExplainer(page: { id: string; version: number } | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExplainerInput) =>
      page
        ? api.put<Explainer>(`/public/explainers/${page.id}`, body, ifMatch(page.version))
        : api.post<Explainer>('/public/explainers', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}
