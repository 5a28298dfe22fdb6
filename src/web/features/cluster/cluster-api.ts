import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf } from '../../lib/api-types.ts';

export type ClusterList = ResponseOf<'listClusterStandings'>;
export type ClusterPlan = ResponseOf<'getClusterPlan'>;
export type Dashboard = ResponseOf<'getClusterDashboard'>;
export type Indicator = Dashboard['indicators'][number];
export type IndicatorRecords = ResponseOf<'listClusterIndicatorRecords'>;
export type Comparison = ResponseOf<'compareClusters'>;
export type TargetsInput = RequestOf<'putClusterTargets'>;
export type PhaseInput = RequestOf<'setClusterPhase'>;

export type DashboardFilter = { asOf?: string; region?: string; from?: string; to?: string };

const enc = encodeURIComponent;

export const clusterQueries = {
  all: ['cluster'] as const,
  list: () =>
    queryOptions({
      queryKey: ['cluster', 'list'],
      queryFn: () => api.get<ClusterList>('/clusters/overview'),
    }),
  dashboard: (key: string, f: DashboardFilter) =>
    queryOptions({
      queryKey: ['cluster', 'dashboard', key, f],
      queryFn: () => api.get<Dashboard>(`/clusters/${enc(key)}/dashboard`, f),
    }),
  records: (key: string, indicator: string, q: DashboardFilter & { month?: string; offset: number }) =>
    queryOptions({
      queryKey: ['cluster', 'records', key, indicator, q],
      queryFn: () =>
        api.get<IndicatorRecords>(`/clusters/${enc(key)}/indicators/${enc(indicator)}/records`, {
          ...q,
          limit: 50,
        }),
    }),
  compare: (asOf?: string) =>
    queryOptions({
      queryKey: ['cluster', 'compare', asOf],
      queryFn: () => api.get<Comparison>('/clusters/compare', { asOf }),
    }),
};

export const useClusters = () => useQuery(clusterQueries.list());
export const useDashboard = (key: string, f: DashboardFilter) => useQuery(clusterQueries.dashboard(key, f));
export const useIndicatorRecords = (
  key: string,
  indicator: string,
  q: DashboardFilter & { month?: string; offset: number },
) => useQuery(clusterQueries.records(key, indicator, q));
export const useComparison = (asOf?: string) => useQuery(clusterQueries.compare(asOf));

function useClusterMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: clusterQueries.all }),
  });
}

export const useSetPhase = (key: string) =>
  useClusterMutation((body: PhaseInput) => api.post<ClusterPlan>(`/clusters/${enc(key)}/phase`, body));
export const useSetTargets = (key: string) =>
  useClusterMutation((body: TargetsInput) => api.put(`/clusters/${enc(key)}/targets`, body));
export const useSaveNote = (key: string) =>
  useClusterMutation((a: { year: number; body: { ja?: string; en?: string }; version?: number }) =>
    api.put(
      `/clusters/${enc(key)}/notes/${a.year}`,
      { body: a.body },
      a.version ? ifMatch(a.version) : undefined,
    ),
  );

export type Milestone = ClusterPlan['milestones'][number];
export const useRecordMilestone = (key: string) =>
  useClusterMutation((m: { id: string; version: number; actualDate: string | null }) =>
    api.patch(
      `/clusters/${enc(key)}/milestones/${enc(m.id)}`,
      { actualDate: m.actualDate },
      ifMatch(m.version),
    ),
  );
export const useAddMilestone = (key: string) =>
  useClusterMutation((body: RequestOf<'createClusterMilestone'>) =>
    api.post(`/clusters/${enc(key)}/milestones`, body),
  );
