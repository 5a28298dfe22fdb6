export type Method = 'topsis' | 'wsm' | 'wpm' | 'promethee2';
export type Normalization = 'vector' | 'minmax' | 'sum' | 'max' | 'none';
export type Direction = 'benefit' | 'cost';

/** PROMETHEE preference function; p and q are in the units of the (normalised) criterion. */
export interface Preference {
  type: 'usual' | 'linear' | 'vshape';
  /** Strict preference threshold (linear, vshape). */
  p?: number;
  /** Indifference threshold (linear). */
  q?: number;
}

export interface Criterion {
  key: string;
  weight: number;
  direction: Direction;
  preference?: Preference;
}

export interface Alternative {
  key: string;
  values: Record<string, number>;
}

export interface Problem {
  method: Method;
  normalization?: Normalization;
  criteria: Criterion[];
  alternatives: Alternative[];
}

export interface RankedResult {
  key: string;
  score: number;
  rank: number;
}

export interface Evaluation {
  results: RankedResult[];
  weights: Record<string, number>;
  method: Method;
  normalization: Normalization;
}
