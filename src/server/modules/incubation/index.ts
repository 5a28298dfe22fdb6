/**
 * The incubation module's public API: its routes, its bundle sections (facilities, units, equipment), and an
 * admitted joint-use proposal as a booking quota (approvedJointUse).
 */

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
