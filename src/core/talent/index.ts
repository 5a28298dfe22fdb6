/** Talent's pure core: the level ladder, the progress-review cadence, placement stages and the explained fit. */
export * from './fit.ts';
export * from './levels.ts';
export * from './placement.ts';
export * from './reviews.ts';
export * from './workforce.ts';
