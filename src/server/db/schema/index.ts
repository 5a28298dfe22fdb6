export * from './accounts.ts';
export * from './directory.ts';
export * from './matching.ts';
export * from './siting.ts';
