import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { activityKinds } from '../../../core/partnerships/index.ts';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type Agreement, useAgreement, useRecordActivity } from './partnerships-api.ts';

const ActivityChart = lazy(() => import('./activity-chart.tsx'));

/** One agreement: its areas with the quiet flags, the areas × months chart, its activities, and a form to record one. */
export function AgreementPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const agreement = useAgreement(id);
  const chartAreas = useMemo(
    () => agreement.data?.areas.map((a) => ({ name: pick(a.name), quiet: a.quiet })) ?? [],
    [agreement.data, pick],
  );
  if (agreement.isPending) return <LoadingMessage />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} />;
  const a = agreement.data;
  const areaName = new Map(a.areas.map((x) => [x.key, pick(x.name)]));
  return (
    <>
      <PageHeader
        title={pick(a.title)}
        actions={
          <>
            <Link className="button button-secondary" href="/partnerships">
              {t('ptnBack')}
            </Link>
            {user?.role === 'admin' && (
              <Link className="button button-secondary" href={`/partnerships/${a.id}/edit`}>
                {t('ptnEdit')}
              </Link>
            )}
          </>
        }
      />
      <section className="card">
        <p>
          <span className="badge">{t(`ptnAgreementKind_${a.kind}`)}</span>{' '}
          <span className="badge badge-muted">{t(`ptnStatus_${a.status}`)}</span>
        </p>
        <dl className="ptn-facts">
          <dt>{t('ptnParties')}</dt>
          <dd>
            {a.parties.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ' · '}
                <Link href={`/organizations/${p.id}`}>{pick(p.name)}</Link>
              </span>
            ))}
          </dd>
          <dt>{t('ptnSignedOn')}</dt>
          <dd>{a.signedOn ?? t('ptnSignedUnknown')}</dd>
          {a.renewalOn && (
            <>
              <dt>{t('ptnRenewalOn')}</dt>
              <dd>{a.renewalOn}</dd>
            </>
          )}
          {a.source && (
            <>
              <dt>{t('ptnSource')}</dt>
              <dd>
                {a.source.url && <a href={a.source.url}>{a.source.url}</a>} {a.source.note}
              </dd>
            </>
          )}
        </dl>
        {pick(a.summary) && <p>{pick(a.summary)}</p>}
      </section>
      <section className="card">
        <h2>{t('ptnChart')}</h2>
        <Suspense fallback={<LoadingMessage />}>
          <ActivityChart
            months={a.chart.months}
            counts={a.chart.counts}
            areas={chartAreas}
            label={t('ptnChartLabel')}
          />
        </Suspense>
      </section>
      <section className="card">
        <h2>{t('ptnAreas')}</h2>
        <ol className="ptn-areas">
          {a.areas.map((x) => (
            <li key={x.key} data-testid={`area-${x.key}`}>
              <h3>
                {pick(x.name)} {x.quiet && <span className="badge ptn-quiet">{t('ptnQuiet')}</span>}
              </h3>
              {pick(x.description) && <p className="muted">{pick(x.description)}</p>}
              <p className="muted">
                {x.lastActivityOn ? t('ptnLastActivity', { date: x.lastActivityOn }) : t('ptnNoActivity')} ·{' '}
                {t('ptnYearCount', { count: x.activitiesLastYear })} · <code>{x.tag}</code>
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section className="card">
        <h2>{t('ptnActivities')}</h2>
        {a.activities.length === 0 ? (
          <p className="status">{t('ptnActivitiesNone')}</p>
        ) : (
          <ul className="ptn-activities">
            {a.activities.map((x) => (
              <li key={x.id}>
                <p className="muted">
                  <time dateTime={x.occurredOn}>{x.occurredOn}</time> · {areaName.get(x.area)} ·{' '}
                  {t(`ptnActivity_${x.kind}`)}
                  {x.illustrative && <span className="badge badge-muted"> {t('ptnIllustrative')}</span>}
                </p>
                <p>
                  <strong>{pick(x.title)}</strong>
                  {x.participants.length > 0 && ` — ${x.participants.map((p) => pick(p.name)).join(', ')}`}
                </p>
                {pick(x.outcome) && <p>{pick(x.outcome)}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {a.mayRecord && <ActivityForm agreement={a} />}
    </>
  );
}

function ActivityForm({ agreement }: { agreement: Agreement }) {
  const { t, pick } = useI18n();
  const record = useRecordActivity(agreement.id);
  const [d, setD] = useState({
    area: agreement.areas[0]?.key ?? '',
    kind: 'joint-workshop',
    occurredOn: '',
    titleJa: '',
    titleEn: '',
    participants: '',
    outcomeJa: '',
    outcomeEn: '',
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const text = (ja: string, en: string) => ({
    ...(ja.trim() ? { ja: ja.trim() } : {}),
    ...(en.trim() ? { en: en.trim() } : {}),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      area: d.area,
      kind: d.kind as (typeof activityKinds)[number],
      occurredOn: d.occurredOn,
      title: text(d.titleJa, d.titleEn),
      participants: d.participants
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      outcome: text(d.outcomeJa, d.outcomeEn),
    });
  };
  const input = (name: keyof typeof d, label: Parameters<typeof t>[0], path: string, type = 'text') => (
    <FormField label={t(label)} errors={at(path)}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={d[name]}
          onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
        />
      )}
    </FormField>
  );
  return (
    <section className="card">
      <h2>{t('ptnRecord')}</h2>
      <form onSubmit={onSubmit} noValidate className="ptn-form">
        <FormField label={t('ptnArea')} errors={at('area')}>
          {(props) => (
            <select {...props} value={d.area} onChange={(e) => setD((x) => ({ ...x, area: e.target.value }))}>
              {agreement.areas.map((a) => (
                <option key={a.key} value={a.key}>
                  {pick(a.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('ptnKind')} errors={at('kind')}>
          {(props) => (
            <select {...props} value={d.kind} onChange={(e) => setD((x) => ({ ...x, kind: e.target.value }))}>
              {activityKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`ptnActivity_${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {input('occurredOn', 'ptnDate', 'occurredOn', 'date')}
        {input('titleJa', 'ptnTitleJa', 'title')}
        {input('titleEn', 'ptnTitleEn', 'title')}
        {input('participants', 'ptnParticipants', 'participants')}
        {input('outcomeJa', 'ptnOutcomeJa', 'outcome')}
        {input('outcomeEn', 'ptnOutcomeEn', 'outcome')}
        <button type="submit" disabled={record.isPending}>
          {t('ptnRecord')}
        </button>
        {record.isSuccess && <p role="status">{t('ptnRecorded')}</p>}
        {error && error.details.length === 0 && <ErrorMessage error={error} />}
      </form>
    </section>
  );
}
