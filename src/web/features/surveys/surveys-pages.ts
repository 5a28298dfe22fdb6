/** The surveys feature's pages: one lazy chunk for the router (app-routes.tsx). */
import './surveys-messages.ts';
import './surveys.css';

export { AnswerPage } from './answer-page.tsx';
export { SurveyPage } from './survey-page.tsx';
export { SurveysPage } from './surveys-page.tsx';
