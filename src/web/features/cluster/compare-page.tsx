import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useComparison } from './cluster-api.ts';
import { ReadersOnly, useFilter } from './cluster-page.tsx';
import { formatValue, statusKey } from './indicator-card.tsx';

/** The clusters side by side: each indicator's figure, target and status per cluster. */
export function ClusterComparePage() {
  return (
    <ReadersOnly>
      <Comparison />
    </ReadersOnly>
  );
}

function Comparison() {
  const { t, pick } = useI18n();
  const { asOf } = useFilter();
  const cmp = useComparison(asOf);
  return (
    <>
      <PageHeader
        title={t('cluCompare')}
        intro={t('cluIntro')}
        actions={
          <Link className="button button-secondary" href="/clusters">
            {t('cluChoose')}
          </Link>
        }
      />
      {cmp.isPending && <LoadingMessage />}
      {cmp.isError && <ErrorMessage error={cmp.error} />}
      {cmp.data && (
        <div className="table-scroll card">
          <table className="table clu-compare" data-testid="cluster-comparison">
            <thead>
              <tr>
                <th>{t('cluIndicators')}</th>
                {cmp.data.clusters.map((c) => (
                  <th key={c.key}>
                    <Link href={`/clusters/${c.key}`}>{pick(c.name)}</Link>
                    <div className="muted">
                      {c.currentPhase === null ? t('cluNoPhase') : t('cluPhaseN', { phase: c.currentPhase })}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cmp.data.indicators.map((i) => (
                <tr key={i.key}>
                  <th scope="row">{pick(i.label)}</th>
                  {i.values.map((v, n) => (
                    <td key={cmp.data.clusters[n]!.key}>
                      {formatValue(v.value, pick(i.unit))}{' '}
                      {v.status !== 'no-target' && (
                        <span className={`badge clu-status clu-${v.status}`}>
                          {t(statusKey(v.status as 'on-track'))}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
