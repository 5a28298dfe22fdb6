import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { flagKinds } from '../../../core/desk/index.ts';
import { FormField } from '../../components/form-field.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useAftercare, useCaseFiles, useRaiseFlag, useUploadCaseFile } from './desk-aftercare-api.ts';

type Role = 'admin' | 'member' | 'agency';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card desk-box" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * What a case has beyond its steps (issue 16): its files for whoever sees the case, its aftercare rounds for
 * the desk and the company, and the coordinator's red-flag form.
 */
export function CaseAftercare({
  id,
  version,
  role,
  canWrite,
}: {
  id: string;
  version: number;
  role: Role;
  canWrite: boolean;
}) {
  return (
    <>
      <CaseFiles id={id} canWrite={canWrite} />
      {role !== 'agency' && <AftercareRounds id={id} version={version} />}
      {role === 'admin' && <RaiseFlag id={id} />}
    </>
  );
}

function CaseFiles({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { t } = useI18n();
  const files = useCaseFiles(id);
  const upload = useUploadCaseFile(id);
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const errors = (path: string) => (upload.error instanceof ApiError ? upload.error.detailsFor(path) : []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        setFormKey((k) => k + 1);
      },
    });
  };
  return (
    <Section title={t('deskFilesHeading')}>
      {files.isPending ? (
        <LoadingMessage />
      ) : files.isError ? (
        <ErrorMessage error={files.error} />
      ) : files.data.items.length === 0 ? (
        <p className="muted">{t('deskFilesNone')}</p>
      ) : (
        <ul className="desk-files">
          {files.data.items.map((f) => (
            <li key={f.id}>
              <a href={apiUrl(f.url.replace(/^\/api/, ''))}>{f.name}</a>{' '}
              <span className="muted">
                {Math.ceil(f.byteSize / 1024)} KB · {f.uploadedBy} ·{' '}
                {f.createdAt.slice(0, 16).replace('T', ' ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form key={formKey} onSubmit={onSubmit} noValidate aria-busy={upload.isPending}>
          <FormField
            label={t('deskFileChoose')}
            errors={[...errors('body'), ...errors('header.content-type'), ...errors('query.name')]}
          >
            {(p) => (
              <input
                {...p}
                type="file"
                accept="application/pdf,image/jpeg,image/png,image/webp"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <button type="submit" disabled={!file || upload.isPending}>
            {t('deskFileUpload')}
          </button>
          {upload.isError && !(upload.error instanceof ApiError && upload.error.details.length) && (
            <ErrorMessage error={upload.error} />
          )}
        </form>
      )}
    </Section>
  );
}

function AftercareRounds({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const rounds = useAftercare(id, version);
  return (
    <Section title={t('deskAftercareHeading')}>
      {rounds.isPending ? (
        <LoadingMessage />
      ) : rounds.isError ? (
        <ErrorMessage error={rounds.error} />
      ) : rounds.data.items.length === 0 ? (
        <p className="muted">{t('deskAftercareNone')}</p>
      ) : (
        <ul className="desk-aftercare">
          {rounds.data.items.map((r) => (
            <li key={r.id}>
              {t('deskAftercareFollowUp')}: <time dateTime={r.followUpOn}>{r.followUpOn}</time>
              {r.remindedAt && ` (${t('deskAftercareReminded')})`}
              {r.endedAt && ` · ${t('deskAftercareEnded')}`} · {t('deskAftercareScore')}:{' '}
              {r.satisfaction?.score ? `${r.satisfaction.score} / 5` : t('deskAftercareNoAnswer')}
              {r.satisfaction?.comment && <q className="desk-event-body">{r.satisfaction.comment}</q>}
              {r.link && !r.endedAt && (
                <>
                  {' · '}
                  <a href={r.link}>{t('deskAftercareLink')}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function RaiseFlag({ id }: { id: string }) {
  const { t } = useI18n();
  const raise = useRaiseFlag(id);
  const [kind, setKind] = useState<string>(flagKinds[0]);
  const [note, setNote] = useState('');
  const errors = (path: string) =>
    raise.error instanceof ApiError ? raise.error.detailsFor(`body.${path}`) : [];
  return (
    <Section title={t('deskFlagHeading')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          raise.mutate({ kind, note }, { onSuccess: () => setNote('') });
        }}
      >
        <FormField label={t('deskFlagKind')} errors={errors('kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
              {flagKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`deskFlag_${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('deskFlagNote')} errors={errors('note')}>
          {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        <button type="submit" disabled={raise.isPending}>
          {t('deskFlagRaise')}
        </button>
        {raise.isSuccess && <p role="status">{t('deskFlagRaised')}</p>}
      </form>
    </Section>
  );
}
