import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { attributeLabel, formatShare, formatValue } from '../../lib/site-labels.ts';
import { AcceptabilityChart } from './acceptability-chart.tsx';
import { ExcludedList, RankingTable } from './ranking-table.tsx';
import { SensitivityChart } from './sensitivity-chart.tsx';
import { useProfiles, useSites, useStudy } from './siting-api.ts';

/**
 * A stored study as a page to print or forward: what was asked, what came out, and where every value came
 * from. The print stylesheet drops the navigation; the workbook holds the same content.
 */
export function StudyReportPage({ id }: { id: string }) {
  const { t, lang, pick } = useI18n();
  const { user, isLoading } = useSession();
  // A study is read by signed-in users only: a visitor is told so, without asking the API for a 401.
  const study = useStudy(id, user !== null);
  const sites = useSites();
  const profiles = useProfiles();
  // The profile by its name, never its key; a study on criteria of its own has none.
  const profileName = (key: string | null) =>
    key ? pick(profiles.data?.items.find((p) => p.key === key)?.name) || key : t('sitingStudyCustom');
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice signedIn={false} title={t('sitingStudy')} />;
  // The profile's name is shown, never its key: wait for the profiles as well as the study.
  if (study.isPending || profiles.isPending) return <LoadingMessage />;
  if (study.isError)
    return (
      <>
        <PageHeader title={t('sitingStudy')} />
        {study.error instanceof ApiError && study.error.status === 404 ? (
          <Alert tone="info">
            <p>{t('sitingStudyNotYours')}</p>
            <Link href="/siting/studies">{t('sitingStudiesLink')}</Link>
          </Alert>
        ) : (
          <ErrorMessage error={study.error} />
        )}
      </>
    );
  const { outcome, spec } = study.data;
  const siteByKey = new Map((sites.data?.items ?? []).map((s) => [s.key, s]));
  const nameOf = (key: string) => pick(study.data.sites.find((s) => s.key === key)?.name) || key;
  const scenario = Object.entries(spec.scenario ?? {}).flatMap(([key, changes]) =>
    Object.entries(changes ?? {}).map(
      ([a, v]) => `${nameOf(key)}: ${attributeLabel(a, lang)} → ${formatValue(a, v, lang)}`,
    ),
  );
  return (
    <article className="study-report">
      <PageHeader
        title={study.data.title}
        intro={t('sitingReportIntro', {
          date: new Date(study.data.createdAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB'),
        })}
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('sitingPrint')}
            </button>
            <a
              className="button"
              href={apiUrl(`/siting/studies/${encodeURIComponent(id)}/report.xlsx`)}
              download
            >
              {t('sitingDownloadXlsx')}
            </a>
            <Link href={`/siting?study=${encodeURIComponent(id)}`}>{t('sitingOpenWorkbench')}</Link>
          </>
        }
      />
      <section>
        <h2>{t('sitingReportSetup')}</h2>
        <dl className="facts">
          <dt>{t('sitingProfile')}</dt>
          <dd>{profileName(study.data.profileKey)}</dd>
          <dt>{t('sitingMethod')}</dt>
          <dd>
            {t(`sitingMethod_${outcome.method}`)} · {outcome.normalization}
          </dd>
          <dt>{t('sitingWeights')}</dt>
          <dd>
            {spec.criteria
              .map(
                (c) =>
                  `${attributeLabel(c.attribute, lang)} ${formatShare(outcome.weights[c.attribute] ?? 0)} (${c.direction === 'benefit' ? t('sitingBenefit') : t('sitingCost')})`,
              )
              .join(' · ')}
          </dd>
          <dt>{t('sitingConstraints')}</dt>
          <dd>
            {spec.constraints.length
              ? spec.constraints
                  .map(
                    (c) =>
                      `${attributeLabel(c.attribute, lang)} ${c.op} ${formatValue(c.attribute, c.value, lang)}`,
                  )
                  .join(' · ')
              : t('sitingNoConstraints')}
          </dd>
          {spec.constraints.length > 0 && (
            <>
              <dt>{t('sitingUnknownRule')}</dt>
              {/* Studies saved before unknown requirements were kept excluded those sites. */}
              <dd>
                {(spec.unknowns ?? 'exclude') === 'keep' ? t('sitingUnknownKeep') : t('sitingUnknownExclude')}
              </dd>
            </>
          )}
          {scenario.length > 0 && (
            <>
              <dt>{t('sitingWhatIf')}</dt>
              <dd>{scenario.join(' · ')}</dd>
            </>
          )}
        </dl>
      </section>
      <section>
        <h2>{t('sitingRanking')}</h2>
        <RankingTable
          outcome={outcome}
          criteria={spec.criteria}
          nameOf={nameOf}
          selected={null}
          onSelect={() => {}}
        />
      </section>
      <section>
        <h2>{t('sitingExcluded')}</h2>
        <ExcludedList outcome={outcome} nameOf={nameOf} />
      </section>
      {outcome.sensitivity && (
        <section>
          <h2>{t('sitingSensitivity')}</h2>
          <SensitivityChart
            result={{ ...outcome.sensitivity, top: nameOf(outcome.sensitivity.top) }}
            criteriaOrder={spec.criteria.map((c) => c.attribute)}
          />
        </section>
      )}
      {outcome.acceptability && (
        <section>
          <h2>{t('sitingAcceptability')}</h2>
          <AcceptabilityChart result={outcome.acceptability} nameOf={nameOf} />
        </section>
      )}
      <section>
        <h2>{t('sitingSources')}</h2>
        <ul className="sources-list">
          {study.data.siteKeys.map((key) => {
            const site = siteByKey.get(key);
            return (
              <li key={key}>
                <strong>{nameOf(key)}</strong>
                <ul>
                  {spec.criteria.map(({ attribute }) => {
                    const source = site?.attributeSources[attribute];
                    const origin = outcome.computed[key]?.includes(attribute)
                      ? t('sitingMarkComputed')
                      : outcome.changed[key]?.includes(attribute)
                        ? t('sitingMarkChanged')
                        : outcome.imputed[key]?.includes(attribute)
                          ? t('sitingMarkImputed')
                          : source?.illustrative
                            ? t('sitingMarkIllustrative')
                            : '';
                    return (
                      <li key={attribute}>
                        {attributeLabel(attribute, lang)}:{' '}
                        {formatValue(attribute, outcome.values[key]?.[attribute], lang)}{' '}
                        {origin && <small className="value-mark">{origin} </small>}
                        {source?.url && <a href={source.url}>{new URL(source.url).hostname}</a>}
                        {source?.asOf && <small> ({source.asOf})</small>}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
