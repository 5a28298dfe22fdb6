import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StudyCriterion } from '../../../core/siting/study.ts';
import type { CrossTab, QuestionSummary } from '../../../core/surveys/aggregate.ts';
import type { Answers, SurveyDefinition, Text } from '../../../core/surveys/types.ts';
import type { GroupWeights } from '../../../core/surveys/weights.ts';
import { api } from '../../lib/api-client.ts';
import type { List } from '../../lib/api-types.ts';

export type Survey = {
  id: string;
  key: string;
  title: Text;
  description: Text;
  definition: SurveyDefinition;
  version: number;
  status: 'draft' | 'open' | 'closed';
  anonymity: 'named' | 'anonymous';
  minCell: number;
  closesAt: string | null;
  reminderDays: number[];
  population: { kinds?: string[]; memberships?: string[]; organizations?: string[] };
  synthetic: boolean;
  invited?: number;
  answered?: number;
};

export type SurveyTemplate = {
  key: string;
  title: Text;
  description: Text;
  questions: SurveyDefinition['questions'];
};

export type Progress = {
  status: Survey['status'];
  invited: number;
  answered: number;
  drafts: number;
  rate: number;
  byKind: { kind: string; invited: number; answered: number }[];
  answeredOverTime: { date: string; answered: number }[];
  notAnswered: { invitationId: string; invitee: string; kind: string; started: boolean; reminders: number }[];
};

export type Invitation = { invitationId: string; invitee: string; kind: string; link: string };

export type Results = {
  title: Text;
  synthetic: boolean;
  anonymity: Survey['anonymity'];
  invited: number;
  respondents: number;
  questions: QuestionSummary[];
};

export type WeightSets = {
  method: string;
  groups: (GroupWeights & { criteria: StudyCriterion[]; unmapped: string[] })[];
};

export type LinkView = {
  survey: Pick<
    Survey,
    'key' | 'title' | 'description' | 'definition' | 'version' | 'status' | 'anonymity' | 'closesAt'
  >;
  invitee: string;
  expiresAt: string | null;
  response: { answers: Answers; submittedAt: string | null; updatedAt: string } | null;
};

const base = (id: string) => `/surveys/${encodeURIComponent(id)}`;

export const useSurveys = () =>
  useQuery({ queryKey: ['surveys'], queryFn: () => api.get<List<Survey>>('/surveys') });
export const useTemplates = () =>
  useQuery({
    queryKey: ['survey-templates'],
    queryFn: () => api.get<List<SurveyTemplate>>('/survey-templates'),
  });
export const useSurvey = (id: string) =>
  useQuery({ queryKey: ['survey', id], queryFn: () => api.get<Survey>(base(id)) });

/** The coordinator's live view: refreshed every few seconds while the page is open. */
export const useProgress = (id: string, live: boolean) =>
  useQuery({
    queryKey: ['survey', id, 'progress'],
    queryFn: () => api.get<Progress>(`${base(id)}/progress`),
    refetchInterval: live ? 5000 : false,
  });

export const useResults = (id: string, baseKind: 'answered' | 'respondents', live: boolean) =>
  useQuery({
    queryKey: ['survey', id, 'results', baseKind],
    queryFn: () => api.get<Results>(`${base(id)}/results`, { base: baseKind }),
    refetchInterval: live ? 5000 : false,
    placeholderData: keepPreviousData,
  });

export const useCrossTab = (id: string, row: string, column: string) =>
  useQuery({
    queryKey: ['survey', id, 'crosstab', row, column],
    queryFn: () => api.get<CrossTab>(`${base(id)}/crosstab`, { row, column }),
    enabled: Boolean(row && column),
  });

export const useWeights = (id: string, matrix: string, groupBy: string, method: string) =>
  useQuery({
    queryKey: ['survey', id, 'weights', matrix, groupBy, method],
    queryFn: () =>
      api.get<WeightSets>(`${base(id)}/weights`, { matrix, groupBy: groupBy || undefined, method }),
    enabled: Boolean(matrix),
  });

export function useSurveyAction<T>(id: string, action: 'open' | 'close' | 'remind') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<T>(`${base(id)}/${action}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey', id] }),
  });
}

export function useSaveSurvey(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<Survey, 'id' | 'version' | 'status' | 'synthetic' | 'invited' | 'answered'>) =>
      id ? api.put<Survey>(base(id), body) : api.post<Survey>('/surveys', body),
    onSuccess: (saved) => {
      client.setQueryData(['survey', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}

export const useLink = (token: string) =>
  useQuery({
    queryKey: ['survey-link', token],
    queryFn: () => api.get<LinkView>(`/survey-links/${encodeURIComponent(token)}`),
    retry: false,
  });

export type MySurvey = { title: Text; closesAt: string | null; submittedAt: string | null; link: string };
export const useMySurveys = (enabled: boolean) =>
  useQuery({ queryKey: ['my-surveys'], queryFn: () => api.get<List<MySurvey>>('/my-surveys'), enabled });
export const useLinks = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['survey', id, 'links'],
    queryFn: () => api.get<List<Invitation>>(`/surveys/${encodeURIComponent(id)}/links`),
    enabled,
  });
