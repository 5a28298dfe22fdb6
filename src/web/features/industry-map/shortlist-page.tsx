import { useId } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { placeLine } from '../../../core/directory/places.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { pickLang, useI18n } from '../../lib/i18n.tsx';
import { labelMap, useTechnologies, useVocabulary } from '../../lib/vocabulary.ts';
import { type Shortlist, useShortlist } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { TechnologySelect } from './technology-select.tsx';

const regionChoices = ['', 'aomori', 'tohoku', 'japan'] as const;

/** Seed 002's list for a buyer (T1): capable organisations for chosen areas, ranked, sourced, exportable. */
export function ShortlistPage() {
  const { t, lang, pick } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const regionId = useId();
  const codes = (params.get('technology') ?? '').split(',').filter(Boolean);
  const region = params.get('region') ?? 'tohoku';
  const query = { technology: codes.join(',') || undefined, region: region || undefined, limit: '100' };
  const list = useShortlist(query);
  const technologies = labelMap(useTechnologies().data?.items);
  const kinds = labelMap(useVocabulary().data?.kinds);
  const go = (next: { codes?: string[]; region?: string }) => {
    const q = new URLSearchParams();
    const c = next.codes ?? codes;
    if (c.length) q.set('technology', c.join(','));
    q.set('region', next.region ?? region);
    navigate(`${location}?${q}`);
  };
  const techLabel = (code: string) => technologies.get(code)?.[lang] ?? code;
  const regionLabel = (key: string) =>
    key === ''
      ? t('imapNoPreference')
      : t(key === 'aomori' ? 'imapAomori' : key === 'tohoku' ? 'imapTohoku' : 'imapJapan');
  return (
    <>
      <PageHeader title={t('imapShortlist')} intro={t('imapShortlistIntro')} />
      <IndustryMapTabs />
      <div className="filters map-filters no-print">
        <TechnologySelect
          label={t('imapAddTechnology')}
          value=""
          onChange={(code) => code && !codes.includes(code) && go({ codes: [...codes, code] })}
        />
        <div className="field">
          <label htmlFor={regionId}>{t('imapPreferRegion')}</label>
          <select id={regionId} value={region} onChange={(e) => go({ region: e.target.value })}>
            {regionChoices.map((r) => (
              <option key={r} value={r}>
                {regionLabel(r)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="chosen-codes">
        <span>{t('imapChosenTechnologies')}:</span>
        {codes.length === 0 && <span className="muted">{t('imapChooseTechnology')}</span>}
        <ul className="tags">
          {codes.map((c) => (
            <li key={c} className="tag">
              <code>{c}</code> {techLabel(c)}{' '}
              <button
                type="button"
                className="tag-remove no-print"
                aria-label={t('imapRemoveTechnology', { code: c })}
                onClick={() => go({ codes: codes.filter((x) => x !== c) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      {codes.length > 0 && (
        <div className="results-bar no-print">
          <p>{t('imapRankingRule')}</p>
          <div className="export-links">
            <a
              className="button button-secondary button-small"
              href={apiUrl('/industry-map/shortlist.xlsx', query)}
              download
            >
              {t('exportExcel')}
            </a>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => window.print()}
            >
              {t('imapPrint')}
            </button>
          </div>
        </div>
      )}
      {list.isFetching && !list.data && <LoadingMessage />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <section aria-labelledby="shortlist-heading" className="shortlist">
          <h2 id="shortlist-heading">
            {t('results')}{' '}
            <span className="results-total">
              {t('imapShortlistCount', { shown: list.data.items.length, total: list.data.total })}
            </span>
          </h2>
          <RegionCoverage shortlist={list.data} />
          <table className="data-table shortlist-table">
            <thead>
              <tr>
                <th scope="col">{t('imapRank')}</th>
                <th scope="col">{t('imapOrganization')}</th>
                <th scope="col">{t('imapMatched')}</th>
                <th scope="col">{t('profileLocation')}</th>
                {list.data.reference && <th scope="col">{t('imapDistance')}</th>}
                <th scope="col">{t('profileSources')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((o) => (
                <tr key={o.id} data-key={o.key}>
                  <td>{o.rank}</td>
                  <td>
                    <Link href={`/organizations/${o.id}`} lang={pickLang(o.name, lang)}>
                      {pick(o.name)}
                    </Link>
                    <div className="muted">{kinds.get(o.kind)?.[lang] ?? o.kind}</div>
                    {o.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
                  </td>
                  <td>
                    <ul className="plain-list">
                      {o.matches.map((m) => (
                        <li key={m.code}>
                          <code>{m.code}</code>{' '}
                          {t(
                            m.kind === 'exact'
                              ? 'imapExact'
                              : m.kind === 'narrower'
                                ? 'imapNarrower'
                                : 'imapBroader',
                          )}
                          {m.kind !== 'exact' && <span className="muted"> ({m.via.join(', ')})</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {placeLine(o.location, lang)}
                    {o.local && <span className="badge">{t('imapLocal')}</span>}
                  </td>
                  {list.data.reference && (
                    <td className="numeric">
                      {o.distanceKm === null ? '—' : t('imapKm', { km: formatKm(o.distanceKm, lang) })}
                    </td>
                  )}
                  <td className="sources-cell">
                    {o.sources.map((s) => (
                      <div key={s.url}>
                        <a href={s.url} rel="noreferrer" target="_blank">
                          {s.url}
                        </a>
                        {s.asOf && <span className="muted"> ({s.asOf})</span>}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

const formatKm = (km: number, lang: 'ja' | 'en') =>
  Math.round(km).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');

/**
 * How the region is covered: a plain statement when no capable organisation is in it, with the nearest
 * ones and their great-circle distance from the region's reference point, so a list of suppliers far
 * away is never mistaken for a local one.
 */
function RegionCoverage({ shortlist: s }: { shortlist: Shortlist }) {
  const { t, lang, pick } = useI18n();
  if (!s.region || s.local === null) return null;
  const region = pick(s.region.label);
  if (s.local > 0) return <p className="muted">{t('imapLocalCount', { region, count: s.local })}</p>;
  return (
    <div className="alert alert-info region-coverage" role="status">
      <p>
        <strong>{t('imapNoneInRegion', { region })}</strong>
      </p>
      {s.nearest.length > 0 && s.reference ? (
        <>
          <p>{t('imapNearestFrom', { place: pick(s.reference.label) })}</p>
          <ol className="nearest-list">
            {s.nearest.map((n) => (
              <li key={n.id}>
                <Link href={`/organizations/${n.id}`} lang={pickLang(n.name, lang)}>
                  {pick(n.name)}
                </Link>{' '}
                — {t('imapKm', { km: formatKm(n.distanceKm, lang) })}
                <span className="muted"> ({placeLine(n.location, lang)})</span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('imapNoneNearby')}</p>
      )}
    </div>
  );
}
