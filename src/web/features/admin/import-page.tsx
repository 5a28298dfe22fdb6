import { type FormEvent, useEffect, useId, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FieldErrors } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError, api, apiUrl } from '../../lib/api-client.ts';
import { type ImportJob, importSections } from '../../lib/api-types.ts';
import { useT } from '../../lib/i18n.tsx';

const pollMs = 300;

/** The job's phase in words; the server's code stays out of the page. */
function phaseLabel(t: ReturnType<typeof useT>, phase: string): string {
  if (phase === 'validating') return t('importPhaseValidating');
  if (phase === 'writing') return t('importPhaseWriting');
  if (phase === 'done') return t('importPhaseDone');
  return t('importPhaseOther');
}

function ImportProgress({ job }: { job: ImportJob }) {
  const t = useT();
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  return (
    <div className="progress-block">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('importProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${phaseLabel(t, job.phase)}: ${job.processed} / ${job.total}`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted">
        {t('importPhase')}: <strong>{phaseLabel(t, job.phase)}</strong> — {job.processed.toLocaleString()} /{' '}
        {job.total.toLocaleString()} ({percent}%)
      </p>
    </div>
  );
}

function ImportOutcome({ job }: { job: ImportJob }) {
  const t = useT();
  if (job.state === 'succeeded' && job.result) {
    const result = job.result;
    const counted = importSections.filter(
      (section) => (result[section]?.total ?? 0) > 0 || section === 'organizations',
    );
    return (
      <Alert tone="success">
        <strong>{t('importSucceeded')}</strong>
        <table className="choice-bars" data-testid="import-counts">
          <thead>
            <tr>
              <td />
              <th scope="col">{t('importCreated')}</th>
              <th scope="col">{t('importUpdated')}</th>
              <th scope="col">{t('importUnchanged')}</th>
              <th scope="col">{t('importTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((section) => {
              const c = result[section];
              return (
                <tr key={section}>
                  <th scope="row">{t(`importSection_${section}`)}</th>
                  <td className="num">{c?.created ?? 0}</td>
                  <td className="num">{c?.updated ?? 0}</td>
                  <td className="num">{c?.unchanged ?? 0}</td>
                  <td className="num">{c?.total ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {result.ignored.length > 0 && (
          <p>
            {t('importIgnored')}: {result.ignored.join(', ')}
          </p>
        )}
      </Alert>
    );
  }
  if (job.state === 'failed' && job.error)
    return <ImportErrors message={job.error.message} details={job.error.details} />;
  return null;
}

function ImportErrors({
  message,
  details,
}: {
  message: string;
  details: { path: string; message: string }[];
}) {
  const t = useT();
  return (
    <Alert>
      <strong>{t('importFailed')}</strong>
      <p>{message}</p>
      {details.length > 0 && (
        <>
          <h3>
            {t('importErrors')} ({details.length})
          </h3>
          {/* Focusable so keyboard users can scroll a long list. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
          <section className="error-scroll" tabIndex={0} aria-label={t('importErrors')}>
            <FieldErrors errors={details} showPath />
          </section>
        </>
      )}
    </Alert>
  );
}

export function ImportPage() {
  const t = useT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const running = job?.state === 'running';

  // Poll while the job runs; stop when it finishes or the page goes away.
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = window.setTimeout(async () => {
      try {
        setJob(await api.get<ImportJob>(`/import/jobs/${encodeURIComponent(job.id)}`));
      } catch (error) {
        setFailure(error as Error);
        setJob(null);
      }
    }, pollMs);
    return () => window.clearTimeout(timer);
  }, [job]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setFailure(null);
    setJob(null);
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch {
      setFailure(new Error(t('importInvalidJson')));
      return;
    }
    try {
      setJob(await api.post<ImportJob>('/import', bundle, { async: 'true' }));
    } catch (error) {
      setFailure(error as Error);
    }
  };

  return (
    <AdminGate>
      <PageHeader title={t('importTitle')} intro={t('importIntro')} />
      <form className="card" onSubmit={submit}>
        <div className="field">
          <label htmlFor={fileId}>{t('importFile')}</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button" disabled={!file || running}>
          {t('importStart')}
        </button>
      </form>
      <div aria-live="polite">
        {job && (running || job.total > 0) && <ImportProgress job={job} />}
        {job && <ImportOutcome job={job} />}
      </div>
      {failure && (
        <ImportErrors
          message={failure.message}
          details={failure instanceof ApiError ? failure.details : []}
        />
      )}
      <section className="card">
        <h2>{t('exportTitle')}</h2>
        <a className="button button-secondary" href={apiUrl('/export')} download>
          {t('exportBundle')}
        </a>
      </section>
    </AdminGate>
  );
}
