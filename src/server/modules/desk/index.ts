/** The one-stop desk's public API: its routes (cases, aftercare, flags, files; figures and search), jobs and the demo consultations. */

export { followUpRemindersJob, surveyFlagsJob } from './aftercare.jobs.ts';
export { deskAftercareRoutes } from './aftercare.routes.ts';
export { demoPartnerKey, loadDemoDesk } from './desk.demo.ts';
export { deskRoutes, publicFormLimit } from './desk.routes.ts';
export { deskFiguresRoutes } from './figures.routes.ts';
export { deskFigures } from './figures.service.ts';
export { caseFileUploadLimitBytes, caseFileUploadPath, deskFilesRoutes } from './files.routes.ts';
export { deskFlagsRoutes } from './flags.routes.ts';
export { searchIndexJob } from './search.jobs.ts';
export { deskSearchRoutes } from './search.routes.ts';
export { searchConsultations } from './search.service.ts';
