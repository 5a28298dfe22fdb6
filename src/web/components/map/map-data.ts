import type { Basemap, MapPoint } from './map-types.ts';
import type { ClusterInput } from './point-clusters.ts';

export const noGroup = '_';

/**
 * The map's last zoom, and the clusters': beyond it clusters no longer split, and a cluster that would split
 * only past it lists its points. The offline outlines have nothing to show past 14.
 */
export const lastZoom = (basemap: Basemap) => (basemap.tileUrl ? 18 : 14);

/** The points as columns for the clustering worker, each with the index of its group in `groups`. */
export function toClusterInput(
  points: MapPoint[],
  groups: { group: string }[],
  options: { radius: number; maxZoom: number },
): ClusterInput {
  const groupIndex = new Map(groups.map((g, i) => [g.group, i]));
  const lng = new Float64Array(points.length);
  const lat = new Float64Array(points.length);
  const group = new Uint8Array(points.length);
  points.forEach((p, i) => {
    lng[i] = p.lng;
    lat[i] = p.lat;
    group[i] = groupIndex.get(p.group ?? noGroup) ?? 0;
  });
  return { lng, lat, group, groupCount: groups.length, ...options };
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

/** FNV-1a over a string, as an unsigned 32-bit number. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A key that changes when the set of points changes (not when only their order does). Hashed, not a sorted
 * join: at 100,000 points sorting their strings cost the map a noticeable part of its start.
 */
export function pointSetKey(points: MapPoint[]): string {
  // Two sums of per-point hashes (each order-free), with different seeds, and the count.
  let a = 0;
  let b = 0;
  for (const p of points) {
    const text = `${p.id}@${p.lng},${p.lat}`;
    a = (a + hash(text)) >>> 0;
    b = (b + hash(text, 0x01000193)) >>> 0;
  }
  return `${points.length}:${a.toString(36)}:${b.toString(36)}`;
}

/** A key that changes when any point's id, group, colour or label changes, or the order does. */
export function pointLooksKey(points: MapPoint[]): string {
  let a = 0x811c9dc5;
  for (const p of points) a = hash(`${p.id}|${p.group ?? ''}|${p.color}|${p.label}\n`, a);
  return `${points.length}:${a.toString(36)}`;
}
