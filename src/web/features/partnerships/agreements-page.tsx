import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useAgreements } from './partnerships-api.ts';

/** The agreements: parties, date, status and how many of their areas have been quiet for a year. */
export function AgreementsPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const list = useAgreements();
  return (
    <>
      <PageHeader
        title={t('ptnTitle')}
        intro={t('ptnIntro')}
        actions={
          <>
            <Link className="button button-secondary" href="/bulletins">
              {t('bulTitle')}
            </Link>
            {user && (
              <Link className="button button-secondary" href="/alliance">
                {t('allTitle')}
              </Link>
            )}
            {user?.role === 'admin' && (
              <Link className="button" href="/partnerships/new">
                {t('ptnNew')}
              </Link>
            )}
          </>
        }
      />
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="status">{t('ptnNone')}</p>
      ) : (
        <ul className="ptn-list">
          {list.data.items.map((a) => (
            <li key={a.id} className="card">
              <p className="muted">
                <span className="badge">{t(`ptnAgreementKind_${a.kind}`)}</span>{' '}
                <span className="badge badge-muted">{t(`ptnStatus_${a.status}`)}</span> {t('ptnSignedOn')}:{' '}
                {a.signedOn ?? t('ptnSignedUnknown')}
              </p>
              <h2>
                <Link href={`/partnerships/${a.id}`}>{pick(a.title)}</Link>
              </h2>
              <p>
                {t('ptnParties')}: {a.parties.map((p) => pick(p.name)).join(' · ')}
              </p>
              <p className={a.quietAreas ? 'ptn-quiet' : 'muted'}>
                {t('ptnAreasCount', { count: a.areas.length, quiet: a.quietAreas })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
