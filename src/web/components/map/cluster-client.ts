import { useEffect, useRef, useState } from 'react';
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
    // A worker that cannot start (its script failed to load) answers nothing: say so to whoever waits.
    this.worker.onerror = (event) => this.fail(new Error(event.message || 'the clustering worker failed'));
  }

  private fail(error: Error) {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
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
    this.fail(new Error('map closed'));
  }
}

/**
 * Zooms up to this one are answered by an index of their own, built from the points at this zoom; the
 * zooms past it by the full index, built at the same time in a second worker. The full index must start at
 * the last zoom and cluster its way down through every zoom (supercluster merges each zoom's clusters into
 * the next one out), nearly all of its time spent at the close zooms where 100,000 points barely merge; the
 * overview that /map opens on (zoom 4) and the views it fits a filter into (zoom 9 at most) need only the
 * few zooms near it. So the first view is drawn after a tenth of the work, and a cluster at these zooms is
 * still one that holds every point near it, only not built out of the clusters of the next zoom in.
 */
export const splitZoom = 8;

export type Tier = 'low' | 'high';
export type TieredItem = ViewItem & { tier: Tier };

/** The two indexes of one set of points, each in its worker. */
export class PointIndex {
  private readonly low = new ClusterClient();
  private readonly high = new ClusterClient();
  /** Settles when the full index has been sent its points: a view asked of it waits for that. */
  private highSent: Promise<unknown> = Promise.resolve();

  /**
   * Loads both; resolves once the index for the low zooms is ready. The full index is sent its points only
   * then, so that on a busy machine the first view's small index does not share the processor with it.
   */
  load(input: ClusterInput): Promise<unknown> {
    const copy = (extra: Partial<ClusterInput>): ClusterInput => ({
      ...input,
      lng: input.lng.slice(),
      lat: input.lat.slice(),
      group: input.group.slice(),
      ...extra,
    });
    const highInput = copy({ minZoom: splitZoom + 1 });
    const low = this.low.load(copy({ maxZoom: Math.min(splitZoom, input.maxZoom) }));
    // The worker answers in order: once the load is posted, anything asked after it is about these points.
    this.highSent = low.then(
      () => void this.high.load(highInput).catch(() => {}), // a closed map; a view asked of it hears of it
      () => {},
    );
    return low;
  }

  async view(bbox: Bbox, zoom: number): Promise<TieredItem[]> {
    const tier = Math.floor(zoom) <= splitZoom ? 'low' : 'high';
    if (tier === 'high') await this.highSent;
    return (await this[tier].view(bbox, zoom)).map((item) => ({ ...item, tier }));
  }

  /** The zoom at which the cluster splits (a low one's at most one past `splitZoom`, where the full index takes over). */
  async expansionZoom(tier: Tier, clusterId: number): Promise<number> {
    if (tier === 'high') await this.highSent;
    return this[tier].expansionZoom(clusterId);
  }

  async leaves(tier: Tier, clusterId: number): Promise<number[]> {
    if (tier === 'high') await this.highSent;
    return this[tier].leaves(clusterId);
  }

  terminate() {
    this.low.terminate();
    this.high.terminate();
  }
}

/** One load of the points into the workers: markers are drawn from the answers about this load only. */
export type LoadedClusters = {
  index: PointIndex;
  points: MapPoint[];
  /** Colour of each group index the workers count by. */
  colors: string[];
  /** Changes when the set of places changes (a new view is fitted then), not when only their looks do. */
  setKey: string;
  /** Settles once the first view can be answered (rejects if the map closed first). */
  done: Promise<unknown>;
};

/** Numbers each set of places loaded, for `setKey`. */
let loads = 0;

/**
 * Clusters the points in workers from the moment they arrive, before the map's own (large) script has even
 * loaded, so the two overlap instead of following each other. A new array of the same points in the same
 * looks is not loaded again (their keys are hashed only when a second array comes, so the first load never
 * waits for them). Null while `points` is null (no map to draw).
 */
export function usePointClusters(points: MapPoint[] | null, maxZoom: number): LoadedClusters | null {
  const enabled = points !== null;
  const [index, setIndex] = useState<PointIndex | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const created = new PointIndex();
    setIndex(created);
    return () => {
      created.terminate();
      setIndex(null);
    };
  }, [enabled]);
  const [loaded, setLoaded] = useState<LoadedClusters | null>(null);
  const last = useRef<{
    index: PointIndex;
    maxZoom: number;
    points: MapPoint[];
    /** Hashed only once another array comes to compare with: the first load does not wait for it. */
    keys?: { set: string; looks: string };
    setKey: string;
  } | null>(null);
  useEffect(() => {
    if (!index || !points) {
      last.current = null;
      return setLoaded(null);
    }
    const previous = last.current?.index === index && last.current.maxZoom === maxZoom ? last.current : null;
    if (previous?.points === points) return;
    let keys: { set: string; looks: string } | undefined;
    let setKey = `load ${++loads}`;
    if (previous) {
      previous.keys ??= { set: pointSetKey(previous.points), looks: pointLooksKey(previous.points) };
      keys = { set: pointSetKey(points), looks: pointLooksKey(points) };
      const samePlaces = keys.set === previous.keys.set;
      if (samePlaces && keys.looks === previous.keys.looks) return;
      if (samePlaces) setKey = previous.setKey;
    }
    const groups = groupsOf(points);
    const done = index.load(toClusterInput(points, groups, { radius: clusterRadius, maxZoom }));
    done.catch(() => {}); // a closed map; whoever waits on it hears of it
    last.current = { index, maxZoom, points, keys, setKey };
    setLoaded({ index, points, colors: groups.map((g) => g.color), setKey, done });
  }, [index, points, maxZoom]);
  return loaded;
}
