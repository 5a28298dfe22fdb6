import { Link } from 'wouter';
import { placeLine } from '../../../core/directory/places.ts';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { pickLang, useI18n } from '../../lib/i18n.tsx';
import { useMapOrganizations } from './industry-map-api.ts';

/** The organisations behind one figure, each linking to its profile: how every number can be checked. */
export function OrganizationDrillDown({
  title,
  query,
  onClose,
}: {
  title: string;
  query: Record<string, string | undefined>;
  onClose: () => void;
}) {
  const { t, lang, pick } = useI18n();
  const list = useMapOrganizations(query);
  return (
    <section className="card drill-down" aria-labelledby="drill-down-heading" aria-live="polite">
      <div className="results-bar">
        <h2 id="drill-down-heading">
          {title}{' '}
          {list.data && (
            <span className="results-total">{t('resultsCount', { total: list.data.total })}</span>
          )}
        </h2>
        <button type="button" className="button button-link" onClick={onClose}>
          {t('imapClose')}
        </button>
      </div>
      {list.isPending && <LoadingMessage />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <ul className="drill-down-list">
          {list.data.items.map((o) => (
            <li key={o.id}>
              <Link href={`/organizations/${o.id}`} lang={pickLang(o.name, lang)}>
                {pick(o.name)}
              </Link>{' '}
              <span className="muted">
                {placeLine({ country: o.location.country, prefecture: o.location.prefecture }, lang)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.data && list.data.total > list.data.items.length && (
        <p className="muted">{t('imapMoreInDirectory', { shown: list.data.items.length })}</p>
      )}
    </section>
  );
}
