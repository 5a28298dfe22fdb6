import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CrossTab } from '../../../core/surveys/aggregate.ts';
import { api } from '../../lib/api-client.ts';
import type { List, RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Survey = Schemas['Survey'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyInput = RequestOf<'createSurvey'>;
export type SurveyTemplate = Schemas['SurveyTemplate'];
export type Progress = Schemas['SurveyProgress'];
export type Invitation = Schemas['SurveyInvitationLink'];
export type Results = Schemas['SurveyResults'];
export type WeightSets = Schemas['SurveyWeights'];
export type LinkView = Schemas['SurveyLinkView'];
export type MySurvey = Schemas['MySurvey'];
export type Population = NonNullable<SurveyInput['population']>;
export type Invitees = Schemas['SurveyInvitees'];
export type Opened = Schemas['SurveyOpened'];

const base = (id: string) => `/surveys/${encodeURIComponent(id)}`;

/** Every query about one survey sits under `surveyKeys.survey(id)`, so one invalidation refreshes its views. */
export const surveyKeys = {
  all: ['surveys'] as const,
  list: () => [...surveyKeys.all, 'list'] as const,
  templates: () => [...surveyKeys.all, 'templates'] as const,
  invitees: (population: Population) => [...surveyKeys.all, 'invitees', population] as const,
  mine: () => [...surveyKeys.all, 'mine'] as const,
  link: (token: string) => [...surveyKeys.all, 'link', token] as const,
  survey: (id: string) => [...surveyKeys.all, 'survey', id] as const,
  view: (id: string, ...rest: string[]) => [...surveyKeys.survey(id), ...rest] as const,
};

export const surveyQueries = {
  list: (origin = 'coordinator') =>
    queryOptions({
      queryKey: [...surveyKeys.list(), origin],
      queryFn: () => api.get<ResponseOf<'listSurveys'>>('/surveys', { origin }),
    }),
  templates: () =>
    queryOptions({
      queryKey: surveyKeys.templates(),
      queryFn: () => api.get<List<SurveyTemplate>>('/survey-templates'),
    }),
  survey: (id: string) =>
    queryOptions({ queryKey: surveyKeys.survey(id), queryFn: () => api.get<Survey>(base(id)) }),
  /** Who a population would invite: a POST (the population is a body), but it changes nothing. */
  invitees: (population: Population) =>
    queryOptions({
      queryKey: surveyKeys.invitees(population),
      queryFn: () => api.post<Invitees>('/survey-invitees', { population }),
    }),
  progress: (id: string) =>
    queryOptions({
      queryKey: surveyKeys.view(id, 'progress'),
      queryFn: () => api.get<Progress>(`${base(id)}/progress`),
    }),
  results: (id: string, baseKind: 'answered' | 'respondents') =>
    queryOptions({
      queryKey: surveyKeys.view(id, 'results', baseKind),
      queryFn: () => api.get<Results>(`${base(id)}/results`, { base: baseKind }),
    }),
  crossTab: (id: string, row: string, column: string) =>
    queryOptions({
      queryKey: surveyKeys.view(id, 'crosstab', row, column),
      queryFn: () => api.get<CrossTab>(`${base(id)}/crosstab`, { row, column }),
    }),
  weights: (id: string, matrix: string, groupBy: string, method: string) =>
    queryOptions({
      queryKey: surveyKeys.view(id, 'weights', matrix, groupBy, method),
      queryFn: () =>
        api.get<WeightSets>(`${base(id)}/weights`, { matrix, groupBy: groupBy || undefined, method }),
    }),
  links: (id: string) =>
    queryOptions({
      queryKey: surveyKeys.view(id, 'links'),
      queryFn: () => api.get<List<Invitation>>(`${base(id)}/links`),
    }),
  link: (token: string) =>
    queryOptions({
      queryKey: surveyKeys.link(token),
      queryFn: () => api.get<LinkView>(`/survey-links/${encodeURIComponent(token)}`),
    }),
  mine: () =>
    queryOptions({ queryKey: surveyKeys.mine(), queryFn: () => api.get<List<MySurvey>>('/my-surveys') }),
};

export const useSurveys = (origin?: string) => useQuery(surveyQueries.list(origin));
export const useTemplates = () => useQuery(surveyQueries.templates());
export const useSurvey = (id: string) => useQuery(surveyQueries.survey(id));
export const useInvitees = (population: Population) =>
  useQuery({ ...surveyQueries.invitees(population), placeholderData: keepPreviousData });

/** The coordinator's live view: refreshed every few seconds while the page is open. */
export const useProgress = (id: string, live: boolean) =>
  useQuery({ ...surveyQueries.progress(id), refetchInterval: live ? 5000 : false });

export const useResults = (id: string, baseKind: 'answered' | 'respondents', live: boolean) =>
  useQuery({
    ...surveyQueries.results(id, baseKind),
    refetchInterval: live ? 5000 : false,
    placeholderData: keepPreviousData,
  });

export const useCrossTab = (id: string, row: string, column: string) =>
  useQuery({ ...surveyQueries.crossTab(id, row, column), enabled: Boolean(row && column) });

export const useWeights = (id: string, matrix: string, groupBy: string, method: string) =>
  useQuery({ ...surveyQueries.weights(id, matrix, groupBy, method), enabled: Boolean(matrix) });

export function useSurveyAction<T>(id: string, action: 'open' | 'close' | 'remind') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<T>(`${base(id)}/${action}`),
    onSuccess: () => client.invalidateQueries({ queryKey: surveyKeys.survey(id) }),
  });
}

/**
 * Creates a survey, or saves one based on the edit the page shows (`basedOn`, its updatedAt): the server's
 * ETag is that time in ms, so a save over someone else's newer edit is refused with 412.
 */
export function useSaveSurvey(id: string | null, basedOn?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) =>
      id
        ? api.put<Survey>(base(id), body, basedOn ? { 'if-match': `"${Date.parse(basedOn)}"` } : undefined)
        : api.post<Survey>('/surveys', body),
    onSuccess: (saved) => {
      client.setQueryData(surveyKeys.survey(saved.id), saved);
      void client.invalidateQueries({ queryKey: surveyKeys.list() });
    },
  });
}

export const useLink = (token: string) => useQuery({ ...surveyQueries.link(token), retry: false });
export const useMySurveys = (enabled: boolean) => useQuery({ ...surveyQueries.mine(), enabled });
export const useLinks = (id: string, enabled: boolean) => useQuery({ ...surveyQueries.links(id), enabled });
