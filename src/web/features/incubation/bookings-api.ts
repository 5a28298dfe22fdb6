import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf } from '../../lib/api-types.ts';

export type Booking = ResponseOf<'getBooking'>;
export type Availability = ResponseOf<'equipmentAvailability'>;
export type Usage = ResponseOf<'bookingUsage'>;
export type BookingInput = RequestOf<'createBooking'>;
export type EquipmentDetail = ResponseOf<'getEquipment'>;

const keys = {
  all: ['bookings'] as const,
  equipment: (id: string) => ['incubation', 'equipment', id] as const,
};

export const useEquipmentDetail = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.equipment(id),
      queryFn: () => api.get<EquipmentDetail>(`/equipment/${encodeURIComponent(id)}`),
    }),
  );

export const useAvailability = (id: string, month: string) =>
  useQuery({
    queryKey: [...keys.all, 'availability', id, month],
    queryFn: () => api.get<Availability>(`/equipment/${encodeURIComponent(id)}/bookings`, { month }),
  });

export const useMyBookings = (enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'mine'],
    queryFn: () => api.get<{ items: Booking[] }>('/bookings'),
    enabled,
  });

export const useBookingRequests = (enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'requests'],
    queryFn: () => api.get<{ items: Booking[] }>('/booking-requests'),
    enabled,
  });

export const useUsage = (month: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'usage', month],
    queryFn: () => api.get<Usage>('/booking-usage', { month }),
    enabled,
  });

export const useFeedState = (enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'feed'],
    queryFn: () => api.get<ResponseOf<'calendarFeedState'>>('/calendar-feed'),
    enabled,
  });

/** Every booking write changes several views (calendar, lists, usage): refresh them all. */
function useBookingMutation<A, R>(fn: (a: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export const useBook = (equipmentId: string) =>
  useBookingMutation((input: BookingInput) =>
    api.post<Booking>(`/equipment/${encodeURIComponent(equipmentId)}/bookings`, input),
  );

export const useCancelBooking = () =>
  useBookingMutation((b: Booking) =>
    apiPost<Booking>(`/bookings/${b.id}/cancel`, undefined, ifMatch(b.version)),
  );

export const useApproveBooking = () =>
  useBookingMutation((b: Booking) =>
    apiPost<Booking>(`/bookings/${b.id}/approve`, undefined, ifMatch(b.version)),
  );

export const useDeclineBooking = () =>
  useBookingMutation(({ booking, reason }: { booking: Booking; reason: string }) =>
    apiPost<Booking>(`/bookings/${booking.id}/decline`, { reason }, ifMatch(booking.version)),
  );

export const useRegenerateFeed = () =>
  useBookingMutation(() => api.post<ResponseOf<'regenerateCalendarFeed'>>('/calendar-feed'));

export const useRevokeFeed = () => useBookingMutation(() => api.delete('/calendar-feed'));

const apiPost = <T>(path: string, body: unknown, headers: Record<string, string>) =>
  apiRequest<T>('POST', path, { body, headers });

export type Quota = ResponseOf<'grantBookingQuota'>;

export const useQuotas = (equipmentId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.all, 'quotas', equipmentId],
    queryFn: () =>
      api.get<{ items: Quota[] }>(`/equipment/${encodeURIComponent(equipmentId)}/booking-quotas`),
    enabled,
  });

export const useGrantQuota = (equipmentId: string) =>
  useBookingMutation((input: RequestOf<'grantBookingQuota'>) =>
    api.post<Quota>(`/equipment/${encodeURIComponent(equipmentId)}/booking-quotas`, input),
  );
