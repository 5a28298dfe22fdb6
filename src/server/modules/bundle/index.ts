/** The data bundle's public API (DESIGN.md §4): its routes, and import/export for the CLI, demo and benches. */
export { bundleRoutes } from './bundle.routes.ts';
export { exportBundle, importBundle } from './bundle.service.ts';
