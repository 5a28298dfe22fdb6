import { useState } from 'react';
import { Link } from 'wouter';
import { type IntroductionState, introductionStates } from '../../../core/matching/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Introduction,
  useAddTask,
  useIntroductions,
  useTaskDone,
  useTransition,
} from './matching-api.ts';
import { NotificationsPanel } from './notifications-panel.tsx';

/** My organisation's introductions, newest change first, each with the moves allowed now. */
export function IntroductionsPage({ focus }: { focus?: string }) {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  // A visitor's browser does not ask for introductions the API would refuse.
  if (!user) return <AccessNotice title={t('introTitle')} signedIn={false} />;
  return <IntroductionsList focus={focus} />;
}

function IntroductionsList({ focus }: { focus?: string }) {
  const { t } = useI18n();
  const list = useIntroductions();
  return (
    <>
      <PageHeader title={t('introTitle')} intro={t('introMine')} />
      <NotificationsPanel />
      {list.isLoading && <LoadingMessage />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data?.items.length === 0 && <p className="empty">{t('introNone')}</p>}
      <h2 className="visually-hidden">{t('introListHeading')}</h2>
      <ul className="result-list intro-list">
        {list.data?.items.map((i) => (
          <IntroductionCard key={i.id} intro={i} focused={i.id === focus} />
        ))}
      </ul>
    </>
  );
}

export function StateBadge({ state }: { state: IntroductionState }) {
  const { lang } = useI18n();
  return <span className={`badge state-${state}`}>{introductionStates[state][lang]}</span>;
}

export function IntroductionCard({ intro, focused }: { intro: Introduction; focused: boolean }) {
  const { t, pick, lang } = useI18n();
  const [to, setTo] = useState<IntroductionState | ''>('');
  const [text, setText] = useState('');
  const transition = useTransition(intro.id);
  const done = useTaskDone();
  const addTask = useAddTask(intro.id);
  const [task, setTask] = useState('');
  const side = {
    requester: t('introSideRequester'),
    recipient: t('introSideRecipient'),
    coordinator: t('introSideCoordinator'),
  }[intro.side];
  const field = to === 'declined' ? 'reason' : to === 'closed' ? 'outcome' : 'note';
  const fieldLabel =
    to === 'declined' ? t('introReason') : to === 'closed' ? t('introOutcome') : t('introNote');
  const errors = transition.error instanceof ApiError ? transition.error : undefined;
  const [confirming, setConfirming] = useState(false);
  const move = () => {
    if (!to) return;
    transition.mutate({ to, ...(text.trim() ? { [field]: text } : {}) }, { onSuccess: () => setText('') });
  };
  return (
    <li className={`result intro${focused ? ' focused' : ''}`} data-intro={intro.id}>
      <h3>
        <StateBadge state={intro.state} /> {pick(intro.from.title)} → {pick(intro.to.title)}
      </h3>
      <p className="result-meta">
        {t('introFrom')}: {pick(intro.from.organization.name)} · {t('introTo')}:{' '}
        {intro.to.organization ? pick(intro.to.organization.name) : t('matchAnonymousOwner')} · {side}
      </p>
      {intro.state === 'requested' && !intro.recipientHasAccount && (
        <p className="muted intro-no-account">{t('introNoAccount')}</p>
      )}
      <p>{intro.message}</p>
      {intro.reason && (
        <p>
          <strong>{t('introReason')}:</strong> {intro.reason}
        </p>
      )}
      {intro.outcome && (
        <p>
          <strong>{t('introOutcome')}:</strong> {intro.outcome}
        </p>
      )}
      <details>
        <summary>{t('introHistory')}</summary>
        <ol className="plain-list">
          {intro.events.map((e) => (
            <li key={`${e.to}-${e.at}`}>
              {e.at.slice(0, 16).replace('T', ' ')} — {introductionStates[e.to as IntroductionState][lang]}
              {e.note ? `: ${e.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {intro.tasks.length > 0 && (
        <div className="intro-tasks">
          <strong>{t('introTasks')}</strong>
          <ul className="plain-list">
            {intro.tasks.map((task) => (
              <li key={task.id}>
                {task.doneAt ? <s>{task.title}</s> : task.title}{' '}
                {!task.doneAt && (
                  <button className="button-link" type="button" onClick={() => done.mutate(task.id)}>
                    {t('introTaskDone')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="intro-task-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (task.trim()) addTask.mutate(task, { onSuccess: () => setTask('') });
        }}
      >
        <label htmlFor={`task-${intro.id}`}>{t('introAddTask')}</label>
        <input id={`task-${intro.id}`} value={task} onChange={(e) => setTask(e.target.value)} />
        <button className="button button-small button-secondary" type="submit" disabled={addTask.isPending}>
          {t('introAddTask')}
        </button>
      </form>
      {intro.allowed.length > 0 && (
        <form
          className="intro-actions"
          onSubmit={(e) => {
            e.preventDefault();
            if (!to) return;
            // Accepting tells the other side and shares contacts: ask first.
            if (to === 'accepted') setConfirming(true);
            else move();
          }}
        >
          {intro.allowed.map((state) => (
            <button
              key={state}
              type={to === state ? 'submit' : 'button'}
              className={`button button-small${to === state ? '' : ' button-secondary'}`}
              onClick={() => setTo(state)}
            >
              {t('introMoveTo', { state: introductionStates[state][lang] })}
            </button>
          ))}
          {to && (
            <>
              <label htmlFor={`t-${intro.id}`}>{fieldLabel}</label>
              <textarea
                id={`t-${intro.id}`}
                rows={2}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <button className="button button-small" type="submit" disabled={transition.isPending}>
                {t('introMove')}
              </button>
            </>
          )}
          {errors && <ErrorMessage error={errors} />}
          <ConfirmDialog
            open={confirming}
            title={t('introAcceptConfirmTitle')}
            confirmLabel={t('introAcceptConfirm')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              move();
            }}
          >
            <p>{t('introAcceptConfirmBody')}</p>
          </ConfirmDialog>
        </form>
      )}
      <Link href={`/introductions/${intro.id}`} className="visually-hidden">
        {intro.id}
      </Link>
    </li>
  );
}
