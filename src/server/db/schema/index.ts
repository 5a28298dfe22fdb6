export * from './accounts.ts';
export * from './directory.ts';
