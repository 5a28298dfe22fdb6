import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * Where a reset link lands: /reset-password#<token>. The token is in the fragment, which the browser
 * never sends to a server, so it stays out of access logs and Referer headers.
 */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post<void>('/account/password-reset', { token, password }),
    onSuccess: () => {
      setPassword('');
      // The token is spent; keep it out of the history too.
      window.history.replaceState(null, '', window.location.pathname);
    },
  });
  const error = reset.error instanceof ApiError ? reset.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate();
  };
  const message =
    error?.status === 410
      ? t('resetGone')
      : reset.error && (!error || error.detailsFor('body.password').length === 0)
        ? reset.error.message
        : null;
  return (
    <div className="narrow">
      <PageHeader title={t('resetTitle')} />
      <p>{t('resetIntro')}</p>
      {!token && <Alert>{t('resetNoToken')}</Alert>}
      {message && <Alert>{message}</Alert>}
      {reset.isSuccess ? (
        <Alert tone="success">
          {t('resetDone')} <Link href="/login">{t('signIn')}</Link>
        </Alert>
      ) : (
        <form className="card" onSubmit={submit} noValidate>
          <FormField
            label={t('passwordNew')}
            errors={error?.detailsFor('body.password') ?? []}
            hint={t('passwordNewHint')}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                name="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button" disabled={!token || reset.isPending}>
            {t('resetSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
