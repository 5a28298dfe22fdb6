import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Brokerage = ResponseOf<'getBrokerage'>;
export type BrokerageMeeting = Schemas['BrokerageMeeting'];
export type BrokerageProfileInput = RequestOf<'saveBrokerageProfile'>;
export type Suggestions = ResponseOf<'brokerageSuggestions'>;
export type ScheduleResult = ResponseOf<'scheduleBrokerageMeetings'>;

// Under the events feature's key, so registering or cancelling (events-api.ts) refreshes these too.
const keys = {
  all: ['events', 'brokerage'] as const,
  event: (id: string) => ['events', 'brokerage', 'event', id] as const,
  suggestions: (id: string) => ['events', 'brokerage', 'suggestions', id] as const,
};
const at = (id: string) => `/events/${encodeURIComponent(id)}`;

export const useBrokerage = (eventId: string, enabled = true) =>
  useQuery(
    queryOptions({
      enabled,
      queryKey: keys.event(eventId),
      queryFn: () => api.get<Brokerage>(`${at(eventId)}/brokerage`),
    }),
  );

export const useSuggestions = (eventId: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      enabled,
      queryKey: keys.suggestions(eventId),
      queryFn: () => api.get<Suggestions>(`${at(eventId)}/brokerage/suggestions`),
    }),
  );

/** Any change to a brokerage event's data refreshes all of it (meetings, agenda, suggestions). */
function useBrokerageMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useSaveProfile = (eventId: string) =>
  useBrokerageMutation((body: BrokerageProfileInput) =>
    api.put<Brokerage>(`${at(eventId)}/brokerage/profile`, body),
  );

export const useRequestMeeting = (eventId: string) =>
  useBrokerageMutation((withId: string) =>
    api.post<BrokerageMeeting>(`${at(eventId)}/meetings`, { with: withId }),
  );

export const useAnswerMeeting = () =>
  useBrokerageMutation(({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
    api.post<BrokerageMeeting>(`/brokerage-meetings/${encodeURIComponent(id)}/answer`, { answer }),
  );

export const useConfigureBrokerage = (eventId: string) =>
  useBrokerageMutation((body: { slotMinutes: number; tables: number }) =>
    api.put<Brokerage>(`${at(eventId)}/brokerage`, body),
  );

export const useSchedule = (eventId: string) =>
  useBrokerageMutation(() => api.post<ScheduleResult>(`${at(eventId)}/brokerage/schedule`));

export const useMarkHeld = () =>
  useBrokerageMutation((id: string) =>
    api.post<BrokerageMeeting>(`/brokerage-meetings/${encodeURIComponent(id)}/held`),
  );
