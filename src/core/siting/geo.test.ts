import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo.ts';

describe('distanceKm', () => {
  it.each([
    // Rosetta Code, "Haversine formula": Nashville BNA → Los Angeles LAX with R = 6372.8 km.
    { from: { lat: 36.12, lng: -86.67 }, to: { lat: 33.94, lng: -118.4 }, radius: 6372.8, km: 2887.2599506 },
    // A quarter of a meridian on a unit sphere is π/2.
    { from: { lat: 0, lng: 0 }, to: { lat: 90, lng: 0 }, radius: 1, km: Math.PI / 2 },
    // Antipodes: half the circumference, where the clamp on asin's argument matters.
    { from: { lat: 0, lng: 0 }, to: { lat: 0, lng: 180 }, radius: 1, km: Math.PI },
    { from: { lat: 40.9, lng: 141.3 }, to: { lat: 40.9, lng: 141.3 }, radius: 6371, km: 0 },
  ])('$from → $to on R = $radius', ({ from, to, radius, km }) => {
    expect(distanceKm(from, to, radius)).toBeCloseTo(km, 6);
  });

  it('is symmetric', () => {
    const a = { lat: 40.96, lng: 141.37 };
    const b = { lat: 40.51, lng: 141.49 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 12);
  });
});
