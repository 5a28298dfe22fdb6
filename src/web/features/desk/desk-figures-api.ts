import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type DeskFigures = ResponseOf<'getDeskFigures'>;
export type SearchResult = ResponseOf<'searchConsultations'>;
export type FaqEntry = Schemas['FaqEntry'];
export type Period = { from?: string; to?: string };

const keys = {
  figures: (p: Period) => ['desk-figures', p.from ?? '', p.to ?? ''] as const,
  search: (q: string) => ['desk-search', q] as const,
  faq: ['desk-faq'] as const,
};

export const figuresQuery = (p: Period) =>
  queryOptions({ queryKey: keys.figures(p), queryFn: () => api.get<DeskFigures>('/desk/figures', p) });
export const useFigures = (p: Period) => useQuery(figuresQuery(p));

export const useConsultationSearch = (q: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.search(q),
      queryFn: () => api.get<SearchResult>('/desk/search', { q, limit: 50 }),
      enabled: q.length > 0,
    }),
  );

/** Every FAQ entry, published or not (a coordinator's view of GET /public/faq). */
export const useFaqEntries = () =>
  useQuery(
    queryOptions({
      queryKey: keys.faq,
      queryFn: () => api.get<ResponseOf<'listFaq'>>('/public/faq', { limit: 200 }),
    }),
  );

export function useSaveFaq() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: RequestOf<'updateFaqEntry'> }) =>
      api.patch<FaqEntry>(`/public/faq/${encodeURIComponent(id)}`, body, ifMatch(version)),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.faq }),
  });
}
