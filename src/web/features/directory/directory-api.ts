import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { List, Organization } from '../../lib/api-types.ts';
import { type OrganizationSearch, pageSize, toApiQuery } from '../../lib/organization-search.ts';

export function useOrganizationList(search: OrganizationSearch) {
  const query = { ...toApiQuery(search), limit: String(pageSize), offset: String(search.offset) };
  return useQuery({
    queryKey: ['organizations', query],
    queryFn: () => api.get<List<Organization>>('/organizations', query),
    // Keep the old page on screen while the next one loads, instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () => api.get<Organization>(`/organizations/${encodeURIComponent(id)}`),
  });
}

/** Membership names resolve against association organisations by key. */
export type OrganizationInput = Omit<Organization, 'id' | 'createdAt' | 'updatedAt' | 'highlights'>;

export function useSaveOrganization(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<OrganizationInput>) =>
      id
        ? api.patch<Organization>(`/organizations/${encodeURIComponent(id)}`, body)
        : api.post<Organization>('/organizations', body),
    onSuccess: (saved) => {
      client.setQueryData(['organization', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

export function useDeleteOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/organizations/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organizations'] }),
  });
}
