import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { OrganizationFilters } from '../../components/organization-filters.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  type FilterName,
  filterNames,
  formatSearch,
  pageSize,
  parseSearch,
  type Sort,
  sorts,
  toListQuery,
} from '../../lib/organization-search.ts';
import { useSession } from '../../lib/session.ts';
import { labelMap, useTechnologies, useVocabulary } from '../../lib/vocabulary.ts';
import { useOrganizationList } from './directory-api.ts';
import { OrganizationResult } from './organization-result.tsx';

const sortMessage = { relevance: 'sortRelevance', name: 'sortName', updated: 'sortUpdated' } as const;

export function DirectoryPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const searchString = useSearch();
  const [location, navigate] = useLocation();
  const search = parseSearch(searchString);
  const [text, setText] = useState(search.q);
  // On a phone the filters would push the results off screen: start them folded unless some are set.
  const [filtersOpen] = useState(
    () => !window.matchMedia('(max-width: 800px)').matches || filterNames.some((n) => search[n]),
  );
  const inputId = useId();
  // Back/forward changes the URL under us: keep the box in step with it.
  useEffect(() => setText(search.q), [search.q]);

  const list = useOrganizationList(search);
  const kinds = labelMap(useVocabulary().data?.kinds);
  const technologies = labelMap(useTechnologies().data?.items);

  const go = (next: typeof search) => navigate(`${location}${formatSearch(next)}`);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ ...search, q: text.trim(), offset: 0 });
  };
  const onFilter = (name: FilterName, value: string) => {
    // A technology of another cluster would match nothing once the cluster changes.
    const extra = name === 'cluster' ? { technology: '' } : {};
    go({ ...search, ...extra, [name]: value, offset: 0 });
  };
  const exportQuery = toListQuery(search);
  const sortId = useId();

  return (
    <>
      <PageHeader
        title={t('directoryTitle')}
        intro={t('directoryIntro')}
        actions={
          user?.role === 'admin' && (
            <Link className="button" href="/organizations/new">
              {t('newOrganization')}
            </Link>
          )
        }
      />
      <search className="search-panel">
        <form className="search-form" onSubmit={onSubmit}>
          <label htmlFor={inputId}>{t('searchLabel')}</label>
          <div className="search-row">
            <input
              id={inputId}
              type="search"
              name="q"
              value={text}
              placeholder={t('searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="button">
              {t('search')}
            </button>
          </div>
        </form>
        <details className="filters-panel" open={filtersOpen}>
          <summary>{t('filters')}</summary>
          <OrganizationFilters search={search} onChange={onFilter} />
          <button type="button" className="button button-link" onClick={() => navigate(location)}>
            {t('clearFilters')}
          </button>
        </details>
      </search>
      <section aria-labelledby="results-heading" className="results" aria-busy={list.isFetching}>
        <div className="results-bar">
          <h2 id="results-heading">
            {t('results')}{' '}
            {list.data && (
              <span className="results-total">{t('resultsCount', { total: list.data.total })}</span>
            )}
          </h2>
          <div className="results-sort">
            <label htmlFor={sortId}>{t('sortLabel')}</label>
            <select
              id={sortId}
              value={search.sort}
              onChange={(e) => go({ ...search, sort: e.target.value as Sort, offset: 0 })}
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(sortMessage[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="export-links">
            <a
              className="button button-secondary button-small"
              href={apiUrl('/organizations/export', { ...exportQuery, format: 'csv' })}
              download
            >
              {t('exportCsv')}
            </a>
            <a
              className="button button-secondary button-small"
              href={apiUrl('/organizations/export', { ...exportQuery, format: 'xlsx' })}
              download
            >
              {t('exportExcel')}
            </a>
          </div>
        </div>
        {list.isPending && <LoadingMessage />}
        {list.isError && <ErrorMessage error={list.error} />}
        {list.data && list.data.items.length === 0 && <p className="empty">{t('noResults')}</p>}
        {list.data && list.data.items.length > 0 && (
          <>
            <ol className="result-list">
              {list.data.items.map((o) => (
                <OrganizationResult key={o.id} organization={o} kinds={kinds} technologies={technologies} />
              ))}
            </ol>
            <PaginationNav
              offset={search.offset}
              limit={pageSize}
              total={list.data.total}
              onChange={(offset) => {
                go({ ...search, offset });
                document.getElementById('results-heading')?.scrollIntoView();
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
