import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage } from '../../components/status-message.tsx';
import { useT } from '../../lib/i18n.tsx';

/** A page that could not load still has its heading (every page has one) and the way back to the list. */
export function EventsError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('eventsTitle')} />
      <ErrorMessage error={error} />
      <p>
        <Link href="/events">{t('eventsBack')}</Link>
      </p>
    </>
  );
}
