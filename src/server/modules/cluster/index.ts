/** Where each cluster stands: phases, milestones, targets, and indicators computed from the data as of a date (issue 18). */
export { firstMembershipDates, membershipDates } from './cluster.queries.ts';
export { clusterRoutes } from './cluster.routes.ts';
export { getDashboard as getClusterDashboard } from './cluster.service.ts';
export {
  // For bench/indicators/profile.ts: one indicator at a time.
  evaluate as evaluateIndicator,
  forgetFigures,
  resolveScope as indicatorScope,
} from './indicators.service.ts';
