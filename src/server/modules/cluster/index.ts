/** Where each cluster stands: phases, milestones, targets, and indicators computed from the data as of a date (issue 18). */
export { firstMembershipDates, membershipDates } from './cluster.queries.ts';
export { clusterRoutes } from './cluster.routes.ts';
export { getDashboard as getClusterDashboard } from './cluster.service.ts';
export { forgetFigures } from './indicators.service.ts';
