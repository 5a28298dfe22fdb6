/** The incubation feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './incubation-messages.ts';
import './incubation.css';

export { FacilitiesPage } from './facilities-page.tsx';
export { FacilityPage } from './facility-page.tsx';
