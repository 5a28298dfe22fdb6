/** The incubation module's public API: its routes and its bundle sections (facilities, units, equipment). */

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
