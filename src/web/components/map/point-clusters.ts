import Supercluster, { type ClusterProperties } from 'supercluster';

/**
 * The map's clustering, outside MapLibre: a supercluster index over plain columns, asked for what one view
 * shows. MapLibre's clustered GeoJSON source did the same work behind a GeoJSON object, its copy to the worker
 * and a vector tile per view; the markers are HTML anyway, so the index answers with clusters and points only.
 * Runs in a web worker (point-clusters.worker.ts) and in Node for the tests.
 */

/** The points as columns, index by index: what is sent to the worker (transferable arrays, no objects). */
export type ClusterInput = {
  lng: Float64Array;
  lat: Float64Array;
  /** Each point's group, as an index into the page's groups (fewer than 256). */
  group: Uint8Array;
  groupCount: number;
  /** Pixels, at a 512-pixel tile, as MapLibre's clusterRadius. */
  radius: number;
  /** Beyond this zoom, clusters no longer split (MapLibre's clusterMaxZoom). */
  maxZoom: number;
  /** The lowest zoom this index answers for (lower ones are asked at this one); 0 unless told. */
  minZoom?: number;
};

export type ViewItem =
  | { kind: 'cluster'; id: number; lng: number; lat: number; count: number; counts: number[] }
  | { kind: 'point'; index: number; lng: number; lat: number };

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

type PointProps = { i: number };
type ClusterProps = { c: number[] };

export class PointClusters {
  private readonly index: Supercluster<PointProps, ClusterProps>;

  constructor(input: ClusterInput) {
    const { groupCount } = input;
    this.index = new Supercluster<PointProps, ClusterProps>({
      radius: input.radius,
      maxZoom: input.maxZoom,
      minZoom: input.minZoom ?? 0,
      // A cluster's mix of groups, summed as clusters merge (MapLibre's clusterProperties did this with
      // one expression per group).
      map: (p) => {
        const c = new Array<number>(groupCount).fill(0);
        c[input.group[p.i]!] = 1;
        return { c };
      },
      // A new array, never added into in place: supercluster copies a cluster's properties shallowly when it
      // starts the next zoom's cluster from it, so `into.c` may still be that smaller cluster's counts.
      reduce: (into, add) => {
        into.c = into.c.map((n, g) => n + add.c[g]!);
      },
    });
    const features = new Array(input.lng.length);
    for (let i = 0; i < features.length; i++) {
      features[i] = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [input.lng[i], input.lat[i]] },
        properties: { i },
      };
    }
    this.index.load(features);
  }

  /** The clusters and lone points inside `bbox` at the integer zoom MapLibre's tiles would use. */
  view(bbox: Bbox, zoom: number): ViewItem[] {
    const [west, south, east, north] = bbox;
    // A view wider than the world asks for all of it (supercluster splits a box across the antimeridian).
    const box: Bbox = east - west >= 360 ? [-180, south, 180, north] : [west, south, east, north];
    return this.index.getClusters(box, Math.floor(zoom)).map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<ClusterProperties & ClusterProps & PointProps>;
      return p.cluster
        ? { kind: 'cluster', id: p.cluster_id!, lng, lat, count: p.point_count!, counts: [...p.c!] }
        : { kind: 'point', index: p.i!, lng, lat };
    });
  }

  /** The zoom at which the cluster splits; past maxZoom means it never does. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** Indices of every point in the cluster. */
  leaves(clusterId: number): number[] {
    return this.index
      .getLeaves(clusterId, Number.POSITIVE_INFINITY)
      .map((f) => (f.properties as PointProps).i);
  }
}

/** Requests to the worker, and what each answers. */
export type ClusterRequest =
  | { type: 'load'; input: ClusterInput }
  | { type: 'view'; bbox: Bbox; zoom: number }
  | { type: 'expansionZoom'; clusterId: number }
  | { type: 'leaves'; clusterId: number };

/** Answers one request against the index (null until one is loaded). */
export function answer(
  index: PointClusters | null,
  request: ClusterRequest,
): { index: PointClusters | null; result: unknown } {
  switch (request.type) {
    case 'load':
      return { index: new PointClusters(request.input), result: request.input.lng.length };
    case 'view':
      return { index, result: index?.view(request.bbox, request.zoom) ?? [] };
    case 'expansionZoom':
      return { index, result: index?.expansionZoom(request.clusterId) ?? 0 };
    case 'leaves':
      return { index, result: index?.leaves(request.clusterId) ?? [] };
  }
}
