/** Agreements between organisations (areas, activities) and information-sharing bulletins (issue 17). */
export { bulletinDigestJob } from './bulletins.jobs.ts';
export { bulletinsRoutes } from './bulletins.routes.ts';
export { loadDemoPartnerships } from './partnerships.demo.ts';
export { partnershipsRoutes } from './partnerships.routes.ts';
