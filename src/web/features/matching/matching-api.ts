import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IntroductionState } from '../../../core/matching/index.ts';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';
import { organizationQueries } from '../../lib/organizations.ts';

export type PostKind = 'need' | 'seed';
export type OrgRef = Schemas['OrganizationRef'];
export type Post = Schemas['Need'] | Schemas['Seed'];
type NeedInput = RequestOf<'createNeed'>;
type SeedInput = RequestOf<'createSeed'>;
/** One form writes both kinds: a need's body, with either kind's categories (the server checks which). */
export type PostInput = Omit<NeedInput, 'category'> & {
  category: NeedInput['category'] | SeedInput['category'];
};
export type Match = Schemas['Matches']['items'][number];
export type Introduction = Schemas['Introduction'];
export type Board = Schemas['IntroductionBoard'];
export type Notification = Schemas['Notification'];

const plural = (kind: PostKind) => (kind === 'need' ? 'needs' : 'seeds');

export type IntroductionFilter = { state?: string; technology?: string; olderThanDays?: number };

/** Every query of the matching feature sits under `matchingKeys.all`. */
export const matchingKeys = {
  all: ['matching'] as const,
  posts: () => [...matchingKeys.all, 'posts'] as const,
  postList: (kind: PostKind, mine: boolean, q: string) => [...matchingKeys.posts(), kind, mine, q] as const,
  post: (kind: PostKind, id: string) => [...matchingKeys.all, 'post', kind, id] as const,
  matches: (kind: PostKind, id: string) => [...matchingKeys.all, 'matches', kind, id] as const,
  introductions: () => [...matchingKeys.all, 'introductions'] as const,
  introductionList: (filter: IntroductionFilter) => [...matchingKeys.introductions(), filter] as const,
  board: () => [...matchingKeys.all, 'board'] as const,
  notifications: () => [...matchingKeys.all, 'notifications'] as const,
  outbox: () => [...matchingKeys.all, 'outbox'] as const,
};

export const matchingQueries = {
  posts: (kind: PostKind, mine: boolean, q: string) =>
    queryOptions({
      queryKey: matchingKeys.postList(kind, mine, q),
      queryFn: () =>
        api.get<ResponseOf<'listNeeds' | 'listSeeds'>>(`/${plural(kind)}`, {
          mine: mine ? 'true' : undefined,
          q,
          limit: 100,
        }),
    }),
  post: (kind: PostKind, id: string) =>
    queryOptions({
      queryKey: matchingKeys.post(kind, id),
      queryFn: () => api.get<Post>(`/${plural(kind)}/${id}`),
    }),
  matches: (kind: PostKind, id: string) =>
    queryOptions({
      queryKey: matchingKeys.matches(kind, id),
      queryFn: () => api.get<Schemas['Matches']>(`/${plural(kind)}/${id}/matches`, { limit: 10 }),
    }),
  introductions: (filter: IntroductionFilter) =>
    queryOptions({
      queryKey: matchingKeys.introductionList(filter),
      queryFn: () => api.get<ResponseOf<'listIntroductions'>>('/introductions', { limit: 200, ...filter }),
    }),
  board: () =>
    queryOptions({
      queryKey: matchingKeys.board(),
      queryFn: () => api.get<Board>('/introductions/board'),
    }),
  notifications: () =>
    queryOptions({
      queryKey: matchingKeys.notifications(),
      queryFn: () => api.get<ResponseOf<'listNotifications'>>('/notifications', { limit: 20 }),
    }),
  outbox: () =>
    queryOptions({
      queryKey: matchingKeys.outbox(),
      queryFn: () => api.get<ResponseOf<'listOutbox'>>('/outbox', { limit: 20 }),
    }),
};

export const usePosts = (kind: PostKind, mine: boolean, q: string) =>
  useQuery(matchingQueries.posts(kind, mine, q));
export const usePost = (kind: PostKind, id: string) => useQuery(matchingQueries.post(kind, id));
export const useMatches = (kind: PostKind, id: string) => useQuery(matchingQueries.matches(kind, id));
export const useIntroductions = (filter: IntroductionFilter = {}) =>
  useQuery(matchingQueries.introductions(filter));
export const useNotifications = (enabled: boolean) =>
  useQuery({ ...matchingQueries.notifications(), enabled });
export const useBoard = () => useQuery(matchingQueries.board());
export const useOutbox = () => useQuery(matchingQueries.outbox());

/** The poster's own organisation: where "near us" is measured from. */
export const useOwnOrganization = (id: string | null) =>
  useQuery({ ...organizationQueries.detail(id ?? ''), enabled: id !== null });

export function useCreatePost(kind: PostKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PostInput) => api.post<Post>(`/${plural(kind)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.posts() }),
  });
}

/** Renews or closes a post; closing is an edit of the version shown (If-Match: a 412 if someone saved since). */
export function useUpdatePost(kind: PostKind, id: string, version?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'renew' | 'close') =>
      action === 'renew'
        ? api.post<Post>(`/${plural(kind)}/${id}/renew`)
        : api.patch<Post>(
            `/${plural(kind)}/${id}`,
            { status: 'closed' },
            version === undefined ? undefined : ifMatch(version),
          ),
    // A closed or renewed post changes lists, other posts' matches and introductions: the whole feature.
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}

export function useRequestIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<'requestIntroduction'>) => api.post<Introduction>('/introductions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.introductions() }),
  });
}

export function useAddTask(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<Introduction>(`/introductions/${id}/tasks`, { title }),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.introductions() }),
  });
}

export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: IntroductionState; reason?: string; outcome?: string; note?: string }) =>
      api.post<Introduction>(`/introductions/${id}/transition`, body),
    // A state change moves the introduction, the board's counts and notices: the whole feature.
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.all }),
  });
}

export function useTaskDone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.patch<Introduction>(`/introduction-tasks/${id}`, { done: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.introductions() }),
  });
}

/** Opening a notice marks it read, so the unread count means what it says. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKeys.notifications() }),
  });
}
