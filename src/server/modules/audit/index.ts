/** The audit module's public API: the log's read route. Rows are written by `lib/audit.ts` inside each change. */
export { auditRoutes } from './audit.routes.ts';
