import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './api-client.ts';
import type { Organization, Session, SessionUser } from './api-types.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session> {
  const session = await api.get<Session>('/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQuery = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });

export function useSession() {
  const query = useQuery(sessionQuery());
  return { user: query.data?.user ?? null, isLoading: query.isLoading };
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<Session>('/auth/login', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Everything cached was fetched as someone else (unpublished profiles, admin lists): start over.
      client.clear();
      client.setQueryData(sessionQueryKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData<Session>(sessionQueryKey, { user: null, csrfToken: null });
    },
  });
}

/** Mirrors the server rule: admins edit any profile, members only their own. */
export function canEditOrganization(
  user: SessionUser | null,
  organization: Pick<Organization, 'id'>,
): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'member' && user.organizationId === organization.id);
}
