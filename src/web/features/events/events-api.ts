import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type EventList = ResponseOf<'listEvents'>;
export type ClubEvent = Schemas['Event'];
export type MyRegistration = Schemas['MyEventRegistration'];
export type Registrations = ResponseOf<'listEventRegistrations'>;
export type EventInput = RequestOf<'createEvent'>;
export type EventPatch = RequestOf<'updateEvent'>;
export type CheckInResult = ResponseOf<'checkInToEvent'>;
export type EventFigures = ResponseOf<'getEventFigures'>;
export type EventOutcomes = ResponseOf<'getEventOutcomes'>;
export type EventFeedback = ResponseOf<'getEventFeedback'>;

const keys = {
  all: ['events'] as const,
  list: (kind: string, when: string) => ['events', 'list', kind, when] as const,
  event: (id: string) => ['events', 'event', id] as const,
  registrations: (id: string) => ['events', 'registrations', id] as const,
  figures: ['events', 'figures'] as const,
  outcomes: (id: string) => ['events', 'outcomes', id] as const,
  feedback: (id: string) => ['events', 'feedback', id] as const,
};

export const useEventFigures = () =>
  useQuery(queryOptions({ queryKey: keys.figures, queryFn: () => api.get<EventFigures>('/event-figures') }));

export const useEventOutcomes = (id: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      enabled,
      queryKey: keys.outcomes(id),
      queryFn: () => api.get<EventOutcomes>(`/events/${encodeURIComponent(id)}/outcomes`),
    }),
  );

export const useEventFeedback = (id: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      enabled,
      queryKey: keys.feedback(id),
      queryFn: () => api.get<EventFeedback>(`/events/${encodeURIComponent(id)}/feedback`),
    }),
  );

export const useEvents = (kind: string, when: 'upcoming' | 'past') =>
  useQuery(
    queryOptions({
      queryKey: keys.list(kind, when),
      queryFn: () => api.get<EventList>('/events', { ...(kind ? { kind } : {}), when, limit: '200' }),
    }),
  );

export const useEvent = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.event(id),
      queryFn: () => api.get<ClubEvent>(`/events/${encodeURIComponent(id)}`),
    }),
  );

export const useRegistrations = (id: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      enabled,
      queryKey: keys.registrations(id),
      queryFn: () => api.get<Registrations>(`/events/${encodeURIComponent(id)}/registrations`),
    }),
  );

/** Every change to an event or its registrations refreshes everything the feature shows. */
function useEventsMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useRegister = (eventId: string) =>
  useEventsMutation((body: { answers: Record<string, unknown>; tourSlotId?: string }) =>
    api.post<MyRegistration>(`/events/${encodeURIComponent(eventId)}/registrations`, body),
  );

export const useCancelRegistration = () =>
  useEventsMutation((registrationId: string) =>
    api.post<MyRegistration>(`/event-registrations/${encodeURIComponent(registrationId)}/cancel`),
  );

export const useCheckIn = (eventId: string) =>
  useEventsMutation((code: string) =>
    api.post<CheckInResult>(`/events/${encodeURIComponent(eventId)}/check-ins`, { code }),
  );

export const useSaveEvent = (existing?: { id: string; version: number }) =>
  useEventsMutation((body: EventInput | EventPatch) =>
    existing
      ? api.patch<ClubEvent>(`/events/${encodeURIComponent(existing.id)}`, body, ifMatch(existing.version))
      : api.post<ClubEvent>('/events', body),
  );

export const useGiveFeedback = (eventId: string) =>
  useEventsMutation((answers: Record<string, unknown>) =>
    api.post<EventFeedback>(`/events/${encodeURIComponent(eventId)}/feedback`, { answers }),
  );

/** The organiser opens the attendees' feedback survey now (once the event has started). */
export const useOpenFeedback = (eventId: string) =>
  useEventsMutation(() => api.post<EventOutcomes>(`/events/${encodeURIComponent(eventId)}/feedback-survey`));

export const useSetTourSlots = (eventId: string) =>
  useEventsMutation((slots: { startsAt: string; endsAt: string; capacity: number }[]) =>
    api.put<unknown>(`/events/${encodeURIComponent(eventId)}/tour-slots`, { slots }),
  );
