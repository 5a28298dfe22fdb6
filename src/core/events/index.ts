// Events' pure core: registration rules and vocabularies, and the brokerage meeting scheduler.
export * from './meeting-schedule.ts';
export * from './outcomes.ts';
export * from './registration.ts';
export * from './vocabulary.ts';
