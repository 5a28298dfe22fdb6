import type { ReactNode } from 'react';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, type ErrorDetail } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import type { Application, Call, Decision } from './calls-api.ts';

export const kindLabel: Record<Call['kind'], MessageKey> = {
  tenancy: 'callsKindTenancy',
  'joint-use': 'callsKindJointUse',
};

export const decisionLabel: Record<Decision, MessageKey> = {
  admitted: 'callsDecisionAdmitted',
  waitlisted: 'callsDecisionWaitlisted',
  rejected: 'callsDecisionRejected',
};

export const statusLabel: Record<Application['status'], MessageKey> = {
  draft: 'callsStatusDraft',
  submitted: 'callsStatusSubmitted',
};

/** A moment in Japan time, in the page's language. */
export function useWhen() {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  });
  return (iso: string) => `${format.format(new Date(iso))} JST`;
}

export const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));

export function CallWindow({ call }: { call: Call }) {
  const { t } = useI18n();
  const when = useWhen();
  return (
    <p className="call-window">
      <span className={`badge ${call.open ? 'badge-ok' : 'badge-muted'}`}>
        {t(call.open ? 'callsOpenNow' : 'callsNotOpen')}
      </span>{' '}
      {t('callsWindow', { opens: when(call.opensAt), closes: when(call.closesAt) })}
    </p>
  );
}

/** Server errors for a field path (and everything under it). */
export const errorsFor = (error: unknown, path: string): ErrorDetail[] =>
  error instanceof ApiError ? error.detailsFor(path) : [];

/** The error's message and every named field, for errors not shown next to a field. */
export function MutationError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('errorTitle')}</strong>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="field-errors">
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              <code>{d.path}</code> {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facility-facts">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Calls are for signed-in accounts: a visitor is told to sign in, and nothing is asked of the API. */
export function SignedIn({ title, children }: { title: string; children: ReactNode }) {
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice title={title} signedIn={false} />;
  return <>{children}</>;
}

/** A page that could not load still has its heading. */
export function PageError({ title, error }: { title: string; error: unknown }) {
  return (
    <>
      <PageHeader title={title} />
      <ErrorMessage error={error} />
    </>
  );
}

/**
 * A table that may scroll sideways on a phone: the scrolling box is a labelled region that takes focus, so
 * a keyboard can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('callsTableOf', { name: label })}>
      {children}
    </section>
  );
}
