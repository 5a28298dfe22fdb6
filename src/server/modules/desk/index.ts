/** The one-stop desk's public API: its routes and the demo consultations. */

export { demoPartnerKey, loadDemoDesk } from './desk.demo.ts';
export { deskRoutes, publicFormLimit } from './desk.routes.ts';
