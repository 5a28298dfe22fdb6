// Notifications: always in the web app (one row per user of the organisation told), and by mail: through
// SMTP when SMTP_URL is set, otherwise into mail_outbox for an admin to read. Written inside the caller's
// transaction, so a step and its notices exist together; SMTP sending happens after, best effort.

import { type AnyColumn, and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client.ts';
import { type LocalizedText, mailOutbox, notifications, users } from '../db/schema/index.ts';
import type { Config } from '../env.ts';

export type Notice = { kind: string; title: LocalizedText; body: LocalizedText; link?: string };
type Mail = { to: string; subject: string; body: string };

const transports = new Map<string, Transporter>();

function transportFor(url: string) {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/** The app keeps links relative (they work under any host); a mail is read elsewhere, so its link is absolute. */
export const absoluteLink = (publicUrl: string, link: string) =>
  link.startsWith('/') ? `${publicUrl}${link}` : link;

const mailText = (n: Notice, publicUrl: string) =>
  [n.title.ja, n.body.ja, '', n.title.en, n.body.en, n.link ? `\n${absoluteLink(publicUrl, n.link)}` : '']
    .filter((x) => x !== undefined)
    .join('\n');

/**
 * SQL true when the organisation in `organizationId` has an account that is not disabled: someone a notice or
 * a mail reaches. Home pages, introductions and surveys decide "no account" by this one rule.
 */
export function hasActiveAccount(organizationId: AnyColumn): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${users} where ${users.organizationId} = ${organizationId} and ${users.disabledAt} is null)`;
}

/** Tells every enabled account of the given organisations; returns the mail to send after commit. */
export async function notifyOrganizations(tx: Db, config: Config, organizationIds: string[], notice: Notice) {
  if (organizationIds.length === 0) return [] as Mail[];
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.organizationId, organizationIds), isNull(users.disabledAt)));
  return notifyUsers(tx, config, recipients, notice);
}

export async function notifyUsers(
  tx: Db,
  config: Config,
  recipients: Array<{ id: string; email: string }>,
  notice: Notice,
): Promise<Mail[]> {
  if (recipients.length === 0) return [];
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
    })),
  );
  const subject = `${notice.title.ja ?? ''} / ${notice.title.en ?? ''}`;
  const mails = recipients.map((r) => ({ to: r.email, subject, body: mailText(notice, config.publicUrl) }));
  if (!config.smtpUrl) {
    await tx.insert(mailOutbox).values(mails);
    return [];
  }
  return mails;
}

/** After commit: SMTP delivery; a failure is kept in the outbox with its error rather than lost. */
export async function sendMail(db: Db, config: Config, mails: Mail[]) {
  if (!config.smtpUrl || mails.length === 0) return;
  const transport = transportFor(config.smtpUrl);
  for (const mail of mails) {
    try {
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
      });
      await db.insert(mailOutbox).values({ ...mail, sent: true });
    } catch (err) {
      await db.insert(mailOutbox).values({ ...mail, sent: false, error: String(err).slice(0, 1000) });
    }
  }
}

export async function userEmail(db: Db, id: string) {
  const [row] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, id));
  return row;
}

/**
 * Mail to addresses that have no account (a resident following a question): into the outbox without SMTP,
 * else returned for `sendMail` after commit. Each mail may carry its own closing line (an unfollow link).
 */
export async function mailAddresses(
  tx: Db,
  config: Config,
  recipients: Array<{ email: string; footer?: string }>,
  notice: Notice,
): Promise<Mail[]> {
  if (recipients.length === 0) return [];
  const subject = `${notice.title.ja ?? ''} / ${notice.title.en ?? ''}`;
  const text = mailText(notice, config.publicUrl);
  const mails = recipients.map((r) => ({
    to: r.email,
    subject,
    body: r.footer ? `${text}\n\n${r.footer}` : text,
  }));
  if (!config.smtpUrl) {
    await tx.insert(mailOutbox).values(mails);
    return [];
  }
  return mails;
}
