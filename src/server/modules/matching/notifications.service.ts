import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { mailOutbox, notifications } from '../../db/schema/index.ts';
import { notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import type { Ctx } from './matching.service.ts';

// A user's in-app notices and the admin's view of the mail outbox (written by lib/notify.ts).

export async function listNotifications(ctx: Ctx, actor: AuthUser, limit: number) {
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [unread] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
    })),
    total: rows.length,
    unread: unread?.n ?? 0,
  };
}

export async function markNotificationRead(ctx: Ctx, actor: AuthUser, id: string) {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
    .returning({ id: notifications.id });
  if (!row) throw notFound('Notification');
}

export async function listOutbox(ctx: Ctx, limit: number) {
  const rows = await ctx.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
  return {
    items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    total: rows.length,
  };
}
