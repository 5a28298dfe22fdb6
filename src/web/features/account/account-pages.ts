/** The account feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './account-messages.ts';

export { AccountPage } from './account-page.tsx';
export { InvitationPage } from './invitation-page.tsx';
export { ResetPasswordPage } from './reset-password-page.tsx';
