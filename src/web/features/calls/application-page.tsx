import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { type Answers, type SurveyDefinition, visibleQuestions } from '../../../core/surveys/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  decisionLabel,
  errorsFor,
  Fact,
  Facts,
  MutationError,
  PageError,
  ScrollTable,
  SignedIn,
  score,
  statusLabel,
  useWhen,
} from './call-parts.tsx';
import {
  type Application,
  type Call,
  type Decision,
  type Question,
  useApplication,
  useCall,
  useDecide,
  useDeclareConflict,
  useSaveApplication,
  useScore,
  useSubmitApplication,
} from './calls-api.ts';

/**
 * One application, as each party sees it: the applicant fills the draft and submits it, then reads the
 * decision (and the scores once released); an assigned reviewer scores it or steps back; the office decides.
 */
export function ApplicationPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <SignedIn title={t('callsApplicationHeading')}>
      <ApplicationView id={id} />
    </SignedIn>
  );
}

function ApplicationView({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const when = useWhen();
  const app = useApplication(id);
  const call = useCall(app.data?.call.id ?? '', app.isSuccess);
  if (app.isPending || (app.isSuccess && call.isPending)) return <LoadingMessage />;
  if (app.isError) return <PageError title={t('callsApplicationHeading')} error={app.error} />;
  if (call.isError) return <PageError title={t('callsApplicationHeading')} error={call.error} />;
  const a = app.data;
  const c = call.data!;
  const editable = a.status === 'draft' && (user?.role === 'admin' || user?.role === 'member');
  return (
    <>
      <p>
        <Link href={`/incubation/calls/${c.id}`}>← {pick(c.title)}</Link>
      </p>
      <PageHeader title={t('callsApplicationTitle', { organization: pick(a.organization.name) })} />
      <Facts>
        <Fact label={t('callsStatus')}>
          {t(statusLabel[a.status])}
          {a.channel === 'paper' && ` (${t('callsPaper')})`}
        </Fact>
        {a.submittedAt && <Fact label={t('callsSubmittedAt')}>{when(a.submittedAt)}</Fact>}
      </Facts>
      {editable ? <DraftForm application={a} call={c} /> : <AnswersView application={a} call={c} />}
      {user?.role !== 'reviewer' && <DecisionView application={a} admin={user?.role === 'admin'} />}
      {a.scores && <ScoresView application={a} call={c} />}
      {user?.role === 'admin' && a.status === 'submitted' && (
        <>
          <ReviewsView application={a} call={c} />
          <DecideForm application={a} />
        </>
      )}
      {user?.role === 'reviewer' && (
        <>
          <ScoreForm application={a} call={c} />
          <ConflictForm application={a} />
        </>
      )}
    </>
  );
}

// ——— The applicant's draft ———

type JointUse = {
  researchPlan?: string;
  hoursRequested?: number;
  from?: string;
  to?: string;
  equipment?: string;
};

function DraftForm({ application, call }: { application: Application; call: Call }) {
  const { t, pick } = useI18n();
  const [answers, setAnswers] = useState<Answers>(application.answers as Answers);
  const [unit, setUnit] = useState(application.unit?.key ?? '');
  const j = application.jointUse;
  const [jointUse, setJointUse] = useState<JointUse>({
    ...(j?.researchPlan ? { researchPlan: j.researchPlan } : {}),
    ...(j?.hoursRequested ? { hoursRequested: j.hoursRequested } : {}),
    ...(j?.from ? { from: j.from } : {}),
    ...(j?.to ? { to: j.to } : {}),
    ...(j?.equipment ? { equipment: j.equipment.key } : {}),
  });
  const save = useSaveApplication(application.id, application.version);
  const submit = useSubmitApplication(application.id);
  const [saved, setSaved] = useState(false);
  const definition = { questions: call.form?.questions ?? [] } as SurveyDefinition;
  const visible = visibleQuestions(definition, answers);
  const body = () => ({
    answers,
    ...(call.kind === 'tenancy' ? { unit: unit || null } : { jointUse }),
  });
  const error = save.error ?? submit.error;
  return (
    <form
      className="application-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate(body(), { onSuccess: () => setSaved(true) });
      }}
    >
      <h2>{t('callsForm')}</h2>
      {definition.questions
        .filter((q) => visible.has(q.key))
        .map((q) => (
          <QuestionField
            key={q.key}
            question={q as Question}
            value={answers[q.key]}
            errors={[...errorsFor(error, `body.answers.${q.key}`), ...errorsFor(error, `answers.${q.key}`)]}
            onChange={(v) => {
              const next = { ...answers };
              if (v === undefined) delete next[q.key];
              else next[q.key] = v;
              setAnswers(next);
            }}
          />
        ))}
      {call.kind === 'tenancy' ? (
        <FormField label={t('callsUnitWanted')} errors={errorsFor(error, 'body.unit')}>
          {(p) => (
            <select {...p} value={unit} onChange={(e) => setUnit(e.target.value)}>
              <option value="">{t('callsAnyUnit')}</option>
              {call.units.map((u) => (
                <option key={u.key} value={u.key}>
                  {pick(u.name)} — {pick(u.facility.name)} ({u.floorAreaM2} m²)
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : (
        <fieldset>
          <legend>{t('callsJointUse')}</legend>
          <FormField
            label={t('callsResearchPlan')}
            errors={[
              ...errorsFor(error, 'body.jointUse.researchPlan'),
              ...errorsFor(error, 'jointUse.researchPlan'),
            ]}
          >
            {(p) => (
              <textarea
                {...p}
                rows={6}
                value={jointUse.researchPlan ?? ''}
                onChange={(e) => setJointUse({ ...jointUse, researchPlan: e.target.value || undefined })}
              />
            )}
          </FormField>
          <FormField
            label={t('callsHoursRequested')}
            errors={[
              ...errorsFor(error, 'body.jointUse.hoursRequested'),
              ...errorsFor(error, 'jointUse.hoursRequested'),
            ]}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                value={jointUse.hoursRequested ?? ''}
                onChange={(e) =>
                  setJointUse({
                    ...jointUse,
                    hoursRequested: e.target.value ? Number(e.target.value) : undefined,
                  })
                }
              />
            )}
          </FormField>
          <div className="field-row">
            <FormField
              label={t('callsPeriodFrom')}
              errors={[...errorsFor(error, 'body.jointUse.from'), ...errorsFor(error, 'jointUse.from')]}
            >
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={jointUse.from ?? ''}
                  onChange={(e) => setJointUse({ ...jointUse, from: e.target.value || undefined })}
                />
              )}
            </FormField>
            <FormField
              label={t('callsPeriodTo')}
              errors={[...errorsFor(error, 'body.jointUse.to'), ...errorsFor(error, 'jointUse.to')]}
            >
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={jointUse.to ?? ''}
                  onChange={(e) => setJointUse({ ...jointUse, to: e.target.value || undefined })}
                />
              )}
            </FormField>
          </div>
          <FormField
            label={t('callsEquipmentWanted')}
            errors={[
              ...errorsFor(error, 'body.jointUse.equipment'),
              ...errorsFor(error, 'jointUse.equipment'),
            ]}
          >
            {(p) => (
              <select
                {...p}
                value={jointUse.equipment ?? ''}
                onChange={(e) => setJointUse({ ...jointUse, equipment: e.target.value || undefined })}
              >
                <option value="">—</option>
                {call.equipment.map((e) => (
                  <option key={e.key} value={e.key}>
                    {pick(e.name)} — {pick(e.facility.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
      )}
      {saved && !save.isPending && <Alert tone="success">{t('callsDraftSaved')}</Alert>}
      <MutationError error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={save.isPending}>
          {t('callsSaveDraft')}
        </button>{' '}
        <ConfirmButton
          disabled={save.isPending || submit.isPending || !call.open}
          title={t('callsSubmitConfirmTitle')}
          body={t('callsSubmitConfirmBody')}
          confirmLabel={t('callsSubmit')}
          onConfirm={() => {
            setSaved(false);
            save.mutate(body(), { onSuccess: () => submit.mutate() });
          }}
        >
          {t('callsSubmit')}
        </ConfirmButton>
      </div>
      {!call.open && <p className="muted">{t('callsClosedNote')}</p>}
    </form>
  );
}

function QuestionField({
  question: q,
  value,
  errors,
  onChange,
}: {
  question: Question;
  value: unknown;
  errors: { path: string; message: string }[];
  onChange: (v: Answers[string] | undefined) => void;
}) {
  const { t, pick } = useI18n();
  const label = q.required ? t('callsRequiredLabel', { label: pick(q.label) }) : pick(q.label);
  const hint = q.help ? pick(q.help) : undefined;
  switch (q.type) {
    case 'text':
      return (
        <FormField label={label} hint={hint} errors={errors}>
          {(p) => (
            <textarea
              {...p}
              rows={4}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value || undefined)}
            />
          )}
        </FormField>
      );
    case 'number':
      return (
        <FormField label={label} hint={hint} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="number"
              value={typeof value === 'number' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
            />
          )}
        </FormField>
      );
    case 'date':
      return (
        <FormField label={label} hint={hint} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value || undefined)}
            />
          )}
        </FormField>
      );
    case 'single':
    case 'likert':
      return (
        <FormField label={label} hint={hint} errors={errors}>
          {(p) => (
            <select
              {...p}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value || undefined)}
            >
              <option value="">—</option>
              {q.choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {pick(c.label)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    case 'multiple': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className={errors.length ? 'field field-invalid' : 'field'}>
          <legend>{label}</legend>
          {q.choices.map((c) => (
            <label key={c.key} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(c.key)}
                onChange={(e) => {
                  const next = e.target.checked ? [...chosen, c.key] : chosen.filter((k) => k !== c.key);
                  onChange(next.length ? next : undefined);
                }}
              />{' '}
              {pick(c.label)}
            </label>
          ))}
          <ul className="field-errors">
            {errors.map((e) => (
              <li key={e.message}>{e.message}</li>
            ))}
          </ul>
        </fieldset>
      );
    }
    case 'matrix': {
      const given =
        value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
      return (
        <fieldset className={errors.length ? 'field field-invalid' : 'field'}>
          <legend>{label}</legend>
          {q.items.map((item) => (
            <FormField key={item.key} label={pick(item.label)}>
              {(p) => (
                <select
                  {...p}
                  value={given[item.key] ?? ''}
                  onChange={(e) => {
                    const next = { ...given };
                    if (e.target.value) next[item.key] = e.target.value;
                    else delete next[item.key];
                    onChange(Object.keys(next).length ? next : undefined);
                  }}
                >
                  <option value="">—</option>
                  {q.choices.map((c) => (
                    <option key={c.key} value={c.key}>
                      {pick(c.label)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ))}
          <ul className="field-errors">
            {errors.map((e) => (
              <li key={e.message}>{e.message}</li>
            ))}
          </ul>
        </fieldset>
      );
    }
  }
}

/** Answers as submitted, read-only: for a submitted application, its reviewers and the office. */
function AnswersView({ application: a, call }: { application: Application; call: Call }) {
  const { t, pick } = useI18n();
  const show = (q: Question, v: unknown): string => {
    if (v === undefined || v === null) return '—';
    if ('choices' in q && typeof v === 'string') return pick(q.choices.find((c) => c.key === v)?.label) || v;
    if ('choices' in q && Array.isArray(v))
      return v.map((k) => pick(q.choices.find((c) => c.key === k)?.label) || k).join(', ');
    if (typeof v === 'object')
      return Object.entries(v as Record<string, string>)
        .map(([k, c]) => `${k}: ${c}`)
        .join(', ');
    return String(v);
  };
  return (
    <section aria-labelledby="app-answers">
      <h2 id="app-answers">{t('callsForm')}</h2>
      <dl className="answers">
        {(call.form?.questions ?? []).map((q) => (
          <div key={q.key}>
            <dt>{pick(q.label)}</dt>
            <dd className="prewrap">{show(q as Question, a.answers[q.key])}</dd>
          </div>
        ))}
        {call.kind === 'tenancy' && (
          <div>
            <dt>{t('callsUnitWanted')}</dt>
            <dd>{a.unit ? pick(a.unit.name) : t('callsAnyUnit')}</dd>
          </div>
        )}
        {a.jointUse && (
          <>
            <div>
              <dt>{t('callsResearchPlan')}</dt>
              <dd className="prewrap">{a.jointUse.researchPlan ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('callsHoursRequested')}</dt>
              <dd>{a.jointUse.hoursRequested ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('callsPeriod')}</dt>
              <dd>
                {a.jointUse.from ?? '—'} – {a.jointUse.to ?? '—'}
              </dd>
            </div>
            <div>
              <dt>{t('callsEquipmentWanted')}</dt>
              <dd>{a.jointUse.equipment ? pick(a.jointUse.equipment.name) : '—'}</dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}

// ——— Decision and scores ———

function DecisionView({ application: a, admin }: { application: Application; admin: boolean }) {
  const { t } = useI18n();
  if (!a.decision) return null;
  return (
    <section aria-labelledby="app-decision" className="card">
      <h2 id="app-decision">{t('callsDecision')}</h2>
      <p>
        <strong className="decision" data-decision={a.decision}>
          {t(decisionLabel[a.decision])}
        </strong>
      </p>
      {a.decisionReason && <p className="prewrap">{a.decisionReason}</p>}
      {a.leaseOffer &&
        (admin ? (
          a.leaseOffer.facilityId && (
            <p>
              <Link
                className="button"
                href={`/incubation/${a.leaseOffer.facilityId}?${new URLSearchParams({
                  application: a.leaseOffer.applicationId,
                  unit: a.leaseOffer.unitId ?? '',
                  tenant: a.organization.key,
                })}#lease-offer-form`}
              >
                {t('callsOfferLease')}
              </Link>
            </p>
          )
        ) : (
          <p>{t('callsAdmittedNote')}</p>
        ))}
      {a.waitlisted && <p className="muted">{t('callsWaitlistNote')}</p>}
    </section>
  );
}

function ScoresView({ application: a, call }: { application: Application; call: Call }) {
  const { t, pick } = useI18n();
  const s = a.scores!;
  const label = new Map(call.rubric.map((c) => [c.key, pick(c.label)]));
  return (
    <section aria-labelledby="app-scores">
      <h2 id="app-scores">{t('callsScores')}</h2>
      <p>{t('callsScoreSummary', { mean: score(s.mean), reviewers: s.reviewers })}</p>
      <ul className="plain-list">
        {s.criteria.map((c) => (
          <li key={c.criterion}>
            {label.get(c.criterion) ?? c.criterion}: {score(c.mean)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewsView({ application: a, call }: { application: Application; call: Call }) {
  const { t, pick } = useI18n();
  const reviews = a.reviews ?? [];
  return (
    <section aria-labelledby="app-reviews">
      <h2 id="app-reviews">{t('callsReviewers')}</h2>
      {reviews.length === 0 ? (
        <p className="muted">{t('callsNoReviewers')}</p>
      ) : (
        <ScrollTable label={t('callsReviewers')}>
          <table>
            <thead>
              <tr>
                <th>{t('callsReviewer')}</th>
                {call.rubric.map((c) => (
                  <th key={c.key} className="num">
                    {pick(c.label)}
                  </th>
                ))}
                <th className="num">{t('callsWeightedScore')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.reviewer.id}>
                  <td>
                    {r.reviewer.name}
                    {r.state === 'conflict' && (
                      <span className="muted">
                        {' '}
                        ({t('callsConflictDeclared')}: {r.conflictReason})
                      </span>
                    )}
                  </td>
                  {call.rubric.map((c) => (
                    <td key={c.key} className="num" title={r.comments[c.key]}>
                      {r.scores[c.key] ?? '—'}
                    </td>
                  ))}
                  <td className="num">{score(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function DecideForm({ application: a }: { application: Application }) {
  const { t } = useI18n();
  const decide = useDecide(a.id);
  const [decision, setDecision] = useState<Decision | ''>(a.decision ?? '');
  const [reason, setReason] = useState('');
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        if (decision) decide.mutate({ decision, reason }, { onSuccess: () => setReason('') });
      }}
    >
      <h2>{t('callsRecordDecision')}</h2>
      <FormField label={t('callsDecision')} errors={errorsFor(decide.error, 'body.decision')}>
        {(p) => (
          <select {...p} value={decision} onChange={(e) => setDecision(e.target.value as Decision | '')}>
            <option value="">—</option>
            {(Object.keys(decisionLabel) as Decision[]).map((d) => (
              <option key={d} value={d}>
                {t(decisionLabel[d])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('callsReason')} errors={errorsFor(decide.error, 'body.reason')}>
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={!decision || !reason.trim() || decide.isPending}>
        {t('callsRecordDecision')}
      </button>
      {decide.isSuccess && <Alert tone="success">{t('callsDecisionSaved')}</Alert>}
      <MutationError error={decide.error} />
    </form>
  );
}

// ——— The reviewer ———

function ScoreForm({ application: a, call }: { application: Application; call: Call }) {
  const { t, pick } = useI18n();
  const mine = a.myReview;
  const [scores, setScores] = useState<Record<string, number>>(mine?.scores ?? {});
  const [comments, setComments] = useState<Record<string, string>>(mine?.comments ?? {});
  const save = useScore(a.id);
  return (
    <form
      className="score-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          scores: call.rubric
            .filter((c) => scores[c.key] !== undefined)
            .map((c) => ({ criterion: c.key, score: scores[c.key]!, comment: comments[c.key] ?? '' })),
        });
      }}
    >
      <h2>{t('callsScoreSheet')}</h2>
      {call.rubric.map((c, i) => (
        <fieldset key={c.key} className="criterion">
          <legend>
            {pick(c.label)} ({c.weight}%)
          </legend>
          <div className="score-scale">
            {c.anchors.map((anchor, n) => {
              const value = n + 1;
              return (
                <label key={value} className="score-point">
                  <input
                    type="radio"
                    name={`score-${c.key}`}
                    value={value}
                    checked={scores[c.key] === value}
                    onChange={() => setScores({ ...scores, [c.key]: value })}
                  />{' '}
                  <strong>{value}</strong> {pick(anchor)}
                </label>
              );
            })}
          </div>
          <FormField label={t('callsComment')} errors={errorsFor(save.error, `body.scores[${i}]`)}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={comments[c.key] ?? ''}
                onChange={(e) => setComments({ ...comments, [c.key]: e.target.value })}
              />
            )}
          </FormField>
        </fieldset>
      ))}
      <p>
        {t('callsYourScore')}: {score(mine?.total)}
      </p>
      <button type="submit" className="button" disabled={save.isPending || Object.keys(scores).length === 0}>
        {t('callsSaveScores')}
      </button>
      {save.isSuccess && <Alert tone="success">{t('callsScoresSaved')}</Alert>}
      <MutationError error={save.error} />
    </form>
  );
}

function ConflictForm({ application: a }: { application: Application }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const declare = useDeclareConflict(a.id);
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="app-conflict" className="card">
      <h2 id="app-conflict">{t('callsConflict')}</h2>
      <p className="muted">{t('callsConflictHint')}</p>
      <FormField label={t('callsReason')} errors={errorsFor(declare.error, 'body.reason')}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <ConfirmButton
        className="button button-secondary"
        disabled={!reason.trim() || declare.isPending}
        title={t('callsConflict')}
        body={t('callsConflictConfirm')}
        confirmLabel={t('callsConflictButton')}
        onConfirm={() =>
          declare.mutate(reason, { onSuccess: () => navigate('/incubation/reviews?stepped-back=1') })
        }
      >
        {t('callsConflictButton')}
      </ConfirmButton>
      <MutationError error={declare.error} />
    </section>
  );
}
