import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { flagKinds } from '../../../core/desk/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type DeskFlag, useFlags, useResolveFlag } from './desk-aftercare-api.ts';

const statuses = ['open', 'resolved'] as const;

/** The coordinator's red flags: from consultations and survey answers, open first, each resolvable once. */
export function DeskFlagsPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') return <AccessNotice title={t('deskFlagsTitle')} signedIn={user !== null} />;
  return (
    <>
      <PageHeader
        title={t('deskFlagsTitle')}
        intro={t('deskFlagsIntro')}
        actions={<Link href="/desk">{t('deskBack')}</Link>}
      />
      <Flags />
    </>
  );
}

function Flags() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const status = new URLSearchParams(useSearch()).get('status') ?? 'open';
  const flags = useFlags(status);
  return (
    <>
      <FormField label={t('deskFlagsStatus')}>
        {(p) => (
          <select {...p} value={status} onChange={(e) => navigate(`${location}?status=${e.target.value}`)}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`deskFlagStatus_${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {flags.isPending ? (
        <LoadingMessage />
      ) : flags.isError ? (
        <ErrorMessage error={flags.error} />
      ) : (
        <>
          <section className="card" aria-labelledby="desk-flags-by-kind">
            <h2 id="desk-flags-by-kind">{t('deskFlagsByKind')}</h2>
            <dl className="desk-flag-counts">
              {flagKinds.map((k) => {
                const n = flags.data.openByKind[k] ?? 0;
                const max = Math.max(1, ...Object.values(flags.data.openByKind));
                return (
                  <div key={k}>
                    <dt>{t(`deskFlag_${k}`)}</dt>
                    <dd>
                      <meter min={0} max={max} value={n} aria-label={t(`deskFlag_${k}`)} /> {n}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
          {flags.data.items.length === 0 ? (
            <p className="muted">{t('deskFlagsEmpty')}</p>
          ) : (
            <ul className="desk-flags">
              {flags.data.items.map((f) => (
                <FlagItem key={f.id} f={f} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function FlagItem({ f }: { f: DeskFlag }) {
  const { t, pick } = useI18n();
  const resolve = useResolveFlag();
  const [resolution, setResolution] = useState('');
  const evidence = f.evidence as { question?: string; answer?: string; survey?: string };
  return (
    <li className="card desk-flag">
      <p>
        <span className="badge badge-warn">{t(`deskFlag_${f.kind}`)}</span>{' '}
        <strong>{f.organization ? pick(f.organization.name) : f.companyName}</strong> ·{' '}
        {t(`deskFlagSource_${f.source}`)} · <time dateTime={f.raisedAt}>{f.raisedAt.slice(0, 10)}</time>
        {f.raisedBy && ` · ${f.raisedBy}`}
      </p>
      {f.note && <p className="desk-event-body">{f.note}</p>}
      {evidence.question && (
        <p className="muted">
          {evidence.survey} · {evidence.question} = {evidence.answer}
        </p>
      )}
      {f.consultationId && <Link href={`/desk/consultations/${f.consultationId}`}>{t('deskFlagsCase')}</Link>}
      {f.status === 'resolved' ? (
        <p className="muted">
          {t('deskFlagStatus_resolved')} · {f.resolvedBy} · {f.resolvedAt?.slice(0, 10)}
          {f.resolution && ` · ${f.resolution}`}
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            resolve.mutate({ id: f.id, resolution, version: f.version });
          }}
        >
          <FormField label={t('deskFlagResolution')}>
            {(p) => <input {...p} value={resolution} onChange={(e) => setResolution(e.target.value)} />}
          </FormField>
          <button type="submit" disabled={resolve.isPending}>
            {t('deskFlagResolve')}
          </button>
          {resolve.isError && <ErrorMessage error={resolve.error} />}
        </form>
      )}
    </li>
  );
}
