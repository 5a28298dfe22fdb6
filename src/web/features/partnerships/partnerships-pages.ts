/** The partnerships feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './partnerships-messages.ts';
import './partnerships.css';

export { AgreementCreatePage, AgreementEditPage } from './agreement-form.tsx';
export { AgreementPage } from './agreement-page.tsx';
export { AgreementsPage } from './agreements-page.tsx';
export { AllianceGroupPage, AllianceGroupsPage } from './alliance-pages.tsx';
export { BulletinCreatePage, BulletinEditPage } from './bulletin-form.tsx';
export { BulletinsPage } from './bulletins-page.tsx';
