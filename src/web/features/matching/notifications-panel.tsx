import { Link } from 'wouter';
import { useI18n } from '../../lib/i18n.tsx';
import { useMarkRead, useNotifications } from './matching-api.ts';

/** The in-app side of every notice (mail is the other); the latest few, unread first in weight. */
export function NotificationsPanel() {
  const { t, pick } = useI18n();
  const notes = useNotifications(true);
  const markRead = useMarkRead();
  const items = notes.data?.items.slice(0, 5) ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card notifications" aria-label={t('introNotifications')}>
      <h2>
        {t('introNotifications')}{' '}
        {notes.data?.unread ? <span className="badge">{notes.data.unread}</span> : null}
      </h2>
      <ul className="plain-list">
        {items.map((n) => (
          <li key={n.id} className={n.read ? 'muted' : ''}>
            {n.link ? (
              // Survey reminders carry a full URL (they are mailed too); in-app links are paths.
              /^https?:/.test(n.link) ? (
                <a href={n.link} onClick={() => n.read || markRead.mutate(n.id)}>
                  {pick(n.title)}
                </a>
              ) : (
                <Link href={n.link} onClick={() => n.read || markRead.mutate(n.id)}>
                  {pick(n.title)}
                </Link>
              )
            ) : (
              pick(n.title)
            )}{' '}
            {pick(n.body)}
          </li>
        ))}
      </ul>
    </section>
  );
}
