/** The events module's public API: its routes (events, brokerage meetings, open-factory tours), the day-before reminder and feedback-survey jobs and the demo events. */
export { loadDemoEvents } from './events.demo.ts';
export { eventFeedbackJob, eventRemindersJob } from './events.jobs.ts';
export { eventsRoutes } from './events.routes.ts';
export { meetingsRoutes } from './meetings.routes.ts';
export { outcomesRoutes } from './outcomes.routes.ts';
export { toursRoutes } from './tours.routes.ts';
