import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { CaseAftercare } from './desk-aftercare-panel.tsx';
import { type Consultation, useCaseStep, useConsultation, useTopics } from './desk-api.ts';
import { TopicOptions } from './desk-ask-page.tsx';
import { PublishToFaq } from './desk-faq-form.tsx';

type Step = ReturnType<typeof useCaseStep>;
type Role = 'admin' | 'member' | 'agency';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/** A case: the question, who has it, the steps taken; each reader gets the actions its role has. */
export function ConsultationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user || !['admin', 'agency', 'member'].includes(user.role))
    return <AccessNotice title={t('deskTitle')} signedIn={user !== null} />;
  return <CaseView id={id} role={user.role as Role} />;
}

function CaseView({ id, role }: { id: string; role: Role }) {
  const { t } = useI18n();
  const one = useConsultation(id);
  const step = useCaseStep(id);
  if (one.isPending) return <LoadingMessage />;
  if (one.isError)
    return (
      <>
        <PageHeader title={t('deskTitle')} />
        <ErrorMessage error={one.error} />
        <Link href="/desk">{t('deskBack')}</Link>
      </>
    );
  const c = one.data;
  const accepted = c.myReferral?.state === 'accepted';
  return (
    <>
      <PageHeader title={c.companyName} actions={<Link href="/desk">{t('deskBack')}</Link>} />
      <Facts c={c} />
      {step.error &&
        !(step.error instanceof ApiError && step.error.details.some((d) => d.path.startsWith('body.'))) && (
          <ErrorMessage error={step.error} />
        )}
      <div className="desk-case">
        <div>
          <Referrals c={c} role={role} step={step} />
          {role === 'admin' && c.status !== 'closed' && <Triage c={c} step={step} />}
          {role === 'admin' && c.status !== 'closed' && <Refer c={c} step={step} />}
          {(role !== 'agency' || accepted) && <Note c={c} role={role} step={step} />}
          {role === 'admin' && <CloseOrReopen c={c} step={step} />}
          {role === 'admin' && c.firstAnsweredAt && <PublishToFaq consultationId={c.id} />}
          <CaseAftercare id={c.id} version={c.version} role={role} canWrite={role !== 'agency' || accepted} />
        </div>
        <Timeline c={c} />
      </div>
    </>
  );
}

function Facts({ c }: { c: Consultation }) {
  const { t } = useI18n();
  const topics = useTopics();
  const topic = topics.data?.items.find((x) => x.code === c.topic);
  const { pick } = useI18n();
  return (
    <section className="card desk-facts" aria-labelledby="desk-question">
      <p className="desk-badges">
        <span className="badge">{topic ? pick(topic.label) : c.topic}</span>{' '}
        <span className="badge">{t(`deskStatus_${c.status}`)}</span>{' '}
        <span className="badge">{t(`deskPriority_${c.priority}`)}</span>{' '}
        {(c.overdue.firstAnswer || c.overdue.close) && (
          <span className="badge badge-warn">{t('deskOverdue')}</span>
        )}{' '}
        {c.illustrative && <span className="badge badge-warn">{t('deskIllustrative')}</span>}
      </p>
      <h2 id="desk-question">{t('deskMessageHeading')}</h2>
      <p className="desk-message">{c.message}</p>
      <p className="muted">
        {t('deskReceived')}: {c.receivedAt.slice(0, 10)} · {t(`deskChannel_${c.channel}`)} ·{' '}
        {t('deskLanguage')}: {c.language === 'ja' ? t('deskLangJa') : t('deskLangEn')}
        {c.owner && ` · ${t('deskOwner')}: ${c.owner.name}`}
        {c.firstAnswerDue && ` · ${t('deskFirstAnswerDue', { day: c.firstAnswerDue })}`}
        {c.closeDue && ` · ${t('deskCloseDue', { day: c.closeDue })}`}
        {c.firstAnsweredAt && ` · ${t('deskAnswered')}`}
      </p>
      <h2>{t('deskContactHeading')}</h2>
      {c.contact ? (
        <p>
          {c.contact.name}
          {c.contact.email && ` · ${c.contact.email}`}
          {c.contact.phone && ` · ${c.contact.phone}`}
        </p>
      ) : (
        <p className="muted">{t('deskContactHidden')}</p>
      )}
    </section>
  );
}

function Box({
  title,
  children,
  onSubmit,
}: {
  title: string;
  children: ReactNode;
  onSubmit?: (e: FormEvent) => void;
}) {
  // Each box names its landmark by its own heading (the titles are Japanese too, so no slug of them).
  const id = useId();
  return (
    <section className="card desk-box" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {onSubmit ? (
        <form onSubmit={onSubmit} noValidate>
          {children}
        </form>
      ) : (
        children
      )}
    </section>
  );
}

function Referrals({ c, role, step }: { c: Consultation; role: Role; step: Step }) {
  const { t, pick } = useI18n();
  const [reason, setReason] = useState('');
  if (!c.referrals.length) return null;
  const mine = role === 'agency' && c.myReferral?.state === 'referred' ? c.myReferral : null;
  return (
    <Box title={t('deskReferrals')}>
      <ul className="desk-referrals">
        {c.referrals.map((r) => (
          <li key={r.id}>
            <strong>{pick(r.partner.name)}</strong> — {t(`deskReferral_${r.state}`)}
            {r.reason && <span className="muted"> ({r.reason})</span>}
          </li>
        ))}
      </ul>
      {mine && (
        <div className="desk-respond">
          <button type="button" onClick={() => step.mutate({ path: `/desk/referrals/${mine.id}/accept` })}>
            {t('deskAccept')}
          </button>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              step.mutate({ path: `/desk/referrals/${mine.id}/return`, body: { reason } });
            }}
            noValidate
          >
            <FormField label={t('deskReturnReason')} errors={errorsAt(step.error, 'reason')}>
              {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </FormField>
            <button type="submit" className="button-secondary">
              {t('deskReturn')}
            </button>
          </form>
        </div>
      )}
    </Box>
  );
}

function Triage({ c, step }: { c: Consultation; step: Step }) {
  const { t } = useI18n();
  const topics = useTopics();
  const [priority, setPriority] = useState(c.priority);
  const [topic, setTopic] = useState(c.topic);
  return (
    <Box
      title={t('deskTriageHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate({ path: `/desk/consultations/${c.id}/triage`, body: { priority, topic } });
      }}
    >
      <FormField label={t('deskPriority')} errors={errorsAt(step.error, 'priority')}>
        {(p) => (
          <select {...p} value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
            {(['low', 'normal', 'high', 'urgent'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`deskPriority_${x}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('deskTopic')} errors={errorsAt(step.error, 'topic')}>
        {(p) => (
          <select {...p} value={topic} onChange={(e) => setTopic(e.target.value as typeof topic)}>
            <TopicOptions topics={topics.data} />
          </select>
        )}
      </FormField>
      <FieldErrors errors={errorsAt(step.error, 'owner')} />
      <button type="submit" disabled={step.isPending}>
        {t('deskTriageSave')}
      </button>
    </Box>
  );
}

function Refer({ c, step }: { c: Consultation; step: Step }) {
  const { t } = useI18n();
  const [partner, setPartner] = useState<OrganizationChoice | null>(null);
  const [note, setNote] = useState('');
  return (
    <Box
      title={t('deskReferHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate(
          {
            path: `/desk/consultations/${c.id}/referrals`,
            body: { partners: partner ? [partner.key] : [], ...(note.trim() ? { note } : {}) },
          },
          {
            onSuccess: () => {
              setPartner(null);
              setNote('');
            },
          },
        );
      }}
    >
      <FormField label={t('deskReferPartner')} errors={errorsAt(step.error, 'partners')}>
        {(p) => <OrganizationPicker inputProps={p} value={partner} onChange={setPartner} />}
      </FormField>
      <FormField label={t('deskReferNote')} errors={errorsAt(step.error, 'note')}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <button type="submit" disabled={step.isPending}>
        {t('deskReferSend')}
      </button>
    </Box>
  );
}

function Note({ c, role, step }: { c: Consultation; role: Role; step: Step }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'note' | 'answer'>(role === 'member' ? 'note' : 'answer');
  const [audience, setAudience] = useState<'staff' | 'partners' | 'company'>('partners');
  const audiences =
    role === 'admin' ? (['staff', 'partners', 'company'] as const) : (['partners', 'company'] as const);
  return (
    <Box
      title={t('deskNoteHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate(
          {
            path: `/desk/consultations/${c.id}/notes`,
            body: { kind, body, ...(kind === 'note' && role !== 'member' ? { audience } : {}) },
          },
          { onSuccess: () => setBody('') },
        );
      }}
    >
      {role !== 'member' && (
        <FormField label={t('deskNoteKind')} errors={errorsAt(step.error, 'kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'note')}>
              <option value="answer">{t('deskEvent_answer')}</option>
              <option value="note">{t('deskEvent_note')}</option>
            </select>
          )}
        </FormField>
      )}
      {role !== 'member' && kind === 'note' && (
        <FormField label={t('deskNoteAudience')} errors={errorsAt(step.error, 'audience')}>
          {(p) => (
            <select {...p} value={audience} onChange={(e) => setAudience(e.target.value as 'staff')}>
              {audiences.map((a) => (
                <option key={a} value={a}>
                  {t(`deskAudience_${a}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField label={t('deskNoteBody')} errors={errorsAt(step.error, 'body')}>
        {(p) => <textarea {...p} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <button type="submit" disabled={step.isPending}>
        {t('deskNoteSave')}
      </button>
    </Box>
  );
}

function CloseOrReopen({ c, step }: { c: Consultation; step: Step }) {
  const { t } = useI18n();
  const [followUpOn, setFollowUpOn] = useState('');
  const [text, setText] = useState('');
  if (c.status === 'closed')
    return (
      <Box
        title={t('deskReopen')}
        onSubmit={(e) => {
          e.preventDefault();
          step.mutate(
            { path: `/desk/consultations/${c.id}/reopen`, body: { reason: text } },
            { onSuccess: () => setText('') },
          );
        }}
      >
        <FormField label={t('deskReopenReason')} errors={errorsAt(step.error, 'reason')}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" disabled={step.isPending}>
          {t('deskReopen')}
        </button>
      </Box>
    );
  return (
    <Box
      title={t('deskCloseHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate({
          path: `/desk/consultations/${c.id}/close`,
          body: { followUpOn, ...(text.trim() ? { summary: text } : {}) },
        });
      }}
    >
      <FormField label={t('deskFollowUpOn')} errors={errorsAt(step.error, 'followUpOn')}>
        {(p) => (
          <input {...p} type="date" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
        )}
      </FormField>
      <FormField label={t('deskSummary')} errors={errorsAt(step.error, 'summary')}>
        {(p) => <textarea {...p} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <button type="submit" disabled={step.isPending}>
        {t('deskClose')}
      </button>
    </Box>
  );
}

function Timeline({ c }: { c: Consultation }) {
  const { t, pick } = useI18n();
  return (
    <section className="card desk-timeline" aria-labelledby="desk-timeline">
      <h2 id="desk-timeline">{t('deskTimeline')}</h2>
      <ol>
        {c.events.map((e) => (
          <li key={e.id} className={`desk-event desk-event-${e.kind}`}>
            <p>
              <strong>{t(`deskEvent_${e.kind}`)}</strong>
              {e.partner && ` · ${pick(e.partner.name)}`} · {e.actorName} ·{' '}
              <time dateTime={e.at}>{e.at.slice(0, 16).replace('T', ' ')}</time>
            </p>
            {e.body && <p className="desk-event-body">{e.body}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
