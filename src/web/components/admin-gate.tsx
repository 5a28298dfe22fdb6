import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.ts';
import { Alert, LoadingMessage } from './status-message.tsx';

/** Admin pages render only for admins; the server enforces it too, this just explains it. */
export function AdminGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') return <Alert>{t('adminOnly')}</Alert>;
  return <>{children}</>;
}
