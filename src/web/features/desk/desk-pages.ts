/** The one-stop desk's pages: one lazy chunk for the router (app-routes.tsx). */
import './desk-messages.ts';
import './desk-aftercare-messages.ts';
import './desk-figures-messages.ts';
import './desk.css';

export { DeskAskPage } from './desk-ask-page.tsx';
export { ConsultationPage } from './desk-case-page.tsx';
export { DeskFiguresPage } from './desk-figures-page.tsx';
export { DeskFlagsPage } from './desk-flags-page.tsx';
export { DeskPage } from './desk-queue-page.tsx';
export { DeskSearchPage } from './desk-search-page.tsx';
