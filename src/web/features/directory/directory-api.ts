import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { Organization, RequestOf, ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type OrganizationSearch, pageSize, toListQuery } from '../../lib/organization-search.ts';
import { organizationKeys, organizationQueries } from '../../lib/organizations.ts';

export function useOrganizationList(search: OrganizationSearch) {
  const { lang } = useI18n();
  const query = { ...toListQuery(search), limit: String(pageSize), offset: String(search.offset) };
  return useQuery({
    ...organizationQueries.list(query, search.sort === 'name' ? lang : undefined),
    // Keep the old page on screen while the next one loads, instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  return useQuery(organizationQueries.detail(id));
}

/** What the form sends: the create body (a PATCH takes any part of it). */
export type OrganizationInput = RequestOf<'createOrganization'>;

/** Saves a new organisation, or an edit of the version the form was loaded with (If-Match: a 412 if stale). */
export function useSaveOrganization(id: string | null, version?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<OrganizationInput>) =>
      id
        ? api.patch<ResponseOf<'updateOrganization'>>(
            `/organizations/${encodeURIComponent(id)}`,
            body,
            version === undefined ? undefined : ifMatch(version),
          )
        : api.post<ResponseOf<'createOrganization'>>('/organizations', body),
    onSuccess: (saved: Organization) => {
      client.setQueryData(organizationKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: organizationKeys.lists() });
    },
  });
}

export function useDeleteOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/organizations/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.lists() }),
  });
}

/** The profile's hub: posts, relations and (for its own members and coordinators) introductions. */
export function useOrganizationActivity(id: string, viewer: string | null) {
  return useQuery({
    // What it holds depends on who looks, so a sign-in or sign-out asks again.
    queryKey: [...organizationKeys.detail(id), 'activity', viewer],
    queryFn: () =>
      api.get<ResponseOf<'getOrganizationActivity'>>(`/organizations/${encodeURIComponent(id)}/activity`),
  });
}

const contactsKey = (id: string) => [...organizationKeys.detail(id), 'contacts'] as const;

/** Contact persons: asked for only when signed in (the API refuses a visitor). */
export function useContacts(id: string, signedIn: boolean) {
  return useQuery({
    queryKey: contactsKey(id),
    queryFn: () =>
      api.get<ResponseOf<'listOrganizationContacts'>>(`/organizations/${encodeURIComponent(id)}/contacts`),
    enabled: signedIn,
  });
}

export type ContactInput = RequestOf<'createOrganizationContact'>;

export function useSaveContact(organizationId: string, contactId: string | null) {
  const client = useQueryClient();
  const base = `/organizations/${encodeURIComponent(organizationId)}/contacts`;
  return useMutation({
    mutationFn: (body: ContactInput) =>
      contactId
        ? api.patch<ResponseOf<'updateOrganizationContact'>>(`${base}/${contactId}`, body)
        : api.post<ResponseOf<'createOrganizationContact'>>(base, body),
    onSuccess: () => client.invalidateQueries({ queryKey: contactsKey(organizationId) }),
  });
}

export function useDeleteContact(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      api.delete(`/organizations/${encodeURIComponent(organizationId)}/contacts/${contactId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: contactsKey(organizationId) }),
  });
}
