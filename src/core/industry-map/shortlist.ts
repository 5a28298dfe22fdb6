import { inRegion, type RegionMatch } from './regions.ts';
import type { TaxonomyIndex } from './taxonomy.ts';

export type ShortlistCandidate = {
  id: string;
  key: string;
  sortName: string;
  technologies: string[];
  country: string | null;
  prefecture: string | null;
  lat: number | null;
  lng: number | null;
};

export type LatLng = { lat: number; lng: number };

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine), exact enough for "how far is this supplier". */
export function greatCircleKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How an organisation covers one chosen code: it lists the code itself (`exact`), a code below it
 * (`narrower`: chose MAG, lists MAG.hts), or the area above it (`broader`: chose MAG.hts, lists only MAG).
 */
export type CodeMatch = { code: string; kind: 'exact' | 'narrower' | 'broader'; via: string[] };

export type RankedCandidate<C> = {
  candidate: C;
  matches: CodeMatch[];
  matched: number;
  exact: number;
  narrower: number;
  local: boolean;
  /** From the region's reference point, when both it and the organisation have coordinates. */
  distanceKm: number | null;
};

/** Every code that makes an organisation a candidate for a chosen code: itself, below it, above it. */
export function candidateCodes(chosen: string[], taxonomy: TaxonomyIndex): string[] {
  return [...new Set(chosen.flatMap((c) => [...taxonomy.withDescendants(c), ...taxonomy.ancestors(c)]))];
}

export function matchCodes(technologies: string[], chosen: string[], taxonomy: TaxonomyIndex): CodeMatch[] {
  const listed = new Set(technologies);
  const out: CodeMatch[] = [];
  for (const code of chosen) {
    if (listed.has(code)) {
      out.push({ code, kind: 'exact', via: [code] });
      continue;
    }
    const below = taxonomy.withDescendants(code).filter((c) => c !== code && listed.has(c));
    if (below.length) {
      out.push({ code, kind: 'narrower', via: below });
      continue;
    }
    const above = taxonomy.ancestors(code).filter((c) => listed.has(c));
    if (above.length) out.push({ code, kind: 'broader', via: above });
  }
  return out;
}

/**
 * The supplier shortlist order, most useful to a buyer first:
 * 1. how many of the chosen codes the organisation covers at all (breadth: one supplier for several needs);
 * 2. how many of them it lists exactly, then how many through a narrower code (it names the specific
 *    capability) — an organisation that only names the broad area above a chosen code ranks after them;
 * 3. inside the chosen region before outside it (a local supplier is what the cluster is trying to grow);
 * 4. nearer to the region's reference point first, when one is given (those without coordinates last);
 * 5. then in the order given: callers pass candidates in name order, so ties read alphabetically without
 *    comparing 10,000 names again (the sort is stable; comparing names took most of a 100 ms ranking).
 * Organisations that cover none of the chosen codes are dropped.
 */
export function rankShortlist<C extends ShortlistCandidate>(
  candidates: C[],
  chosen: string[],
  taxonomy: TaxonomyIndex,
  region?: RegionMatch,
  from?: LatLng,
): Array<RankedCandidate<C>> {
  const ranked: Array<RankedCandidate<C>> = [];
  for (const candidate of candidates) {
    const matches = matchCodes(candidate.technologies, chosen, taxonomy);
    if (matches.length === 0) continue;
    ranked.push({
      candidate,
      matches,
      matched: matches.length,
      exact: matches.filter((m) => m.kind === 'exact').length,
      narrower: matches.filter((m) => m.kind === 'narrower').length,
      local: region ? inRegion(region, candidate.country, candidate.prefecture) : false,
      distanceKm:
        from && candidate.lat !== null && candidate.lng !== null
          ? greatCircleKm(from, { lat: candidate.lat, lng: candidate.lng })
          : null,
    });
  }
  const far = (r: RankedCandidate<C>) => r.distanceKm ?? Number.POSITIVE_INFINITY;
  return ranked.sort(
    (a, b) =>
      b.matched - a.matched ||
      b.exact - a.exact ||
      b.narrower - a.narrower ||
      Number(b.local) - Number(a.local) ||
      (far(a) === far(b) ? 0 : far(a) < far(b) ? -1 : 1),
  );
}
