/**
 * The talent module's public API: its routes (skills, programmes and cohorts; enrolments; job openings and
 * placements; the workforce gap), the retention-reminder job and the demo loaders.
 */

export { enrolmentRoutes } from './enrolments.routes.ts';
export { openingRoutes } from './openings.routes.ts';
export { loadPlacementDemo } from './placements.demo.ts';
export { retentionRemindersJob } from './placements.jobs.ts';
export { placementRoutes } from './placements.routes.ts';
export { loadTalentDemo } from './talent.demo.ts';
export { talentRoutes } from './talent.routes.ts';
export { loadWorkforceDemo } from './workforce.demo.ts';
export { workforceRoutes } from './workforce.routes.ts';
export { getWorkforceGap } from './workforce.service.ts';
