/** The matching module's public API: needs, seeds and introductions routes, its background job, its bundle sections. */
export { introductionsRoutes } from './introductions.routes.ts';
export { introductionFromMeeting, noticeRequestsAtSignIn } from './introductions.service.ts';
export { exportPosts, postReferenceErrors, postSections, upsertPosts } from './matching.bundle.ts';
export { matchingSweepJob } from './matching.jobs.ts';
export { introductionsRequestedBy } from './matching.queries.ts';
export { matchingRoutes } from './matching.routes.ts';
export type { IntroductionOut, PostOut } from './matching.schemas.ts';
export { type PostBundle, postBundleSchema } from './matching.schemas.ts';
export { matchesFor, organizationIntroductions, organizationPosts } from './matching.service.ts';
