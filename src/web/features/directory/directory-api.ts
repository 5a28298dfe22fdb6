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
