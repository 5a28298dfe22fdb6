/** Talent's pure core: the level ladder with Japanese equivalents, and the progress-review cadence. */
export * from './levels.ts';
export * from './reviews.ts';
