import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type Enrolment, useEnrolmentAction, useEnrolments, useEraseMyData } from './talent-api.ts';
import { errorsAt, Fact, LevelBadge } from './talent-parts.tsx';

/**
 * "My training": a trainee's own enrolments, an employer's sponsored trainees, a provider's trainees, each
 * with the steps that party may take (sign the plan, confirm sponsorship, log hours, record a review).
 */
export function MyTrainingPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice title={t('talentMy')} signedIn={false} />;
  return (
    <>
      <PageHeader
        title={t('talentMy')}
        intro={t('talentMyIntro')}
        actions={<Link href="/talent">{t('talentBack')}</Link>}
      />
      <EnrolmentList />
      {user.role === 'person' && <DataRights />}
    </>
  );
}

function EnrolmentList() {
  const { t } = useI18n();
  const list = useEnrolments(true);
  if (list.isPending) return <LoadingMessage />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  if (list.data.items.length === 0) return <p className="muted">{t('talentMyNone')}</p>;
  return (
    <ul className="talent-list">
      {list.data.items.map((e) => (
        <EnrolmentCard key={e.id} enrolment={e} />
      ))}
    </ul>
  );
}

function EnrolmentCard({ enrolment: e }: { enrolment: Enrolment }) {
  const { t, pick } = useI18n();
  const act = useEnrolmentAction(e.id);
  const is = (party: Enrolment['viewerIs'][number]) => e.viewerIs.includes(party);
  const live = e.status === 'enrolled' || e.status === 'waiting';
  return (
    <li className="card talent-enrolment">
      <h2>
        <Link href={`/talent/programmes/${e.programme.id}`}>{pick(e.programme.title)}</Link>
      </h2>
      <p>
        <LevelBadge level={e.programme.level} />{' '}
        <span className={`badge talent-status-${e.status}`}>{t(`talentStatus_${e.status}`)}</span>
        {e.waitingPosition !== null && ` ${t('talentPosition', { position: e.waitingPosition })}`}{' '}
        {e.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
      </p>
      <dl className="talent-facts">
        <Fact label={t('talentStart')}>{e.cohort.startOn}</Fact>
        <Fact label={t('talentProvider')}>{pick(e.programme.provider.name)}</Fact>
        <Fact label={t('talentTrainee')}>{e.trainee ? e.trainee.name : t('talentErased')}</Fact>
        {e.employer && (
          <Fact label={t('talentEmployer')}>
            {pick(e.employer.name)}
            {!e.sponsorConfirmedAt && ` — ${t('talentSponsorPending')}`}
          </Fact>
        )}
        <Fact label={t('talentPlan')}>
          {e.plan.agreed ? t('talentPlanAgreed') : <Signatures enrolment={e} />}
        </Fact>
        {e.status === 'enrolled' && (
          <Fact label={t('talentReviews')}>
            {t('talentReviewDue', { from: e.reviewDue.dueFrom, by: e.reviewDue.dueBy })} (
            {t(`talentDue_${e.reviewDue.state}`)})
            <ul>
              {e.reviews.map((r) => (
                <li key={r.id}>
                  {r.reviewedOn}{' '}
                  <span className={`badge talent-rag-${r.rag}`}>{t(`talentRag_${r.rag}`)}</span> {r.note}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t('talentHours')}>{t('talentTotalHours', { hours: e.totalHours })}</Fact>
        {e.qualification && (
          <Fact label={t('talentOutcome')}>{t('talentQualification', { q: e.qualification })}</Fact>
        )}
        {e.withdrawalReason && (
          <Fact label={t('talentOutcome')}>{t('talentReason', { r: e.withdrawalReason })}</Fact>
        )}
      </dl>
      <div className="talent-actions">
        {is('employer') && !e.sponsorConfirmedAt && live && (
          <button
            type="button"
            className="button button-small"
            onClick={() => act.mutate({ kind: 'sponsorship' })}
          >
            {t('talentSponsorConfirm')}
          </button>
        )}
        {live && !e.plan.agreed && unsigned(e).length > 0 && (
          <button
            type="button"
            className="button button-small"
            onClick={() => act.mutate({ kind: 'plan-signatures' })}
          >
            {t('talentSign')}
          </button>
        )}
      </div>
      {e.status === 'enrolled' && (is('trainee') || is('provider') || is('admin')) && <HoursForm id={e.id} />}
      {e.status === 'enrolled' && (is('provider') || is('admin')) && <ReviewForm id={e.id} />}
      {live && (is('trainee') || is('provider') || is('admin')) && <WithdrawForm id={e.id} />}
      {act.isError && <ErrorMessage error={act.error} />}
    </li>
  );
}

/** The viewer's parties that still have to sign. */
function unsigned(e: Enrolment) {
  return e.viewerIs.filter(
    (p) =>
      (p === 'trainee' && !e.plan.traineeSignedAt) ||
      (p === 'employer' && !e.plan.employerSignedAt) ||
      (p === 'provider' && !e.plan.providerSignedAt),
  );
}

function Signatures({ enrolment: e }: { enrolment: Enrolment }) {
  const { t, lang } = useI18n();
  const when = (at: string | null) =>
    at
      ? new Date(at).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo' })
      : t('talentNotSigned');
  return (
    <ul className="talent-signatures">
      <li>
        {t('talentPlanTrainee')}: {when(e.plan.traineeSignedAt)}
      </li>
      {e.employer && (
        <li>
          {t('talentPlanEmployer')}: {when(e.plan.employerSignedAt)}
        </li>
      )}
      <li>
        {t('talentPlanProvider')}: {when(e.plan.providerSignedAt)}
      </li>
    </ul>
  );
}

function HoursForm({ id }: { id: string }) {
  const { t } = useI18n();
  const act = useEnrolmentAction(id);
  const [workedOn, setWorkedOn] = useState('');
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState('');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    act.mutate({ kind: 'hours', workedOn, hours: Number(hours), activity });
  };
  return (
    <form className="talent-inline-form" onSubmit={submit}>
      <FormField label={t('talentWorkedOn')} errors={errorsAt(act.error, 'body.workedOn')}>
        {(props) => (
          <input
            {...props}
            type="date"
            required
            value={workedOn}
            onChange={(e) => setWorkedOn(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentHoursField')} errors={errorsAt(act.error, 'body.hours')}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            required
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentActivity')} errors={errorsAt(act.error, 'body.activity')}>
        {(props) => <input {...props} value={activity} onChange={(e) => setActivity(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-small" disabled={act.isPending}>
        {t('talentLogHours')}
      </button>
    </form>
  );
}

function ReviewForm({ id }: { id: string }) {
  const { t } = useI18n();
  const act = useEnrolmentAction(id);
  const [reviewedOn, setReviewedOn] = useState('');
  const [rag, setRag] = useState<'red' | 'amber' | 'green'>('green');
  const [note, setNote] = useState('');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    act.mutate({ kind: 'reviews', reviewedOn, rag, note });
  };
  return (
    <form className="talent-inline-form" onSubmit={submit}>
      <FormField label={t('talentReviewDate')} errors={errorsAt(act.error, 'body.reviewedOn')}>
        {(props) => (
          <input
            {...props}
            type="date"
            required
            value={reviewedOn}
            onChange={(e) => setReviewedOn(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentRag')} errors={errorsAt(act.error, 'body.rag')}>
        {(props) => (
          <select {...props} value={rag} onChange={(e) => setRag(e.target.value as typeof rag)}>
            {(['green', 'amber', 'red'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`talentRag_${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('talentNote')} errors={errorsAt(act.error, 'body.note')}>
        {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-small" disabled={act.isPending}>
        {t('talentAddReview')}
      </button>
    </form>
  );
}

function WithdrawForm({ id }: { id: string }) {
  const { t } = useI18n();
  const act = useEnrolmentAction(id);
  const [reason, setReason] = useState('');
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    act.mutate({ kind: 'withdraw', reason });
  };
  return (
    <form className="talent-inline-form" onSubmit={submit}>
      <FormField label={t('talentWithdrawReason')} errors={errorsAt(act.error, 'body.reason')}>
        {(props) => <input {...props} required value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-small button-secondary" disabled={act.isPending}>
        {t('talentWithdraw')}
      </button>
    </form>
  );
}

/** The trainee's rights over their data: a download of everything, and erasure (anonymised, counts kept). */
function DataRights() {
  const { t } = useI18n();
  const erase = useEraseMyData();
  return (
    <section className="card">
      <h2>{t('talentDataRights')}</h2>
      <p>
        <a
          className="button button-secondary"
          href={apiUrl('/my-training/data')}
          download="my-training-data.json"
        >
          {t('talentDownload')}
        </a>
      </p>
      <ConfirmButton
        className="button button-secondary"
        title={t('talentErase')}
        body={<p>{t('talentEraseConfirm')}</p>}
        confirmLabel={t('talentErase')}
        onConfirm={() => erase.mutate()}
      >
        {t('talentErase')}
      </ConfirmButton>
      {erase.data && (
        <Alert tone="success">{t('talentErasedDone', { count: erase.data.erasedEnrolments })}</Alert>
      )}
      {erase.isError && <ErrorMessage error={erase.error} />}
    </section>
  );
}
