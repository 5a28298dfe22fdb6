import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.ts';
import { PageHeader } from './page-header.tsx';
import { Alert, LoadingMessage } from './status-message.tsx';

/** A link to sign in that brings the person back to this page afterwards. */
export function SignInLink({ className = 'button' }: { className?: string }) {
  const t = useT();
  const [location] = useLocation();
  const next = `${location}${window.location.search}`;
  return (
    <Link className={className} href={`/login?next=${encodeURIComponent(next)}`}>
      {t('signIn')}
    </Link>
  );
}

/**
 * What a page says to someone who may not use it: a heading (every page has one), why, and for a signed-out
 * visitor the way to sign in.
 */
export function AccessNotice({
  title,
  signedIn,
  message,
}: {
  title?: string;
  signedIn: boolean;
  message?: string;
}) {
  const t = useT();
  return (
    <>
      <PageHeader title={title ?? (signedIn ? t('adminOnlyTitle') : t('signInNeededTitle'))} />
      <Alert tone="info">
        <p>{message ?? (signedIn ? t('adminOnly') : t('signInNeeded'))}</p>
        {!signedIn && <SignInLink />}
      </Alert>
    </>
  );
}

/**
 * Admin pages render only for admins; the server enforces it too, this just explains it. The page's own
 * queries live in the children, so nobody else's browser asks the API for what it would refuse.
 */
export function AdminGate({ children, title }: { children: ReactNode; title?: string }) {
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') return <AccessNotice title={title} signedIn={user !== null} />;
  return <>{children}</>;
}
