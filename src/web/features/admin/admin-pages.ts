/** The admin feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './admin-messages.ts';
import './admin.css';

export { AccountsPage } from './accounts-page.tsx';
export { AuditPage } from './audit-page.tsx';
export { ImportPage } from './import-page.tsx';
