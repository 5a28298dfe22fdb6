/** The matching module's public API: needs, seeds and introductions routes, and its bundle sections. */

export { introductionsRoutes } from './introductions.routes.ts';
export { sweepMatching } from './introductions.service.ts';
export { exportPosts, postReferenceErrors, postSections, upsertPosts } from './matching.bundle.ts';
export { matchingRoutes } from './matching.routes.ts';
export { type PostBundle, postBundleSchema } from './matching.schemas.ts';
