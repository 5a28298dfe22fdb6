/** The siting feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './siting-messages.ts';

export { SitingPage } from './siting-page.tsx';
export { StudyReportPage } from './study-report-page.tsx';
