import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IntroductionState, MatchSignals } from '../../../core/matching/index.ts';
import { api } from '../../lib/api-client.ts';
import type { List, LocalizedText } from '../../lib/api-types.ts';

export type PostKind = 'need' | 'seed';
export type OrgRef = { id: string; key: string; name: LocalizedText };

export type Post = {
  id: string;
  key: string | null;
  kind: PostKind;
  organization: OrgRef | null;
  mine: boolean;
  category: string;
  title: LocalizedText;
  body: LocalizedText;
  technologies: string[];
  seeksRoles: string[];
  quantity: string | null;
  timeline: string | null;
  trl: number | null;
  visibility: 'public' | 'members' | 'anonymous';
  status: 'open' | 'closed';
  expired: boolean;
  expiresAt: string;
};

export type Match = {
  type: 'organization' | 'seed' | 'need';
  id: string;
  key: string | null;
  score: number;
  signals: MatchSignals;
  title: LocalizedText;
  organization: OrgRef | null;
};

export type Introduction = {
  id: string;
  state: IntroductionState;
  from: { organization: OrgRef; kind: PostKind; id: string; title: LocalizedText };
  to: { organization: OrgRef | null; type: Match['type']; id: string; title: LocalizedText };
  side: 'requester' | 'recipient' | 'coordinator';
  allowed: IntroductionState[];
  technologies: string[];
  message: string;
  reason: string | null;
  outcome: string | null;
  createdAt: string;
  stateChangedAt: string;
  events: { from: string | null; to: string; note: string | null; at: string }[];
  tasks: { id: string; title: string; dueAt: string | null; doneAt: string | null }[];
};

export type Board = {
  byState: Record<string, number>;
  byAge: { label: string; maxDays: number | null; count: number }[];
  byTechnology: { code: string; count: number }[];
  stalled: number;
  openTasks: number;
  conversion: { month: string; requested: number; accepted: number; meeting: number; contract: number }[];
};

export type Notification = {
  id: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  link: string | null;
  read: boolean;
  createdAt: string;
};

const plural = (kind: PostKind) => (kind === 'need' ? 'needs' : 'seeds');

export function usePosts(kind: PostKind, mine: boolean, q: string) {
  return useQuery({
    queryKey: ['posts', kind, mine, q],
    queryFn: () =>
      api.get<List<Post>>(`/${plural(kind)}`, { mine: mine ? 'true' : undefined, q, limit: 100 }),
  });
}

export function usePost(kind: PostKind, id: string) {
  return useQuery({ queryKey: ['post', kind, id], queryFn: () => api.get<Post>(`/${plural(kind)}/${id}`) });
}

export function useMatches(kind: PostKind, id: string) {
  return useQuery({
    queryKey: ['matches', kind, id],
    queryFn: () => api.get<{ items: Match[] }>(`/${plural(kind)}/${id}/matches`, { limit: 10 }),
  });
}

export function useCreatePost(kind: PostKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post<Post>(`/${plural(kind)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['posts'] }),
  });
}

export function useUpdatePost(kind: PostKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'renew' | 'close') =>
      action === 'renew'
        ? api.post<Post>(`/${plural(kind)}/${id}/renew`)
        : api.patch<Post>(`/${plural(kind)}/${id}`, { status: 'closed' }),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRequestIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      fromKind: PostKind;
      fromId: string;
      toType: Match['type'];
      toId: string;
      message: string;
    }) => api.post<Introduction>('/introductions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['introductions'] }),
  });
}

export type IntroductionFilter = { state?: string; technology?: string; olderThanDays?: number };

export function useIntroductions(filter: IntroductionFilter = {}) {
  return useQuery({
    queryKey: ['introductions', filter],
    queryFn: () => api.get<List<Introduction>>('/introductions', { limit: 200, ...filter }),
  });
}

export function useAddTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<Introduction>(`/introductions/${id}/tasks`, { title }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['introductions'] }),
  });
}

export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: IntroductionState; reason?: string; outcome?: string; note?: string }) =>
      api.post<Introduction>(`/introductions/${id}/transition`, body),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useTaskDone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.patch<Introduction>(`/introduction-tasks/${id}`, { done: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['introductions'] }),
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<List<Notification> & { unread: number }>('/notifications', { limit: 20 }),
    enabled,
  });
}

/** The poster's own organisation: where "near us" is measured from. */
export function useOwnOrganization(id: string | null) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () =>
      api.get<{ location: { country?: string; prefecture?: string; lat?: number; lng?: number } }>(
        `/organizations/${encodeURIComponent(id ?? '')}`,
      ),
    enabled: id !== null,
  });
}

/** Opening a notice marks it read, so the unread count means what it says. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useBoard() {
  return useQuery({ queryKey: ['board'], queryFn: () => api.get<Board>('/introductions/board') });
}

export function useOutbox() {
  return useQuery({
    queryKey: ['outbox'],
    queryFn: () =>
      api.get<List<{ id: number; to: string; subject: string; createdAt: string; sent: boolean }>>(
        '/outbox',
        { limit: 20 },
      ),
  });
}
