import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useBrokerage } from './brokerage-api.ts';
import { AgendaTable } from './brokerage-panel.tsx';
import { useEvent } from './events-api.ts';

/** A participant's agenda on its own page, styled for paper (events.css hides the chrome when printing). */
export function BrokerageAgendaPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const event = useEvent(id);
  const data = useBrokerage(id);
  if (event.isPending || data.isPending) return <LoadingMessage />;
  if (event.isError) return <ErrorMessage error={event.error} />;
  if (data.isError) return <ErrorMessage error={data.error} />;
  return (
    <div className="brokerage-print">
      <PageHeader
        title={t('brokerageAgendaTitle', { title: pick(event.data.title) })}
        actions={
          <>
            <Link className="button button-secondary no-print" href={`/events/${id}`}>
              {pick(event.data.title)}
            </Link>
            <button type="button" className="button no-print" onClick={() => window.print()}>
              {t('brokeragePrintNow')}
            </button>
          </>
        }
      />
      {data.data.participant ? (
        <AgendaTable meetings={data.data.agenda} />
      ) : (
        <p className="muted">{t('brokerageOnlyParticipants')}</p>
      )}
    </div>
  );
}
