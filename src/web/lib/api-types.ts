/**
 * Names for the API's shapes, all taken from api-schema.d.ts, which `npm run api:types` generates from
 * the server's OpenAPI document: a server change that breaks a page fails `npm run typecheck`.
 * Nothing here is written out by hand (DESIGN.md §3, habit 12).
 */
import type { components, operations } from './api-schema.d.ts';

export type Schemas = components['schemas'];

type Success<R> = R extends { 200: { content: { 'application/json': infer T } } }
  ? T
  : R extends { 201: { content: { 'application/json': infer T } } }
    ? T
    : never;

/** The JSON body of an operation's success response, by its operationId: `ResponseOf<'getOrganization'>`. */
export type ResponseOf<K extends keyof operations> = Success<operations[K]['responses']>;

/** The JSON request body of an operation, by its operationId. */
export type RequestOf<K extends keyof operations> = operations[K] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type LocalizedText = Schemas['LocalizedText'];
export type Ranges = NonNullable<NonNullable<Organization['highlights']>['name']['ja']>;

export type SessionUser = Schemas['User'];
export type Role = SessionUser['role'];
export type Session = Schemas['Session'];

export type Organization = Schemas['Organization'];
export type Source = Organization['sources'][number];
export type OrganizationLocation = Organization['location'];

/** A page of a list: `{ items, total }`, as every list route answers. */
export type List<T> = { items: T[]; total: number };

export type Cluster = Schemas['Cluster'];
export type Technology = Schemas['Technology'];
export type Vocabulary = ResponseOf<'getVocabulary'>;
export type CodeLabel = Vocabulary['kinds'][number];

export type ImportJob = Schemas['Job'];
export type ImportResult = Schemas['ImportResult'];

export type User = ResponseOf<'listUsers'>['items'][number];
export type AuditEntry = Schemas['AuditEntry'];

/** The bundle's sections, in the order the import page reports them. */
export const importSections = [
  'organizations',
  'relations',
  'sites',
  'sitingProfiles',
  'needs',
  'seeds',
] as const satisfies readonly Exclude<keyof ImportResult, 'ignored'>[];
