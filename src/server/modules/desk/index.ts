/** The one-stop desk's public API: its routes (cases; figures and search) and the demo consultations. */

export { demoPartnerKey, loadDemoDesk } from './desk.demo.ts';
export { deskRoutes, publicFormLimit } from './desk.routes.ts';
export { deskFiguresRoutes } from './figures.routes.ts';
export { deskFigures } from './figures.service.ts';
export { searchIndexJob } from './search.jobs.ts';
export { deskSearchRoutes } from './search.routes.ts';
export { searchConsultations } from './search.service.ts';
