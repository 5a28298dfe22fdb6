import './auth-messages.ts';
import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useLogin } from '../../lib/session.ts';

/** Only same-site paths: an open redirect through ?next= would let a link send users anywhere. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => navigate(safeNext(search)) });
  };
  const error = login.error;
  const message =
    error instanceof ApiError && error.status === 401
      ? t('loginFailed')
      : error instanceof ApiError && error.status === 429
        ? t('loginRateLimited')
        : error?.message;
  const errorsAt = (field: string) => (error instanceof ApiError ? error.detailsFor(`body.${field}`) : []);

  return (
    <div className="narrow">
      <PageHeader title={t('loginTitle')} />
      {message && <Alert>{message}</Alert>}
      <form className="card" onSubmit={submit}>
        <FormField label={t('email')} errors={errorsAt('email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('password')} errors={errorsAt('password')}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={login.isPending}>
          {t('signIn')}
        </button>
      </form>
    </div>
  );
}
