/** The directory feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './directory-messages.ts';
import './directory.css';

export { DirectoryPage } from './directory-page.tsx';
export { OrganizationCreatePage, OrganizationEditPage } from './organization-form-page.tsx';
export { OrganizationProfilePage } from './organization-profile-page.tsx';
