import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * Where an invitation lands: /invitation#<token>. The invitee chooses a password (and may give their name);
 * the token, in the fragment, never reaches a server log. The link works once and expires.
 */
export function InvitationPage() {
  const { t } = useI18n();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [form, setForm] = useState({ name: '', password: '' });
  const accept = useMutation({
    mutationFn: () =>
      api.post<ResponseOf<'acceptInvitation'>>('/account/invitation', {
        token,
        password: form.password,
        ...(form.name.trim() ? { name: form.name.trim() } : {}),
      }),
    onSuccess: () => {
      setForm({ name: '', password: '' });
      // The token is spent; keep it out of the history too.
      window.history.replaceState(null, '', window.location.pathname);
    },
  });
  const error = accept.error instanceof ApiError ? accept.error : null;
  const at = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };
  const message =
    error?.status === 410
      ? t('inviteGone')
      : accept.error && at('password').length === 0 && at('name').length === 0
        ? accept.error.message
        : null;
  return (
    <div className="narrow">
      <PageHeader title={t('inviteAcceptTitle')} />
      <p>{t('inviteAcceptIntro')}</p>
      {!token && <Alert>{t('resetNoToken')}</Alert>}
      {message && <Alert>{message}</Alert>}
      {accept.isSuccess ? (
        <Alert tone="success">
          {t('inviteAccepted', { email: accept.data.email })} <Link href="/login">{t('signIn')}</Link>
        </Alert>
      ) : (
        <form className="card" onSubmit={submit} noValidate>
          <FormField label={t('inviteAcceptName')} errors={at('name')} hint={t('inviteAcceptNameHint')}>
            {(props) => (
              <input
                {...props}
                name="name"
                autoComplete="name"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('passwordNew')} errors={at('password')} hint={t('passwordNewHint')}>
            {(props) => (
              <input
                {...props}
                type="password"
                name="password"
                autoComplete="new-password"
                required
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
              />
            )}
          </FormField>
          <button type="submit" className="button" disabled={!token || accept.isPending}>
            {t('inviteAcceptSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
