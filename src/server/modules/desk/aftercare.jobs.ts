import type { BackgroundJob } from '../../lib/scheduler.ts';
import { sendFollowUpReminders } from './aftercare.service.ts';
import { raiseSurveyFlags } from './flags.service.ts';

/** Hourly: reminds owners of the follow-ups due today (Japan), each once (aftercare.service.ts). */
export const followUpRemindersJob: BackgroundJob = {
  name: 'desk.follow-up-reminders',
  everyMs: 60 * 60_000,
  run: (ctx) => sendFollowUpReminders(ctx.db, ctx.config, ctx.clock()),
};

/** Every quarter hour: survey answers that mean expansion, withdrawal or a staff shortage become flags. */
export const surveyFlagsJob: BackgroundJob = {
  name: 'desk.survey-flags',
  everyMs: 15 * 60_000,
  run: (ctx) => raiseSurveyFlags(ctx.db, ctx.clock()),
};
