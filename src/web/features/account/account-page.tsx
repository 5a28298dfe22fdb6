import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { accountKeys, accountQueries } from './account-api.ts';

function ChangePasswordForm() {
  const { t } = useI18n();
  const client = useQueryClient();
  const empty = { currentPassword: '', newPassword: '' };
  const [form, setForm] = useState(empty);
  const change = useMutation({
    mutationFn: () => api.put<ResponseOf<'changeOwnPassword'>>('/account/password', form),
    onSuccess: () => {
      setForm(empty);
      void client.invalidateQueries({ queryKey: accountKeys.sessions() });
    },
  });
  const error = change.error instanceof ApiError ? change.error : null;
  const errorsAt = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  const field = (name: keyof typeof empty, label: string, autoComplete: string, hint?: string) => (
    <FormField label={label} errors={errorsAt(name)} hint={hint}>
      {(props) => (
        <input
          {...props}
          type="password"
          name={name}
          autoComplete={autoComplete}
          required
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('passwordChangeTitle')}</h2>
      {change.error && (!error || error.details.length === 0) && <Alert>{change.error.message}</Alert>}
      {change.isSuccess && <Alert tone="success">{t('passwordChanged')}</Alert>}
      {field('currentPassword', t('passwordCurrent'), 'current-password')}
      {field('newPassword', t('passwordNew'), 'new-password', t('passwordNewHint'))}
      <button type="submit" className="button" disabled={change.isPending}>
        {t('passwordChangeSubmit')}
      </button>
    </form>
  );
}

function SessionList() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const sessions = useQuery(accountQueries.sessions());
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/account/sessions/${id}`),
    onSettled: () => void client.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
  if (sessions.isPending) return <LoadingMessage />;
  if (sessions.isError) return <ErrorMessage error={sessions.error} />;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  return (
    <section className="card">
      <h2>{t('sessionsTitle')}</h2>
      {revoke.error && <Alert>{revoke.error.message}</Alert>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sessionStarted')}</th>
              <th scope="col">{t('sessionExpires')}</th>
              <th scope="col">{t('sessionBrowser')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sessionRevoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.items.map((s) => (
              <tr key={s.id} data-current={s.current || undefined}>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.expiresAt)}</td>
                <td>{s.userAgent ?? t('none')}</td>
                <td>
                  {s.current ? (
                    <strong>{t('sessionCurrent')}</strong>
                  ) : (
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(s.id)}
                    >
                      {t('sessionRevoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A signed-in user's own page: change the password, see and end sessions. */
export function AccountPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user)
    return (
      <>
        <PageHeader title={t('accountTitle')} />
        <Link className="button" href="/login?next=%2Faccount">
          {t('signIn')}
        </Link>
      </>
    );
  return (
    <div className="narrow">
      <PageHeader title={t('accountTitle')} />
      <p>
        {user.name} — {user.email}
      </p>
      <ChangePasswordForm />
      <SessionList />
    </div>
  );
}
