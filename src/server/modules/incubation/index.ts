/**
 * The incubation module's public API: its routes, its bundle sections (facilities, units, equipment), and the
 * booking quota grant other modules call (an approved joint-use proposal becomes hours to book against).
 */

export { bookingsRoutes } from './bookings.routes.ts';
export { grantQuota } from './bookings.service.ts';
export {
  exportIncubation,
  type IncubationBundle,
  type IncubationCounts,
  incubationCounts,
  parseIncubationSections,
  upsertIncubation,
} from './incubation.bundle.ts';
export { incubationRoutes } from './incubation.routes.ts';
