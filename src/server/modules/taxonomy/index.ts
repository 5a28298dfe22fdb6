/** The taxonomy module's public API: clusters, technology codes and the vocabularies the filters use. */
export { taxonomyRoutes } from './taxonomy.routes.ts';
