import type { ReactNode } from 'react';
import { Alert, LoadingMessage } from '../../components/status-message.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';

/** Admin pages render only for admins; the server enforces it too, this just explains it. */
export function AdminGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') return <Alert>{t('adminOnly')}</Alert>;
  return <>{children}</>;
}
