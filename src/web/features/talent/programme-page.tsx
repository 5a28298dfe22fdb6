import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { SignInLink } from '../../components/admin-gate.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type Cohort, type Programme, useAddCohort, useEnrol, useProgramme } from './talent-api.ts';
import { errorsAt, LevelBadge, ProgrammeFacts } from './talent-parts.tsx';

/** A programme with its cohorts: a person enrols (or joins the waiting list); the provider adds cohorts. */
export function ProgrammePage({ id }: { id: string }) {
  const { t, pick, lang } = useI18n();
  const programme = useProgramme(id);
  if (programme.isPending) return <LoadingMessage />;
  if (programme.isError)
    return (
      <>
        <PageHeader title={t('talentTitle')} />
        <ErrorMessage error={programme.error} />
      </>
    );
  const p = programme.data;
  return (
    <>
      <PageHeader
        title={pick(p.title)}
        actions={
          <>
            {p.canEdit && (
              <Link className="button button-secondary" href={`/talent/programmes/${p.id}/edit`}>
                {t('talentEdit')}
              </Link>
            )}
            <Link href="/talent">{t('talentBack')}</Link>
          </>
        }
      />
      <p>
        <LevelBadge level={p.level} />{' '}
        {p.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
      </p>
      <p className="muted">{t('talentUkEquivalent', { text: p.levelInfo.uk[lang] })}</p>
      {pick(p.description) && <p>{pick(p.description)}</p>}
      <ProgrammeFacts programme={p} />
      <h2>{t('talentCohorts')}</h2>
      <Cohorts programme={p} />
      {p.canEdit && <AddCohort programme={p} />}
    </>
  );
}

function Cohorts({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const { user } = useSession();
  const enrol = useEnrol();
  const [employer, setEmployer] = useState('');
  if (programme.cohorts.length === 0) return <p className="muted">{t('talentNoCohorts')}</p>;
  const done = enrol.data;
  return (
    <>
      {user?.role === 'person' && (
        <FormField
          label={t('talentEmployerKey')}
          hint={t('talentEmployerHint')}
          errors={errorsAt(enrol.error, 'body.employer')}
        >
          {(props) => (
            <input {...props} value={employer} onChange={(e) => setEmployer(e.target.value.trim())} />
          )}
        </FormField>
      )}
      {!user && (
        <Alert tone="info">
          <p>{t('talentPersonOnly')}</p>
          <SignInLink />
        </Alert>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t('talentStart')}</th>
              <th>{t('talentCapacity')}</th>
              <th>{t('talentEnrolled')}</th>
              <th>{t('talentWaiting')}</th>
              {user?.role === 'person' && <th>{t('talentEnrol')}</th>}
            </tr>
          </thead>
          <tbody>
            {programme.cohorts.map((c: Cohort) => (
              <tr key={c.id}>
                <td>
                  {c.startOn}{' '}
                  {c.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
                </td>
                <td className="num">{c.capacity}</td>
                <td className="num">{c.enrolled}</td>
                <td className="num">{c.waiting}</td>
                {user?.role === 'person' && (
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={enrol.isPending}
                      onClick={() => enrol.mutate({ cohortId: c.id, employer: employer || undefined })}
                    >
                      {c.enrolled < c.capacity ? t('talentEnrol') : t('talentEnrolFull')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {done && (
        <Alert tone="success">
          <p>
            {done.status === 'enrolled'
              ? t('talentEnrolledDone')
              : t('talentWaitingDone', { position: done.waitingPosition ?? 0 })}{' '}
            <Link href="/talent/my">{t('talentMy')}</Link>
          </p>
        </Alert>
      )}
      {enrol.isError && errorsAt(enrol.error, 'body.employer').length === 0 && (
        <ErrorMessage error={enrol.error} />
      )}
    </>
  );
}

function AddCohort({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const add = useAddCohort(programme.id);
  const [startOn, setStartOn] = useState('');
  const [capacity, setCapacity] = useState(String(programme.defaultCapacity));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ startOn, capacity: Number(capacity) });
  };
  return (
    <form className="card talent-form" onSubmit={submit}>
      <h2>{t('talentAddCohort')}</h2>
      <FormField label={t('talentStart')} errors={errorsAt(add.error, 'body.startOn')}>
        {(props) => (
          <input
            {...props}
            type="date"
            required
            value={startOn}
            onChange={(e) => setStartOn(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentCapacity')} errors={errorsAt(add.error, 'body.capacity')}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={add.isPending}>
        {t('talentAddCohort')}
      </button>
      {add.isSuccess && <Alert tone="success">{t('talentAdded')}</Alert>}
    </form>
  );
}
