/** The siting feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './siting-messages.ts';
import './siting.css';

export { SitingPage } from './siting-page.tsx';
export { StudiesPage } from './studies-page.tsx';
export { StudyReportPage } from './study-report-page.tsx';
