/** The system module's public API: health and the browser's settings. */
export { systemRoutes } from './system.routes.ts';
