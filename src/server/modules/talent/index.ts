/** The talent module's public API: its routes (skills, programmes and cohorts; enrolments) and the demo loader. */

export { enrolmentRoutes } from './enrolments.routes.ts';
export { loadTalentDemo } from './talent.demo.ts';
export { talentRoutes } from './talent.routes.ts';
