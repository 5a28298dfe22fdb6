// What the matching engine ranks and what it says about each match. Plain data: the server fills it from
// rows, the browser from API responses, the benchmark from generated texts.

import type { PartnerKind } from './partner-kinds.ts';

export type MatchKind = 'organization' | 'seed' | 'need';

/**
 * public and members: the owner is shown (members-only records are hidden from visitors); anonymous: the
 * record can be matched but its owner is withheld by the caller; hidden: never matched (an unpublished
 * profile, a withdrawn post).
 */
export type MatchVisibility = 'public' | 'members' | 'anonymous' | 'hidden';

export type MatchDoc = {
  id: string;
  key: string;
  type: MatchKind;
  organizationId: string;
  /** Title-like texts (a name, a post's title in ja and en): count twice. */
  title: ReadonlyArray<string | undefined>;
  body: ReadonlyArray<string | undefined>;
  technologies: readonly string[];
  /** Supply-chain roles the owner can play. */
  roles: readonly string[];
  /** For needs: the roles sought (a supplier, a research partner…); empty means any. */
  seeksRoles?: readonly string[];
  location?: { lat: number; lng: number } | null;
  /** ISO 3166 code of the country its owner is in: where a public body acts (engine.ts, jurisdiction). */
  country?: string | null;
  visibility: MatchVisibility;
  /** Milliseconds since the epoch; past it the record is not matched. */
  expiresAt?: number | null;
};

export type MatchQuery = {
  organizationId?: string;
  title: ReadonlyArray<string | undefined>;
  body: ReadonlyArray<string | undefined>;
  technologies: readonly string[];
  /** The querying side's own roles (a seed's owner), for needs that seek a role. */
  roles?: readonly string[];
  /**
   * The clusters a need without codes belongs to (its poster's): the codes its words name are read from
   * these clusters' taxonomies only. A need with codes is in their clusters; without either, all.
   */
  clusters?: readonly string[];
  seeksRoles?: readonly string[];
  /**
   * The country a need is about when it names no place the directory locates: its poster's (never an
   * anonymous post's, which would narrow down who it is).
   */
  country?: string | null;
  /** Distance decays from here when set; `scaleKm` is where the signal falls to 1/e. */
  location?: { lat: number; lng: number; scaleKm?: number } | null;
};

export type SignalName = 'text' | 'technology' | 'role' | 'distance' | 'reciprocity';

export type SignalWeights = Record<SignalName, number>;

/** A matched term: `text` as found; for a glossary concept also its Japanese and English label. */
export type MatchedTerm = { text: string; ja?: string; en?: string };

export type CodeMatch = { code: string; matched: string; credit: number };

export type Signal = {
  /** 0–1. */
  value: number;
  weight: number;
  /** This signal's part of the final score, 0–1; the shares of a match add up to 1 (or all are 0). */
  share: number;
};

/** One of a need's distinct requirements (requirements.ts) and whether the record covers it. */
export type RequirementMatch = { text: string; covered: boolean };

export type MatchSignals = {
  /** `requirements`: set when the query lists two or more distinct requirements. */
  text: Signal & { terms: MatchedTerm[]; requirements?: RequirementMatch[] };
  technology?: Signal & { codes: CodeMatch[] };
  /**
   * For a need that seeks roles, `value` is the role fit scaled by the record's topic match (a role alone
   * carries nothing); `inferred`: the kinds of partner read from the need's words when it stated no role
   * (partner-kinds.ts).
   */
  role?: Signal & { roles: string[]; inferred?: PartnerKind[] };
  distance?: Signal & { km: number | null };
  reciprocity?: Signal & { codes: CodeMatch[] };
};

export type MatchResult = {
  id: string;
  key: string;
  type: MatchKind;
  organizationId: string;
  visibility: MatchVisibility;
  score: number;
  signals: MatchSignals;
};

export type Viewer = 'public' | 'member' | 'admin';

export type MatchOptions = {
  types: readonly MatchKind[];
  limit?: number;
  /** Milliseconds since the epoch, for expiry; records without `expiresAt` never expire. */
  now?: number;
  viewer?: Viewer;
  /** Hard filter: never match these organisations (the querying organisation, always). */
  excludeOrganizationIds?: readonly string[];
  excludeIds?: readonly string[];
  weights?: Partial<SignalWeights>;
};

/**
 * A signal as a viewer is shown it: for a record whose owner is withheld (or a query whose owner is), the
 * details drawn from the owner's profile are left out and `withheld` says so; value, weight and share stay
 * (see withhold.ts).
 */
export type ShownMatchSignals = {
  text: MatchSignals['text'];
  technology?: MatchSignals['technology'];
  role?: Signal & { roles?: string[]; inferred?: PartnerKind[]; withheld?: true };
  distance?: MatchSignals['distance'];
  reciprocity?: Signal & { codes?: CodeMatch[]; withheld?: true };
};
