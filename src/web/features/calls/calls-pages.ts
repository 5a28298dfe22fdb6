/** The public calls feature's pages (公募 → 審査 → 入居): one lazy chunk for the router (app-routes.tsx). */
import './calls-messages.ts';
import './calls.css';

export { ApplicationPage } from './application-page.tsx';
export { CallFormPage } from './call-form-page.tsx';
export { CallPage } from './call-page.tsx';
export { CallsPage, ReviewsPage } from './calls-page.tsx';
