/**
 * The organisations module's public API: the directory's routes, the bundle form of an organisation, and the
 * row and output shapes the industry map and the bundle build on.
 */

export {
  existingKeys,
  type OrganizationRow,
  type OrganizationValues,
  outputColumns,
  regionCondition,
  tidySearchIndexes,
  toBundleForm,
  toValues,
} from './organizations.queries.ts';
export { organizationsRoutes } from './organizations.routes.ts';
export {
  type OrganizationInput,
  organizationInputSchema,
  organizationSchema,
} from './organizations.schemas.ts';
export { referenceErrors, resolveOrganization, toOrganizationOut } from './organizations.service.ts';
