import { japanDay } from '../../../core/japan-time.ts';
import { retentionDueOn, retentionRemindersDue } from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { claimRetentionReminder, membersOf, placementsForReminders } from './placements.queries.ts';

type Due = Awaited<ReturnType<typeof placementsForReminders>>[number];

function retentionNotice(p: Due, months: 6 | 12) {
  const title = p.openingTitle.ja ?? p.openingTitle.en ?? '';
  const titleEn = p.openingTitle.en ?? p.openingTitle.ja ?? '';
  const name = p.applicantName || '—';
  return {
    kind: 'placement-retention-reminder',
    title: { ja: `【定着確認 ${months}か月】${title}`, en: `${months}-month retention check: ${titleEn}` },
    body: {
      ja: `${name}さん（${p.startOn}入社）の${months}か月時点（${retentionDueOn(p.startOn, months)}）の定着を確認してください。`,
      en: `Please confirm whether ${name} (started ${p.startOn}) is still with you at ${months} months (${retentionDueOn(p.startOn, months)}).`,
    },
    link: '/talent/openings',
  };
}

/**
 * Tells the employer the retention checks that have come due. Each reminder is claimed (recorded as sent) and
 * told in one transaction: a second run, in this process or another, finds it claimed and sends nothing.
 */
export async function sendRetentionReminders(db: Db, config: Config, now: Date) {
  const today = japanDay(now);
  let sent = 0;
  for (const p of await placementsForReminders(db, today)) {
    const confirmed = {
      6: p.retention6 as 'retained' | 'left' | null,
      12: p.retention12 as 'retained' | 'left' | null,
    };
    for (const months of retentionRemindersDue(p.startOn, today, confirmed, p.remindersSent)) {
      const outgoing = await db.transaction(async (tx) => {
        if (!(await claimRetentionReminder(tx, p.id, months))) return null;
        return notifyUsers(tx, config, await membersOf(tx, [p.organizationId]), retentionNotice(p, months));
      });
      if (outgoing === null) continue;
      sent++;
      await sendMail(db, config, outgoing);
    }
  }
  return sent;
}

/** Hourly, run by the server's scheduler (lib/scheduler.ts) under its per-job lock. */
export const retentionRemindersJob: BackgroundJob = {
  name: 'talent.retention-reminders',
  everyMs: 60 * 60_000,
  run: (ctx) => sendRetentionReminders(ctx.db, ctx.config, ctx.clock()),
};
