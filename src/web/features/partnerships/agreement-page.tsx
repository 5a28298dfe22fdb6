import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { activityKinds } from '../../../core/partnerships/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Activity,
  type Agreement,
  useAgreement,
  useDeleteActivity,
  useEditActivity,
  useRecordActivity,
} from './partnerships-api.ts';

const ActivityChart = lazy(() => import('./activity-chart.tsx'));

/** One agreement: its areas with the quiet flags, the areas × months chart, its activities, and a form to record one. */
export function AgreementPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const agreement = useAgreement(id);
  const remove = useDeleteActivity();
  const [editing, setEditing] = useState<string | null>(null);
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
              <li key={x.id} data-activity={x.id}>
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
                {a.mayRecord && (
                  <p className="form-actions">
                    <button
                      type="button"
                      className="button-secondary"
                      aria-expanded={editing === x.id}
                      onClick={() => setEditing(editing === x.id ? null : x.id)}
                    >
                      {t('ptnEditActivity')}
                    </button>
                    <ConfirmButton
                      className="button-secondary"
                      disabled={remove.isPending}
                      title={t('ptnDeleteActivityTitle')}
                      body={t('ptnDeleteActivityBody', { title: pick(x.title), date: x.occurredOn })}
                      confirmLabel={t('ptnDeleteActivity')}
                      onConfirm={() => remove.mutate(x)}
                    >
                      {t('ptnDeleteActivity')}
                    </ConfirmButton>
                  </p>
                )}
                {editing === x.id && (
                  <ActivityForm agreement={a} activity={x} onDone={() => setEditing(null)} />
                )}
              </li>
            ))}
          </ul>
        )}
        {remove.isError &&
          (isStaleEdit(remove.error) ? (
            <StaleEditMessage onReload={() => agreement.refetch().then(() => remove.reset())} />
          ) : (
            <ErrorMessage error={remove.error} />
          ))}
      </section>
      {a.mayRecord && (
        <section className="card">
          <h2>{t('ptnRecord')}</h2>
          <ActivityForm agreement={a} />
        </section>
      )}
    </>
  );
}

/** Records an activity, or edits one under its version (a 412 offers a reload). */
function ActivityForm({
  agreement,
  activity,
  onDone,
}: {
  agreement: Agreement;
  activity?: Activity;
  onDone?: () => void;
}) {
  const { t, pick } = useI18n();
  const create = useRecordActivity(agreement.id);
  const edit = useEditActivity();
  const record = activity ? edit : create;
  const [d, setD] = useState({
    area: activity?.area ?? agreement.areas[0]?.key ?? '',
    kind: (activity?.kind ?? 'joint-workshop') as string,
    occurredOn: activity?.occurredOn ?? '',
    titleJa: activity?.title.ja ?? '',
    titleEn: activity?.title.en ?? '',
    participants: activity?.participants.map((p) => p.key).join(', ') ?? '',
    outcomeJa: activity?.outcome.ja ?? '',
    outcomeEn: activity?.outcome.en ?? '',
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const text = (ja: string, en: string) => ({
    ...(ja.trim() ? { ja: ja.trim() } : {}),
    ...(en.trim() ? { en: en.trim() } : {}),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      area: d.area,
      kind: d.kind as (typeof activityKinds)[number],
      occurredOn: d.occurredOn,
      title: text(d.titleJa, d.titleEn),
      participants: d.participants
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      participantNote: activity?.participantNote ?? {},
      outcome: text(d.outcomeJa, d.outcomeEn),
    };
    if (activity) edit.mutate({ activity, body }, { onSuccess: () => onDone?.() });
    else create.mutate(body);
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
        {activity ? t('ptnSaveActivity') : t('ptnRecord')}
      </button>
      {record.isSuccess && !activity && <p role="status">{t('ptnRecorded')}</p>}
      {isStaleEdit(record.error) ? (
        <StaleEditMessage onReload={() => window.location.reload()} />
      ) : (
        error && error.details.length === 0 && <ErrorMessage error={error} />
      )}
    </form>
  );
}
