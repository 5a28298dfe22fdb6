import { prefectureOf } from '../directory/places.ts';
import { codeOverlap } from '../matching/codes.ts';

/**
 * An explained fit between a job opening and a trainee or graduate. Three signals, each in [0, 1], weighted;
 * the score is their weighted sum and each signal's share is its part of the score, so a company reads why a
 * person is listed ("skills gave 70 % of the fit"). Skills reuse the matching engine's code overlap, exact
 * codes only: the skills taxonomy is flat (SK.vacuum, SK.cryogenics), so its siblings are not related.
 */
export const FIT_WEIGHTS = { skills: 0.6, level: 0.25, location: 0.15 } as const;
export type FitSignal = keyof typeof FIT_WEIGHTS;

/** Level fit: at or above the level asked 1, one level short 0.5 (trainable on the job), further 0. */
export const LEVEL_CREDIT = { atOrAbove: 1, oneBelow: 0.5 } as const;
/** Location: the same municipality 1, the same prefecture 0.6, the same region (Tohoku, Kanto…) 0.3. */
export const LOCATION_CREDIT = { municipality: 1, prefecture: 0.6, region: 0.3 } as const;

export type Place = { prefecture?: string | null; municipality?: string | null };
export type OpeningNeeds = { skills: readonly string[]; level: number; place: Place };
export type CandidateOffer = { skills: readonly string[]; level: number | null; place: Place };

export type SignalExplanation = {
  signal: FitSignal;
  value: number;
  weight: number;
  contribution: number;
  share: number;
};
export type Fit = {
  score: number;
  signals: SignalExplanation[];
  matchedSkills: string[];
  missingSkills: string[];
  locationTier: 'municipality' | 'prefecture' | 'region' | 'none';
};

// Japan's eight regions by JIS prefecture code (01 Hokkaido … 47 Okinawa), as textbooks and statistics group them.
const regionBounds: ReadonlyArray<[number, string]> = [
  [1, 'hokkaido'],
  [7, 'tohoku'],
  [14, 'kanto'],
  [23, 'chubu'],
  [30, 'kinki'],
  [35, 'chugoku'],
  [39, 'shikoku'],
  [47, 'kyushu'],
];

/** The region of a prefecture's official Japanese name, or undefined for a place abroad or unknown. */
export function regionOf(prefecture: string | null | undefined): string | undefined {
  const p = prefectureOf(prefecture);
  if (!p) return undefined;
  const code = Number(p.code);
  return regionBounds.find(([last]) => code <= last)?.[1];
}

export function levelFit(asked: number, held: number | null): number {
  if (held === null) return 0;
  if (held >= asked) return LEVEL_CREDIT.atOrAbove;
  return held === asked - 1 ? LEVEL_CREDIT.oneBelow : 0;
}

export function locationTier(a: Place, b: Place): Fit['locationTier'] {
  if (!a.prefecture || !b.prefecture) return 'none';
  if (a.prefecture === b.prefecture) {
    const same = !!a.municipality && a.municipality.trim() === (b.municipality ?? '').trim();
    return same ? 'municipality' : 'prefecture';
  }
  const region = regionOf(a.prefecture);
  return region && region === regionOf(b.prefecture) ? 'region' : 'none';
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Each signal's value in [0, 1] and the location tier: what the score and its explanation are made of. */
function fitValues(opening: OpeningNeeds, candidate: CandidateOffer) {
  const tier = locationTier(opening.place, candidate.place);
  const values: Record<FitSignal, number> = {
    skills: codeOverlap(opening.skills, candidate.skills, () => null).value,
    level: levelFit(opening.level, candidate.level),
    location: tier === 'none' ? 0 : LOCATION_CREDIT[tier],
  };
  return { values, tier };
}

/** The score alone, equal to explainFit's: ranking 50,000 people needs no explanation of each. */
export function fitScore(
  opening: OpeningNeeds,
  candidate: CandidateOffer,
): { score: number; skills: number } {
  const { values } = fitValues(opening, candidate);
  const score =
    values.skills * FIT_WEIGHTS.skills +
    values.level * FIT_WEIGHTS.level +
    values.location * FIT_WEIGHTS.location;
  return { score: round(score), skills: values.skills };
}

export function explainFit(opening: OpeningNeeds, candidate: CandidateOffer): Fit {
  const { values, tier } = fitValues(opening, candidate);
  const parts = (Object.keys(FIT_WEIGHTS) as FitSignal[]).map((signal) => ({
    signal,
    value: values[signal],
    weight: FIT_WEIGHTS[signal],
    contribution: values[signal] * FIT_WEIGHTS[signal],
  }));
  const score = parts.reduce((s, p) => s + p.contribution, 0);
  const held = new Set(candidate.skills);
  return {
    score: round(score),
    signals: parts.map((p) => ({
      ...p,
      contribution: round(p.contribution),
      share: score > 0 ? round(p.contribution / score) : 0,
    })),
    matchedSkills: opening.skills.filter((s) => held.has(s)),
    missingSkills: opening.skills.filter((s) => !held.has(s)),
    locationTier: tier,
  };
}

/**
 * Candidates ranked by score, best first; ties by id so the list is stable. Those with no skill in common are
 * left out. `limit` explains only the best so many (`total` still counts all who fit): at 50,000 graduates a
 * company reads the first page, and explaining every one of ten thousand fits was most of the time.
 */
export function rankCandidates<T extends CandidateOffer & { id: string }>(
  opening: OpeningNeeds,
  candidates: readonly T[],
  limit = Number.POSITIVE_INFINITY,
): { items: Array<{ candidate: T; fit: Fit }>; total: number } {
  // Only a candidate sharing a skill can be listed (skills are exact codes): the cheap test goes first.
  const wanted = new Set(opening.skills);
  const scored = [];
  for (const candidate of candidates) {
    if (!candidate.skills.some((s) => wanted.has(s))) continue;
    const { score, skills } = fitScore(opening, candidate);
    if (score > 0 && skills > 0) scored.push({ candidate, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : 1));
  const items = scored
    .slice(0, limit)
    .map(({ candidate }) => ({ candidate, fit: explainFit(opening, candidate) }));
  return { items, total: scored.length };
}
