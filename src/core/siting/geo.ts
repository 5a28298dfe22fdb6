/** Great-circle distance. Site distances are straight lines, which the report says; roads are longer. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** IUGG mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine formula: stable for the short distances between a site and its nearest port or station. */
export function distanceKm(a: LatLng, b: LatLng, radiusKm = EARTH_RADIUS_KM): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
