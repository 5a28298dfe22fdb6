export * from './accounts.ts';
export * from './contacts.ts';
export * from './directory.ts';
export * from './incubation.ts';
export * from './matching.ts';
export * from './relations.ts';
export * from './siting.ts';
export * from './surveys.ts';
