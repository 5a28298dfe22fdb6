/** The public face's pages: one lazy chunk for the router (app-routes.tsx). */
import './public-messages.ts';
import './public.css';

export { ExplainerEditPage } from './explainer-edit-page.tsx';
export { ExplainerPage } from './explainer-page.tsx';
export { FaqPage } from './faq-page.tsx';
export { ModerationPage } from './moderation-page.tsx';
export { PublicHubPage } from './public-hub-page.tsx';
export { QuestionsPage } from './questions-page.tsx';
