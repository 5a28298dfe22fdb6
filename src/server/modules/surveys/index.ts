/**
 * The surveys module's public API: the coordinator's and the respondent's routes, the reminder job, the demo's
 * synthetic responses, and the analysis the bench times.
 */
export { surveyLinksRoutes } from './survey-links.routes.ts';
export { linkSigner, submitAnswers as submitSurveyAnswers } from './survey-links.service.ts';
export { surveyCrossTab, surveyResults } from './surveys.analysis.ts';
export { loadSyntheticSurvey } from './surveys.demo.ts';
export { surveyRemindersJob } from './surveys.jobs.ts';
export { surveysRoutes } from './surveys.routes.ts';
export { definitionSchema as surveyDefinitionSchema } from './surveys.schemas.ts';
export {
  type Invitee,
  invitationState,
  invitePeople,
  openSurveyForOne,
  openSurveyForPeople,
  personalInvitation,
  surveyTally,
} from './surveys.service.ts';
