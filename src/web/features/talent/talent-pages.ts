/** The talent feature's pages (プログラム → コホート → 受講): one lazy chunk for the router (app-routes.tsx). */
import './placement-messages.ts';
import './talent-messages.ts';
import './talent.css';
import './workforce-messages.ts';

export { MyApplicationsPage } from './my-applications-page.tsx';
export { MyTrainingPage } from './my-training-page.tsx';
export { OpeningEditPage, OpeningFormPage } from './opening-form-page.tsx';
export { OpeningPage } from './opening-page.tsx';
export { OpeningsPage } from './openings-page.tsx';
export { ProgrammeEditPage, ProgrammeFormPage } from './programme-form-page.tsx';
export { ProgrammePage } from './programme-page.tsx';
export { ProgrammesPage } from './programmes-page.tsx';
export { WorkforcePage } from './workforce-page.tsx';
