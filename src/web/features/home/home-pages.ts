/** The home feature's page: one lazy chunk for the router (app-routes.tsx). */
import './home-messages.ts';

export { HomePage } from './home-page.tsx';
