import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client.ts';
import { useT } from '../lib/i18n.tsx';

export function LoadingMessage() {
  const t = useT();
  return (
    <p className="status" role="status">
      {t('loading')}
    </p>
  );
}

export function Alert({
  tone = 'error',
  children,
}: {
  tone?: 'error' | 'success' | 'info';
  children: ReactNode;
}) {
  // Errors interrupt (role=alert); success and info are announced politely.
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const t = useT();
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <Alert>
      <strong>{t('errorTitle')}</strong>
      <p>{message}</p>
    </Alert>
  );
}

/** A 412 on save: someone else saved first. Says so plainly and offers to load their version. */
export function StaleEditMessage({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Alert>
      <strong>{t('staleEditTitle')}</strong>
      <p>{t('staleEditBody')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('staleEditReload')}
      </button>
    </Alert>
  );
}
