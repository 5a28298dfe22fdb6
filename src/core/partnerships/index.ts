/** Agreements, their areas and activities, and bulletins: the pure rules (issue 17). */
export * from './activity.ts';
export * from './audience.ts';
export * from './calendar.ts';
export * from './documents.ts';
export * from './vocabulary.ts';
