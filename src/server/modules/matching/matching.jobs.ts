import { writeAudit } from '../../lib/audit.ts';
import { notifyOrganizations, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { DAY } from './introductions.service.ts';
import {
  expireDueIntroductions,
  insertIntroductionEvent,
  markIntroductionsReminded,
  markPostsReminded,
} from './matching.queries.ts';
import type { Ctx } from './matching.service.ts';

/**
 * Expiry and reminders, run hourly by the server and on demand by an admin: unanswered requests past their
 * time expire (both sides told); requests and posts about to expire remind their owners once.
 *
 * Every write is a guarded update that returns the rows it changed, and only those are told: a request the
 * recipient accepts while the sweep runs is either accepted or expired, never both, and a second sweep (another
 * process, a minute later) finds nothing left to do.
 */
export async function sweepMatching(ctx: Ctx, now = new Date()) {
  const reminderAt = new Date(now.getTime() + ctx.config.reminderDays * DAY);
  const counts = { expired: 0, reminded: 0, postsReminded: 0 };
  const mails = await ctx.db.transaction(async (tx) => {
    const out = [];
    for (const r of await expireDueIntroductions(tx, now)) {
      await insertIntroductionEvent(tx, {
        introductionId: r.id,
        fromState: 'requested',
        toState: 'expired',
        at: now,
      });
      await writeAudit(tx, null, { action: 'expire', entity: 'introduction', entityId: r.id });
      out.push(
        ...(await notifyOrganizations(tx, ctx.config, [r.fromOrganizationId, r.toOrganizationId], {
          kind: 'introduction.expired',
          title: { ja: '紹介依頼が期限切れになりました', en: 'An introduction request expired' },
          body: { ja: '回答がないまま期限を過ぎました。', en: 'It was not answered in time.' },
          link: `/introductions/${r.id}`,
        })),
      );
      counts.expired++;
    }
    for (const r of await markIntroductionsReminded(tx, reminderAt, now)) {
      out.push(
        ...(await notifyOrganizations(tx, ctx.config, [r.toOrganizationId], {
          kind: 'introduction.reminder',
          title: { ja: '紹介依頼への回答をお願いします', en: 'An introduction request awaits your answer' },
          body: {
            ja: `期限：${r.expiresAt.toISOString().slice(0, 10)}`,
            en: `Expires on ${r.expiresAt.toISOString().slice(0, 10)}`,
          },
          link: `/introductions/${r.id}`,
        })),
      );
      counts.reminded++;
    }
    for (const kind of ['need', 'seed'] as const) {
      for (const p of await markPostsReminded(tx, kind, reminderAt, now)) {
        out.push(
          ...(await notifyOrganizations(tx, ctx.config, [p.organizationId], {
            kind: `${kind}.expiring`,
            title: { ja: '掲載期限が近づいています', en: 'A post is about to expire' },
            body: {
              ja: `「${p.title.ja ?? p.title.en}」は更新しないと掲載が終わります。`,
              en: `"${p.title.en ?? p.title.ja}" will stop being matched unless renewed.`,
            },
            link: `/matching/${kind}s/${p.id}`,
          })),
        );
        counts.postsReminded++;
      }
    }
    return out;
  });
  await sendMail(ctx.db, ctx.config, mails);
  return counts;
}

/** The hourly sweep, run by the server's scheduler (lib/scheduler.ts). */
export const matchingSweepJob: BackgroundJob = {
  name: 'matching.sweep',
  everyMs: 60 * 60_000,
  run: (ctx) => sweepMatching({ ...ctx, user: null }, ctx.clock()),
};
