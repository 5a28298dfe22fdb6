import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';

export type Mail = { to: string; subject: string; body: string; topic: string };

/** Queues mail in the outbox, where an admin can read it (delivery by SMTP is a separate concern). */
export async function queueMail(db: Db, mails: Mail[]): Promise<void> {
  if (mails.length) await db.insert(outbox).values(mails);
}
