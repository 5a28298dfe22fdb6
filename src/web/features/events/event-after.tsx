import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Answers, SurveyDefinition } from '../../../core/surveys/types.ts';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { formatJst, fromJstInput, toJstInput } from './event-time.ts';
import {
  type ClubEvent,
  useEventFeedback,
  useEventOutcomes,
  useGiveFeedback,
  useOpenFeedback,
  useSetTourSlots,
} from './events-api.ts';
import { RegistrationQuestions } from './registration-questions.tsx';

// After the event (attendance, feedback, outcomes) and the organiser's tour slots of an open factory.

/** The organiser's view after the event: attendance, what attendees said, the introductions that followed. */
export function OutcomesPanel({ eventId }: { eventId: string }) {
  const { t, pick, lang } = useI18n();
  const outcomes = useEventOutcomes(eventId, true);
  const openNow = useOpenFeedback(eventId);
  const { user } = useSession();
  if (outcomes.isPending) return <LoadingMessage />;
  if (outcomes.isError) return <ErrorMessage error={outcomes.error} />;
  const o = outcomes.data;
  const a = o.attendance;
  return (
    <section className="card event-outcomes" aria-labelledby="outcomes-heading" data-testid="event-outcomes">
      <h2 id="outcomes-heading">{t('eventsOutcomes')}</h2>
      <p>
        {t('eventsAttendance', {
          checkedIn: a.checkedIn,
          confirmed: a.confirmed,
          rate: a.rate === null ? '–' : `${Math.round(a.rate * 1000) / 10}%`,
        })}
      </p>
      <h3>{t('eventsFeedbackSummary')}</h3>
      {o.feedback.surveyId === null ? (
        <>
          <p>{t('eventsFeedbackNotOpen')}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={openNow.isPending}
            onClick={() => openNow.mutate(undefined)}
          >
            {t('eventsFeedbackOpenNow')}
          </button>
          {openNow.isError && <ErrorMessage error={openNow.error} />}
        </>
      ) : (
        <>
          <p data-testid="feedback-rate">
            {t('eventsFeedbackRate', {
              responses: o.feedback.responses,
              invited: o.feedback.invited,
              rate: o.feedback.rate === null ? '–' : `${Math.round(o.feedback.rate * 1000) / 10}%`,
            })}
          </p>
          <p>
            {t('eventsFeedbackNumbers', {
              responses: o.feedback.responses,
              mean: o.feedback.overallMean ?? '–',
              yes: o.feedback.followUpYes,
            })}
          </p>
          {o.feedback.responses > 0 && (
            <p className="muted">
              {t('eventsFeedbackRatings')}{' '}
              {[5, 4, 3, 2, 1].map((n) => `${n}: ${o.feedback.overall[n - 1] ?? 0}`).join(' · ')}
            </p>
          )}
          {user?.role === 'admin' && (
            <p>
              <Link href={`/surveys/${o.feedback.surveyId}`}>{t('eventsFeedbackSurveyLink')}</Link>
            </p>
          )}
        </>
      )}
      {o.feedback.comments.length > 0 && (
        <ul>
          {o.feedback.comments.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: comments have no identity of their own
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      <h3>{t('eventsOutcomeIntroductions')}</h3>
      <p className="muted">
        {t('eventsOutcomeWindow', {
          from: formatJst(o.introductions.from, lang),
          to: formatJst(o.introductions.to, lang),
        })}
      </p>
      {o.introductions.items.length === 0 ? (
        <p>{t('eventsOutcomeNone')}</p>
      ) : (
        <ul>
          {o.introductions.items.map((x) => (
            <li key={x.id}>
              <Link href={`/introductions/${x.id}`}>
                {pick(x.from?.name ?? {})} → {pick(x.to?.name ?? {})}
              </Link>{' '}
              ({x.requestedBy}, {formatJst(x.createdAt, lang)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The attendee's short feedback form once the event has ended; their answers after they gave them. */
export function FeedbackPanel({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const feedback = useEventFeedback(eventId, true);
  const give = useGiveFeedback(eventId);
  const [answers, setAnswers] = useState<Answers>({});
  if (feedback.isPending || feedback.isError) return null;
  const f = feedback.data;
  if (f.answers) return <Alert tone="success">{t('eventsFeedbackThanks')}</Alert>;
  if (!f.mayAnswer) return null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    give.mutate(answers);
  };
  return (
    <section className="card event-feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('eventsFeedback')}</h2>
      <form onSubmit={onSubmit}>
        <RegistrationQuestions
          definition={f.form as SurveyDefinition}
          answers={answers}
          onChange={setAnswers}
          error={give.error instanceof ApiError ? give.error : null}
        />
        <button type="submit" className="button" disabled={give.isPending}>
          {t('eventsFeedbackSend')}
        </button>
        {give.isError && <ErrorMessage error={give.error} />}
      </form>
    </section>
  );
}

/** An open factory's tours, one per line: "start end places" in Japan time (e.g. 2027-05-15T10:00 2027-05-15T11:00 20). */
export function TourSlotsEditor({ event: e }: { event: ClubEvent }) {
  const { t } = useI18n();
  const save = useSetTourSlots(e.id);
  const [text, setText] = useState(() =>
    e.tourSlots.map((s) => `${toJstInput(s.startsAt)} ${toJstInput(s.endsAt)} ${s.capacity}`).join('\n'),
  );
  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    const slots = text
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((p) => p.length === 3)
      .map(([from, to, n]) => ({
        startsAt: fromJstInput(from!),
        endsAt: fromJstInput(to!),
        capacity: Number(n),
      }));
    save.mutate(slots);
  };
  return (
    <section className="card event-tour-editor" aria-labelledby="tour-editor-heading">
      <h2 id="tour-editor-heading">{t('eventsTours')}</h2>
      <form onSubmit={onSubmit}>
        <label htmlFor="tour-slots">{t('eventsTourEditorLabel')}</label>
        <textarea id="tour-slots" rows={5} value={text} onChange={(x) => setText(x.target.value)} />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('eventsTourEditorSave')}
        </button>
        {save.isSuccess && <Alert tone="success">{t('eventsTourEditorSaved')}</Alert>}
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </section>
  );
}
