/** The surveys module's public API: its routes, the demo's synthetic responses, and the analysis the bench times. */
export { surveyCrossTab, surveyResults } from './surveys.analysis.ts';
export { loadSyntheticSurvey } from './surveys.demo.ts';
export { surveysRoutes } from './surveys.routes.ts';
export { sendDueReminders } from './surveys.service.ts';
