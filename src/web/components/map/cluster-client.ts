import { useEffect, useMemo, useState } from 'react';
import { groupsOf, pointLooksKey, pointSetKey, toClusterInput } from './map-data.ts';
import type { MapPoint } from './map-types.ts';
import type { Bbox, ClusterInput, ClusterRequest, ViewItem } from './point-clusters.ts';

/** Pixels at 512-px tiles within which points join a cluster (MapLibre's clusterRadius, as before). */
const clusterRadius = 44;

/**
 * The page's side of the clustering worker: one promise per request. The worker answers in order, so a
 * view asked for after a load is computed over that load's points.
 */
export class ClusterClient {
  private readonly worker = new Worker(new URL('./point-clusters.worker.ts', import.meta.url), {
    type: 'module',
  });
  private next = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      if (event.data.error !== undefined) waiting?.reject(new Error(event.data.error));
      else waiting?.resolve(event.data.result);
    };
  }

  private call<T>(request: ClusterRequest, transfer: Transferable[] = []): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  /** Replaces the points; the arrays move to the worker (they are empty here afterwards). */
  load(input: ClusterInput): Promise<number> {
    return this.call({ type: 'load', input }, [input.lng.buffer, input.lat.buffer, input.group.buffer]);
  }

  view(bbox: Bbox, zoom: number): Promise<ViewItem[]> {
    return this.call({ type: 'view', bbox, zoom });
  }

  expansionZoom(clusterId: number): Promise<number> {
    return this.call({ type: 'expansionZoom', clusterId });
  }

  leaves(clusterId: number): Promise<number[]> {
    return this.call({ type: 'leaves', clusterId });
  }

  terminate() {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('map closed'));
    this.pending.clear();
  }
}

/** One load of the points into the worker: markers are drawn from the answers about this load only. */
export type LoadedClusters = {
  client: ClusterClient;
  points: MapPoint[];
  /** Colour of each group index the worker counts by. */
  colors: string[];
  /** Changes when the set of places changes (a new view is fitted then), not when only their looks do. */
  setKey: string;
  /** Settles once the worker holds the points (rejects if the map closed first). */
  done: Promise<unknown>;
};

/**
 * Clusters the points in a worker from the moment they arrive, before the map's own (large) script has even
 * loaded: at 100,000 points the index takes about as long as MapLibre takes to arrive and start, so the two
 * overlap instead of following each other. Null while `points` is null (no map to draw).
 */
export function usePointClusters(points: MapPoint[] | null, maxZoom: number): LoadedClusters | null {
  const enabled = points !== null;
  const [client, setClient] = useState<ClusterClient | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const created = new ClusterClient();
    setClient(created);
    return () => {
      created.terminate();
      setClient(null);
    };
  }, [enabled]);
  const setKey = useMemo(() => (points ? pointSetKey(points) : ''), [points]);
  const looksKey = useMemo(() => (points ? pointLooksKey(points) : ''), [points]);
  const [loaded, setLoaded] = useState<LoadedClusters | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on setKey and looksKey, not array identity
  useEffect(() => {
    if (!client || !points) return setLoaded(null);
    const groups = groupsOf(points);
    const done = client.load(toClusterInput(points, groups, { radius: clusterRadius, maxZoom }));
    done.catch(() => {}); // a closed map; whoever waits on it hears of it
    setLoaded({ client, points, colors: groups.map((g) => g.color), setKey, done });
  }, [client, setKey, looksKey, maxZoom]);
  return loaded;
}
