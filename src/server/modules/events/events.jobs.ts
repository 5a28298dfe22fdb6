import { tomorrowInJapan } from '../../../core/events/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { accountsByIds, claimReminders, eventsByIds } from './events.queries.ts';
import { openDueFeedbackSurveys } from './outcomes.service.ts';

type Named = { ja?: string; en?: string };
const text = (n: Named, lang: 'ja' | 'en') => n[lang] ?? n.ja ?? n.en ?? '';
const time = (d: Date, lang: 'ja' | 'en') =>
  d.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

function reminderNotice(e: {
  id: string;
  title: Named;
  startsAt: Date;
  place: Named;
  onlineUrl: string | null;
}) {
  const where = (lang: 'ja' | 'en') => text(e.place, lang) || e.onlineUrl || '';
  return {
    kind: 'event-reminder',
    title: { ja: `【明日開催】${text(e.title, 'ja')}`, en: `Tomorrow: ${text(e.title, 'en')}` },
    body: {
      ja: `${time(e.startsAt, 'ja')} 開始　${where('ja')}。受付ではイベントのページの QR コードか受付コードをお見せください。`,
      en: `Starts ${time(e.startsAt, 'en')} Japan time, ${where('en')}. Show the QR code or the check-in code from the event page at the door.`,
    },
    link: `/events/${e.id}`,
  };
}

/**
 * Tells every confirmed registrant of the events starting tomorrow (Japan time) once. The claim (one guarded
 * update) and the notices are one transaction: a second run finds nothing to claim; a failure undoes the claim.
 */
export async function sendEventReminders(db: Db, config: Config, now: Date) {
  const { from, to } = tomorrowInJapan(now);
  const outgoing = await db.transaction(async (tx) => {
    const claimed = await claimReminders(tx, from, to, now);
    const events = new Map(
      (await eventsByIds(tx, [...new Set(claimed.map((c) => c.eventId))])).map((e) => [e.id, e]),
    );
    const accounts = new Map(
      (
        await accountsByIds(
          tx,
          claimed.map((c) => c.userId),
        )
      ).map((a) => [a.id, a]),
    );
    const mails = [];
    for (const c of claimed) {
      const account = accounts.get(c.userId);
      if (account)
        mails.push(...(await notifyUsers(tx, config, [account], reminderNotice(events.get(c.eventId)!))));
    }
    return { sent: claimed.length, mails };
  });
  await sendMail(db, config, outgoing.mails);
  return outgoing.sent;
}

/** Hourly, run by the server's scheduler (lib/scheduler.ts) under its per-job lock. */
export const eventRemindersJob: BackgroundJob = {
  name: 'events.reminders',
  everyMs: 60 * 60_000,
  run: (ctx) => sendEventReminders(ctx.db, ctx.config, ctx.clock()),
};

/**
 * Opens the feedback survey of each event that has ended (within the answering window) with someone checked in
 * and none yet; each event's row lock makes it once however many processes run it. Every quarter hour.
 */
export const eventFeedbackJob: BackgroundJob = {
  name: 'events.feedback-surveys',
  everyMs: 15 * 60_000,
  run: (ctx) => openDueFeedbackSurveys(ctx.db, ctx.config, ctx.clock()),
};
