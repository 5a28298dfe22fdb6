/** The home module's public API: one route that gives each role its home page. */
export { homeRoutes } from './home.routes.ts';
