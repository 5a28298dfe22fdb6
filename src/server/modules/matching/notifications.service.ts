import { notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import {
  countUnreadNotifications,
  latestOutbox,
  notificationsOf,
  setNotificationRead,
} from './matching.queries.ts';
import type { Ctx } from './matching.service.ts';

// A user's in-app notices and the admin's view of the mail outbox (written by lib/notify.ts).

export async function listNotifications(ctx: Ctx, actor: AuthUser, limit: number) {
  const rows = await notificationsOf(ctx.db, actor.id, limit);
  const unread = await countUnreadNotifications(ctx.db, actor.id);
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
    unread,
  };
}

export async function markNotificationRead(ctx: Ctx, actor: AuthUser, id: string) {
  const row = await setNotificationRead(ctx.db, id, actor.id, new Date());
  if (!row) throw notFound('Notification');
}

export async function listOutbox(ctx: Ctx, limit: number) {
  const rows = await latestOutbox(ctx.db, limit);
  return {
    items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    total: rows.length,
  };
}
