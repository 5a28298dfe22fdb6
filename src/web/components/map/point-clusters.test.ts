import { describe, expect, it } from 'vitest';
import { answer, type ClusterInput, PointClusters, type ViewItem } from './point-clusters.ts';

/** Points at [lng, lat] with their group index; radius 44 px at 512-px tiles and clusterMaxZoom 14, as the map. */
function input(points: [number, number, number][], maxZoom = 14): ClusterInput {
  return {
    lng: Float64Array.from(points.map((p) => p[0])),
    lat: Float64Array.from(points.map((p) => p[1])),
    group: Uint8Array.from(points.map((p) => p[2])),
    groupCount: 2,
    radius: 44,
    maxZoom,
  };
}

const world: [number, number, number, number] = [-180, -85, 180, 85];
const sorted = (items: ViewItem[]) =>
  [...items].sort((a, b) => a.lng - b.lng).map((i) => ({ ...i, lng: Math.round(i.lng * 1e6) / 1e6 }));

describe('point clusters', () => {
  // 1° of longitude is 512·2^z/360 px at zoom z: 22.8 px at zoom 4 (within the 44-px radius), 45.5 px at 5.
  const three = input([
    [0, 0, 0],
    [1, 0, 1],
    [100, 0, 0],
  ]);

  it('clusters points within the radius and counts each group, leaving the far one alone', () => {
    const clusters = new PointClusters(three);
    const view = sorted(clusters.view(world, 4.7));
    expect(view).toHaveLength(2);
    expect(view[0]).toMatchObject({ kind: 'cluster', count: 2, counts: [1, 1], lng: 0.5, lat: 0 });
    expect(view[1]).toEqual({ kind: 'point', index: 2, lng: 100, lat: 0 });
    const id = (view[0] as { id: number }).id;
    expect(clusters.expansionZoom(id)).toBe(5);
    expect(clusters.leaves(id).sort()).toEqual([0, 1]);
    expect(sorted(clusters.view(world, 5)).map((i) => i.kind)).toEqual(['point', 'point', 'point']);
  });

  it('keeps the counts of every zoom when clusters merge further at lower zooms', () => {
    // a and b join at zoom 4 (1° apart). c lies 9.5° from their middle: 54 px at zoom 2 (5.69 px a degree),
    // 27 px at zoom 1, where all three join.
    const clusters = new PointClusters(
      input([
        [0, 0, 0],
        [1, 0, 1],
        [10, 0, 0],
      ]),
    );
    expect(sorted(clusters.view(world, 4)).map((i) => (i.kind === 'cluster' ? i.counts : i.index))).toEqual([
      [1, 1],
      2,
    ]);
    expect(sorted(clusters.view(world, 2)).map((i) => (i.kind === 'cluster' ? i.counts : i.index))).toEqual([
      [1, 1],
      2,
    ]);
    expect(clusters.view(world, 1).map((i) => (i.kind === 'cluster' ? i.counts : i.index))).toEqual([[2, 1]]);
  });

  it('answers only for the view asked, and for the whole world when the view is wider', () => {
    const clusters = new PointClusters(three);
    expect(clusters.view([90, -10, 110, 10], 6)).toEqual([{ kind: 'point', index: 2, lng: 100, lat: 0 }]);
    expect(clusters.view([-400, -85, 400, 85], 6)).toHaveLength(3);
  });

  it('never splits points at one address: expanding goes past the last zoom, and lists them', () => {
    const clusters = new PointClusters(
      input([
        [141.3, 40.9, 0],
        [141.3, 40.9, 1],
        [141.3, 40.9, 1],
      ]),
    );
    const [only] = clusters.view(world, 14);
    expect(only).toMatchObject({ kind: 'cluster', count: 3, counts: [1, 2] });
    const id = (only as { id: number }).id;
    expect(clusters.expansionZoom(id)).toBe(15);
    expect(clusters.leaves(id).sort()).toEqual([0, 1, 2]);
  });

  it('splits into an index for the low zooms and one for the close ones, which hands over one zoom on', () => {
    // As the map does: zooms up to 8 from one index, 9 and on from the other.
    const sameAddress = [
      [141.3, 40.9, 0],
      [141.3, 40.9, 1],
      [100, 0, 0],
    ] as [number, number, number][];
    const low = new PointClusters({ ...input(sameAddress), maxZoom: 8 });
    const high = new PointClusters({ ...input(sameAddress), minZoom: 9 });
    const [lowCluster] = low.view([140, 40, 142, 41], 8);
    expect(lowCluster).toMatchObject({ kind: 'cluster', count: 2, counts: [1, 1] });
    // The low index cannot split it: zoom to 9, where the close index answers.
    expect(low.expansionZoom((lowCluster as { id: number }).id)).toBe(9);
    const [highCluster] = high.view([140, 40, 142, 41], 9);
    expect(highCluster).toMatchObject({ kind: 'cluster', count: 2, counts: [1, 1] });
    expect(high.expansionZoom((highCluster as { id: number }).id)).toBe(15);
    // Asked below its first zoom, the close index answers at it.
    expect(high.view(world, 3)).toHaveLength(2);
  });

  it('answers requests in the worker protocol, before and after a load', () => {
    expect(answer(null, { type: 'view', bbox: world, zoom: 3 })).toEqual({ index: null, result: [] });
    const loaded = answer(null, { type: 'load', input: three });
    expect(loaded.result).toBe(3);
    expect(answer(loaded.index, { type: 'view', bbox: world, zoom: 0 }).result).toHaveLength(2);
  });
});
