import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, ifMatch } from '../../lib/api-client.ts';
import type { ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Lease = Schemas['Lease'];
export type Occupancy = ResponseOf<'getFacilityOccupancy'>;
export type UnitStates = ResponseOf<'getFacilityUnitStates'>;
export type Waitlist = ResponseOf<'getFacilityWaitlist'>;
export type Graduation = Schemas['Graduation'];

const keys = {
  all: ['incubation-leases'] as const,
  leases: (facility?: string) => ['incubation-leases', 'leases', facility ?? ''] as const,
  occupancy: (facility?: string) => ['incubation-leases', 'occupancy', facility ?? ''] as const,
  states: (id: string) => ['incubation-leases', 'states', id] as const,
  waitlist: (id: string) => ['incubation-leases', 'waitlist', id] as const,
  graduations: ['incubation-leases', 'graduations'] as const,
};

export const useLeases = (facility?: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: keys.leases(facility),
      queryFn: () => api.get<{ items: Lease[] }>('/facility-leases', facility ? { facility } : {}),
      enabled,
    }),
  );

export const useOccupancy = (facility?: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.occupancy(facility),
      queryFn: () => api.get<Occupancy>('/facility-occupancy', facility ? { facility } : {}),
    }),
  );

export const useUnitStates = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.states(id),
      queryFn: () => api.get<UnitStates>(`/facilities/${encodeURIComponent(id)}/unit-states`),
    }),
  );

export const useWaitlist = (id: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: keys.waitlist(id),
      queryFn: () => api.get<Waitlist>(`/facilities/${encodeURIComponent(id)}/waitlist`),
      enabled,
    }),
  );

export const useGraduations = (enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: keys.graduations,
      queryFn: () => api.get<{ items: Graduation[] }>('/lease-graduations'),
      enabled,
    }),
  );

/** Every lease write changes leases, occupancy, states and graduations: refetch them all. */
function useLeaseMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export type OfferInput = {
  unitId: string;
  tenant: string;
  startOn: string;
  endOn: string;
  monthlyRentJpy: number;
  depositJpy: number;
  /** The admitted application to a public call this offer answers, when it came from one. */
  applicationId?: string | null;
};
export const useOfferLease = () =>
  useLeaseMutation((input: OfferInput) => api.post<Lease>('/facility-leases', input));

export const useMoveLease = () =>
  useLeaseMutation(({ lease, action }: { lease: Lease; action: 'accept' | 'notice' | 'end' }) =>
    apiRequest<Lease>('POST', `/facility-leases/${lease.id}/${action}`, { headers: ifMatch(lease.version) }),
  );

export type GraduationInput = {
  graduatedOn: string;
  site?: string;
  address?: string;
  jobsAtExit: number;
  investmentJpy: number;
};
export const useGraduate = () =>
  useLeaseMutation(({ lease, input }: { lease: Lease; input: GraduationInput }) =>
    api.post<Graduation>(`/facility-leases/${lease.id}/graduation`, input),
  );

export type FollowUpInput = {
  year: number;
  employees: number;
  revenueBand: Graduation['reports'][number]['revenueBand'];
  inRegion: boolean;
  comment: string;
};
export const useFollowUp = () =>
  useLeaseMutation(({ graduation, input }: { graduation: Graduation; input: FollowUpInput }) =>
    api.post<Graduation>(`/lease-graduations/${graduation.id}/reports`, input),
  );

export const useWaitlistMembership = (facilityId: string) =>
  useLeaseMutation(({ kind, join }: { kind: string; join: boolean }) =>
    join
      ? api.post<Waitlist>(`/facilities/${facilityId}/waitlist`, { kind })
      : apiRequest<Waitlist>('DELETE', `/facilities/${facilityId}/waitlist/${kind}`),
  );
