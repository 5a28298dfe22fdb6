/** Agreements between organisations (areas, activities), information-sharing bulletins and the alliance's working groups (issue 17). */
export { bulletinDigestJob } from './bulletins.jobs.ts';
export { bulletinsRoutes } from './bulletins.routes.ts';
export {
  groupDocumentUploadLimitBytes,
  groupDocumentUploadPath,
  groupsRoutes,
} from './groups.routes.ts';
export { loadDemoPartnerships } from './partnerships.demo.ts';
export { partnershipsRoutes } from './partnerships.routes.ts';
