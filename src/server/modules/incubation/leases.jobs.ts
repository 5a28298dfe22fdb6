import { dueReminders, jstDay } from '../../../core/incubation/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { accountsOf, claimReminder, type LeaseRow, leasesForReminders } from './leases.queries.ts';

function reminderNotice(lease: LeaseRow, months: number) {
  const unit = `${lease.facilityName.ja ?? lease.facilityName.en ?? ''} ${lease.unitName.ja ?? lease.unitName.en ?? ''}`;
  const unitEn = `${lease.facilityName.en ?? lease.facilityName.ja ?? ''} ${lease.unitName.en ?? lease.unitName.ja ?? ''}`;
  return {
    kind: 'lease-end-reminder',
    title: {
      ja: `【契約終了の${months}か月前】${unit.trim()}`,
      en: `Lease ends in ${months} months: ${unitEn.trim()}`,
    },
    body: {
      ja: `${lease.tenantName.ja ?? lease.tenantName.en ?? ''}の契約は${lease.endOn}に終了します。更新または移転先の検討をお願いします。`,
      en: `The lease of ${lease.tenantName.en ?? lease.tenantName.ja ?? ''} ends on ${lease.endOn}. Please plan the renewal or the move.`,
    },
    link: `/incubation/leases/${lease.id}`,
  };
}

/**
 * Tells tenant and office the reminders due on `today` (12 and 6 months before the end, the facility's
 * setting). Each reminder is claimed (recorded as sent) and told in one transaction: a second run, in this
 * process or another, finds it claimed and sends nothing; a failure undoes the claim for the next run.
 */
export async function sendLeaseReminders(db: Db, config: Config, now: Date) {
  const today = jstDay(now);
  let sent = 0;
  for (const lease of await leasesForReminders(db, today)) {
    const due = dueReminders(lease.endOn, lease.reminderMonths, today, lease.remindersSent);
    for (const months of due) {
      const outgoing = await db.transaction(async (tx) => {
        if (!(await claimReminder(tx, lease.id, months))) return null;
        const to = await accountsOf(tx, [lease.tenantOrganizationId, lease.ownerOrganizationId]);
        return notifyUsers(tx, config, to, reminderNotice(lease, months));
      });
      if (outgoing === null) continue;
      sent++;
      await sendMail(db, config, outgoing);
    }
  }
  return sent;
}

/** Hourly, run by the server's scheduler (lib/scheduler.ts) under its per-job lock. */
export const leaseRemindersJob: BackgroundJob = {
  name: 'incubation.lease-reminders',
  everyMs: 60 * 60_000,
  run: (ctx) => sendLeaseReminders(ctx.db, ctx.config, ctx.clock()),
};
