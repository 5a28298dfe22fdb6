/** Incubation's pure core: vocabularies, lease terms and reminders, occupancy, screening scores, booking rules. */
export * from './booking.ts';
export * from './dates.ts';
export * from './leases.ts';
export * from './occupancy.ts';
export * from './rubric.ts';
export * from './tenancy.ts';
export * from './unit-media.ts';
export * from './vocabulary.ts';
