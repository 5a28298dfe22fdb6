import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, ifMatch } from '../../lib/api-client.ts';
import type { LocalizedText, RequestOf, SessionUser } from '../../lib/api-types.ts';
import type { Facility, FacilityEquipment, Unit } from './incubation-api.ts';

export type FacilityBody = RequestOf<'createFacility'>;
export type FacilityPatch = RequestOf<'updateFacility'>;
export type UnitBody = RequestOf<'addFacilityUnit'>;
export type UnitPatch = RequestOf<'updateFacilityUnit'>;
export type EquipmentBody = RequestOf<'addEquipment'>;
export type EquipmentPatch = RequestOf<'updateEquipment'>;

/** Mirrors the server rule: an admin, or a member of the facility's organisation. */
export const canEditFacility = (user: SessionUser | null, facility: Pick<Facility, 'organization'>) =>
  !!user &&
  (user.role === 'admin' || (user.role === 'member' && user.organizationId === facility.organization.id));

/** May this account add a facility at all (the admin for anyone, a member for its own organisation)? */
export const canAddFacility = (user: SessionUser | null) =>
  !!user && (user.role === 'admin' || (user.role === 'member' && !!user.organizationId));

/** The server's field errors at `body.<path>` (and under it), to show next to the field. */
export const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/** A bilingual text from two inputs: empty sides are left out (the server refuses empty strings). */
export function bilingualText(ja: string, en: string): LocalizedText {
  return { ...(ja.trim() ? { ja: ja.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}

/** A number input's text: empty is "not given"; anything else goes to the server as typed, to be judged there. */
export const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** A key nobody has to invent: the kind and a time-based suffix, editable in the form. */
export const suggestKey = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Only the fields whose value differs from what was loaded: a PATCH changes nothing else. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) out[k] = after[k];
  }
  return out;
}

/**
 * What a form sends: on edit only the changed fields (nothing when none changed), on create every field given
 * (an empty optional number is left out rather than sent as null).
 */
export function saveBody<T extends Record<string, unknown>>(editing: boolean, before: T, after: T) {
  if (editing) {
    const patch = changedFields(before, after);
    return Object.keys(patch).length === 0 ? null : patch;
  }
  return Object.fromEntries(Object.entries(after).filter(([, v]) => v !== null)) as Partial<T>;
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['incubation'] });
}

export function useCreateFacility() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: FacilityBody) => api.post<Facility>('/facilities', body),
    onSuccess: invalidate,
  });
}

export function useUpdateFacility(facility: Facility | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: FacilityPatch) =>
      api.patch<Facility>(`/facilities/${facility!.id}`, body, ifMatch(facility!.version)),
    onSuccess: invalidate,
  });
}

export function useDeleteFacility(facility: Facility | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api.delete(`/facilities/${facility!.id}`, ifMatch(facility!.version)),
    onSuccess: invalidate,
  });
}

/** Add a unit (no `unit`) or change the given one. */
export function useSaveUnit(facilityId: string, unit: Unit | null) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UnitBody | UnitPatch) =>
      unit
        ? api.patch<Unit>(`/facility-units/${unit.id}`, body, ifMatch(unit.version))
        : api.post<Unit>(`/facilities/${facilityId}/units`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (unit: Unit) => api.delete(`/facility-units/${unit.id}`, ifMatch(unit.version)),
    onSuccess: invalidate,
  });
}

export function useSaveEquipment(facilityId: string, item: FacilityEquipment | null) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: EquipmentBody | EquipmentPatch) =>
      item
        ? api.patch<FacilityEquipment>(`/equipment/${item.id}`, body, ifMatch(item.version))
        : api.post<FacilityEquipment>(`/facilities/${facilityId}/equipment`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteEquipment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (item: FacilityEquipment) => api.delete(`/equipment/${item.id}`, ifMatch(item.version)),
    onSuccess: invalidate,
  });
}
