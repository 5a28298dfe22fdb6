import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { AdminGate } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useDeskTopics } from '../../lib/desk-topics.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useDashboard, useIndicatorRecords } from './cluster-api.ts';
import { useFilter } from './cluster-page.tsx';
import { needsDeskTopics, partLabel } from './part-label.ts';

/** The records behind one indicator's figure for a month (coordinators only: they name companies). */
export function IndicatorRecordsPage({ cluster, indicator }: { cluster: string; indicator: string }) {
  return (
    <AdminGate>
      <Records cluster={cluster} indicator={indicator} />
    </AdminGate>
  );
}

function Records({ cluster, indicator }: { cluster: string; indicator: string }) {
  const { t, pick } = useI18n();
  const filter = useFilter();
  const month = new URLSearchParams(useSearch()).get('month') ?? undefined;
  const [offset, setOffset] = useState(0);
  const board = useDashboard(cluster, filter);
  const records = useIndicatorRecords(cluster, indicator, { ...filter, month, offset });
  // Only the desk indicators' parts are topic codes; until the topics load their records wait, not showing codes.
  const withTopics = needsDeskTopics(indicator);
  const topics = useDeskTopics(withTopics);
  const waiting = records.isPending || (withTopics && topics.isPending);
  const label = (p: string) => partLabel(indicator, p, { t, pick, topics: topics.data?.items });
  const def = board.data?.indicators.find((i) => i.key === indicator);
  const back = `/clusters/${cluster}${filter.asOf ? `?asOf=${filter.asOf}` : ''}`;
  return (
    <>
      <PageHeader
        title={
          def
            ? t('cluRecordsOf', { name: pick(def.label), month: records.data?.month ?? '' })
            : t('cluRecords')
        }
        intro={def ? pick(def.explanation) : undefined}
        actions={
          <Link className="button button-secondary" href={back}>
            {t('cluBack')}
          </Link>
        }
      />
      {waiting && <LoadingMessage />}
      {records.isError && <ErrorMessage error={records.error} />}
      {records.data && !waiting && (
        <section className="card" data-testid="indicator-records">
          <h2>{t('cluRecords')}</h2>
          {records.data.total === 0 ? (
            <p className="status">{t('cluNoRecords')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('cluDate')}</th>
                    <th>{t('cluRecord')}</th>
                    <th>{t('cluValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.data.items.map((r) => (
                    <tr key={r.id}>
                      <td>{r.at.slice(0, 10)}</td>
                      <td>
                        {r.organizationId ? (
                          <Link href={`/organizations/${r.organizationId}`}>{pick(r.label)}</Link>
                        ) : (
                          pick(r.label)
                        )}
                        {indicator === 'needs-posted' && !r.organizationId && (
                          <span className="muted"> {t('cluAnonymous')}</span>
                        )}
                        {r.part && <span className="muted"> · {r.part.map(label).join(', ')}</span>}
                      </td>
                      <td>{r.value === null ? '' : r.value.toLocaleString()}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <PaginationNav offset={offset} limit={50} total={records.data.total} onChange={setOffset} />
        </section>
      )}
    </>
  );
}
