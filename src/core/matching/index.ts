export type { ParentOf } from './codes.ts';
export { CODE_CREDIT, codeCredit, codeOverlap, parentByDot } from './codes.ts';
export type { OrganizationLike, PostLike, TechnologyLabel } from './documents.ts';
export { organizationDoc, postDoc, postQuery } from './documents.ts';
export type { MatchIndex, MatchIndexOptions } from './engine.ts';
export { createMatchIndex, DEFAULT_WEIGHTS, TERM_WEIGHTS } from './engine.ts';
export type { Analysis, ConceptLabel, Lexicon } from './lexicon.ts';
export { createLexicon } from './lexicon.ts';
export type * from './types.ts';
