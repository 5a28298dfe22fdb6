/** The talent feature's pages (プログラム → コホート → 受講): one lazy chunk for the router (app-routes.tsx). */
import './talent-messages.ts';
import './talent.css';

export { MyTrainingPage } from './my-training-page.tsx';
export { ProgrammeEditPage, ProgrammeFormPage } from './programme-form-page.tsx';
export { ProgrammePage } from './programme-page.tsx';
export { ProgrammesPage } from './programmes-page.tsx';
