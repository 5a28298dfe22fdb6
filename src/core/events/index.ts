export * from './registration.ts';
export * from './vocabulary.ts';
