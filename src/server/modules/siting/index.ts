/** The siting module's public API: its routes, facility profiles for the surveys, and its bundle sections. */

export { existingSiteKeys } from './siting.queries.ts';
export { sitingRoutes } from './siting.routes.ts';
export {
  type ProfileInputBody,
  profileInputSchema,
  profileSchema,
  type SiteInputBody,
  siteInputSchema,
} from './siting.schemas.ts';
export {
  allSitingForExport,
  createProfile,
  profileValues,
  siteValues,
  upsertSitingRows,
} from './siting.service.ts';
