/**
 * The incubation module's public API: its routes, its bundle sections (facilities, units, equipment), the
 * demo call, and the two ends of a joint-use proposal: an admitted one (approvedJointUse) becomes a booking
 * quota (grantQuota).
 */

export { bookingsRoutes } from './bookings.routes.ts';
export { grantQuota } from './bookings.service.ts';
export { demoCallKey, loadDemoCall } from './calls.demo.ts';
export { callsRoutes } from './calls.routes.ts';
export { approvedJointUse } from './calls.service.ts';
export {
  exportIncubation,
  type IncubationBundle,
  type IncubationCounts,
  incubationCounts,
  parseIncubationSections,
  upsertIncubation,
} from './incubation.bundle.ts';
export { incubationRoutes } from './incubation.routes.ts';
export { leaseRemindersJob } from './leases.jobs.ts';
export { leaseRoutes } from './leases.routes.ts';
export { occupancy as leaseOccupancy } from './leases.service.ts';
export { unitFileUploadLimitBytes, unitFileUploadPath, unitMediaRoutes } from './media.routes.ts';
