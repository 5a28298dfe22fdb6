import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  clusterBackground,
  clusterSize,
  groupsOf,
  pointLooksKey,
  pointSetKey,
  toClusterInput,
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
  it('turns points into columns with [lng, lat] and the index of each point group', () => {
    const points = [
      point('a', 141.37, 40.96, 'research'),
      point('b', 139.7, 35.6),
      point('c', 1, 2, 'research'),
    ];
    const input = toClusterInput(points, [{ group: '_' }, { group: 'research' }], {
      radius: 44,
      maxZoom: 14,
    });
    expect([...input.lng]).toEqual([141.37, 139.7, 1]);
    expect([...input.lat]).toEqual([40.96, 35.6, 2]);
    expect([...input.group]).toEqual([1, 0, 1]);
    expect(input).toMatchObject({ groupCount: 2, radius: 44, maxZoom: 14 });
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

  it('keys the looks of the points: a new colour, label, group or order changes the key', () => {
    const a = point('a', 1, 2, 'x', 'red');
    const b = point('b', 3, 4);
    const key = pointLooksKey([a, b]);
    expect(pointLooksKey([{ ...a }, { ...b }])).toBe(key);
    expect(pointLooksKey([{ ...a, color: 'blue' }, b])).not.toBe(key);
    expect(pointLooksKey([{ ...a, label: 'A' }, b])).not.toBe(key);
    expect(pointLooksKey([{ ...a, group: 'y' }, b])).not.toBe(key);
    expect(pointLooksKey([b, a])).not.toBe(key);
    // Moving a point is the set key's business, not this one's.
    expect(pointLooksKey([{ ...a, lat: 9 }, b])).toBe(key);
  });
});
