import { type BulletinAudience, digestWeek, maySeeBulletin } from '../../../core/partnerships/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import type { Role } from '../../lib/http.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import type { BackgroundJob } from '../../lib/scheduler.ts';
import { bulletinsInWindow, claimDigest, digestCandidates } from './bulletins.queries.ts';

type Named = { ja?: string; en?: string };
const text = (n: Named, lang: 'ja' | 'en') => n[lang] ?? n.ja ?? n.en ?? '';

function digestNotice(week: string, items: Array<{ id: string; title: Named; kind: string }>) {
  const lines = (lang: 'ja' | 'en') => items.map((b) => `・${text(b.title, lang)}`).join('\n');
  return {
    kind: 'bulletin-digest',
    title: {
      ja: `情報共有ノート 週間ダイジェスト（${week} の週、${items.length} 件）`,
      en: `Bulletins weekly digest (week of ${week}, ${items.length})`,
    },
    body: { ja: lines('ja'), en: lines('en') },
    link: '/bulletins',
  };
}

/**
 * The weekly digest: each account that follows tags gets, once per week, the bulletins published in the last
 * full week (Monday–Sunday, Japan time) that carry one of its tags and that it may read. The claim (a row per
 * account and week, inserted `on conflict do nothing`) and the mail are one transaction, so a second run, in
 * this process or another, finds nothing to send; a week with nothing for an account is claimed without mail.
 */
export async function sendBulletinDigests(db: Db, config: Config, now: Date) {
  const { week, from, to } = digestWeek(now);
  let sent = 0;
  const outgoing = [];
  for (const account of await digestCandidates(db, week)) {
    const mails = await db.transaction(async (tx) => {
      const found = await bulletinsInWindow(tx, account.tags, from, to);
      const readable = found
        .map((r) => r.bulletin)
        .filter((b) =>
          maySeeBulletin(
            { audience: b.audience as BulletinAudience, authorOrganizationId: b.authorOrganizationId },
            {
              role: account.role as Role,
              organizationId: account.organizationId,
              partyToAgreement: account.partyToAgreement,
            },
          ),
        );
      if (!(await claimDigest(tx, account.id, week, readable.length, now))) return [];
      if (readable.length === 0) return [];
      sent += 1;
      return notifyUsers(tx, config, [account], digestNotice(week, readable));
    });
    outgoing.push(...mails);
  }
  await sendMail(db, config, outgoing);
  return sent;
}

/** Hourly; the claim makes it weekly per account (lib/scheduler.ts runs it under its lock). */
export const bulletinDigestJob: BackgroundJob = {
  name: 'partnerships.bulletin-digest',
  everyMs: 60 * 60_000,
  run: (ctx) => sendBulletinDigests(ctx.db, ctx.config, ctx.clock()),
};
