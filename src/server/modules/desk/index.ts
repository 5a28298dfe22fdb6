/** The one-stop desk's public API: its routes, jobs and the demo consultations. */

export { followUpRemindersJob, surveyFlagsJob } from './aftercare.jobs.ts';
export { deskAftercareRoutes } from './aftercare.routes.ts';
export { demoPartnerKey, loadDemoDesk } from './desk.demo.ts';
export { deskRoutes, publicFormLimit } from './desk.routes.ts';
export { caseFileUploadLimitBytes, caseFileUploadPath, deskFilesRoutes } from './files.routes.ts';
export { deskFlagsRoutes } from './flags.routes.ts';
