import type { FeatureCollection, Point } from 'geojson';
import type { MapPoint } from './map-types.ts';

/** Properties every point feature carries into MapLibre (clustered sources keep only properties). */
export type PointProperties = { id: string; group: string };

export const noGroup = '_';

export function toFeatureCollection(points: MapPoint[]): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      properties: { id: p.id, group: p.group ?? noGroup },
    })),
  };
}

/** Each group once, in first-seen order, with the colour of its first point. */
export function groupsOf(points: MapPoint[]): { group: string; color: string }[] {
  const seen = new Map<string, string>();
  for (const p of points) {
    const group = p.group ?? noGroup;
    if (!seen.has(group)) seen.set(group, p.color);
  }
  return [...seen].map(([group, color]) => ({ group, color }));
}

/** The cluster property that counts the points of group `index` (MapLibre property names are free text). */
export const groupCountProperty = (index: number) => `g${index}`;

/**
 * A pie of the cluster's groups as a CSS conic gradient, so a cluster shows its mix without text or
 * glyphs. Groups with no point in the cluster take no slice.
 */
export function clusterBackground(counts: number[], colors: string[]): string {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return '#6b7280';
  const stops: string[] = [];
  let start = 0;
  counts.forEach((n, i) => {
    if (n <= 0) return;
    const end = start + (n / total) * 100;
    stops.push(`${colors[i]} ${round(start)}% ${round(end)}%`);
    start = end;
  });
  return stops.length === 1 ? colors[counts.findIndex((n) => n > 0)]! : `conic-gradient(${stops.join(', ')})`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Marker diameter in pixels: grows with the logarithm of the count so a 1,000-cluster stays readable. */
export function clusterSize(count: number): number {
  return Math.round(28 + 8 * Math.log10(Math.max(1, count)));
}

/** [[west, south], [east, north]] of the points, or null for none. */
export function boundsOf(points: MapPoint[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let west = 180;
  let south = 90;
  let east = -180;
  let north = -90;
  for (const p of points) {
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** A key that changes when the set of points changes (not when only their order does). */
export function pointSetKey(points: MapPoint[]): string {
  return points
    .map((p) => `${p.id}@${p.lng},${p.lat}`)
    .sort()
    .join('|');
}
