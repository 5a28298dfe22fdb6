import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  clusterBackground,
  clusterSize,
  groupsOf,
  pointSetKey,
  toFeatureCollection,
} from './map-data.ts';
import type { MapPoint } from './map-types.ts';

const point = (id: string, lng: number, lat: number, group?: string, color = '#000'): MapPoint => ({
  id,
  lng,
  lat,
  group,
  color,
  label: id,
});

describe('map data', () => {
  it('turns points into GeoJSON with [lng, lat] order and a group on every feature', () => {
    const fc = toFeatureCollection([point('a', 141.37, 40.96, 'research'), point('b', 139.7, 35.6)]);
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [141.37, 40.96],
      [139.7, 35.6],
    ]);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'a', group: 'research' },
      { id: 'b', group: '_' },
    ]);
  });

  it('lists each group once with the colour of its first point', () => {
    const groups = groupsOf([
      point('a', 0, 0, 'x', 'red'),
      point('b', 0, 0, 'y', 'blue'),
      point('c', 0, 0, 'x', 'green'),
    ]);
    expect(groups).toEqual([
      { group: 'x', color: 'red' },
      { group: 'y', color: 'blue' },
    ]);
  });

  it('draws a cluster as a pie of its groups, and a one-group cluster as a plain colour', () => {
    expect(clusterBackground([1, 3, 0], ['red', 'blue', 'green'])).toBe(
      'conic-gradient(red 0% 25%, blue 25% 100%)',
    );
    expect(clusterBackground([0, 2], ['red', 'blue'])).toBe('blue');
    expect(clusterBackground([0, 0], ['red', 'blue'])).toBe('#6b7280');
  });

  it('grows clusters with the logarithm of their count', () => {
    expect(clusterSize(1)).toBe(28);
    expect(clusterSize(10)).toBe(36);
    expect(clusterSize(1000)).toBe(52);
  });

  it('bounds the points, or gives null for none', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([point('a', 141, 41), point('b', -122, 47), point('c', 127, 36)])).toEqual([
      [-122, 36],
      [141, 47],
    ]);
  });

  it('keys a set of points independently of its order', () => {
    const a = point('a', 1, 2);
    const b = point('b', 3, 4);
    expect(pointSetKey([a, b])).toBe(pointSetKey([b, a]));
    expect(pointSetKey([a, b])).not.toBe(pointSetKey([a, { ...b, lat: 5 }]));
  });
});
