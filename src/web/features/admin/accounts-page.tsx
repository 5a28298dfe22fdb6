import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf, Role, User } from '../../lib/api-types.ts';
import { useT } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { adminKeys, adminQueries } from './admin-api.ts';

const roleLabels: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  member: 'roleMember',
  reviewer: 'roleReviewer',
  agency: 'roleAgency',
  person: 'rolePerson',
};

function CreateAccountForm() {
  const t = useT();
  const client = useQueryClient();
  const empty = { email: '', name: '', role: 'member' as Role, organizationId: '', password: '' };
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: () =>
      api.post<ResponseOf<'createUser'>>('/users', {
        email: form.email,
        name: form.name,
        role: form.role,
        password: form.password,
        ...(form.organizationId.trim() ? { organizationId: form.organizationId.trim() } : {}),
      }),
    onSuccess: () => {
      setForm(empty);
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const errorsAt = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const input = (
    name: 'email' | 'name' | 'organizationId' | 'password',
    label: string,
    type = 'text',
    hint?: string,
  ) => (
    <FormField label={label} errors={errorsAt(name)} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={type}
          autoComplete={type === 'password' ? 'new-password' : 'off'}
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
      )}
    </FormField>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('accountsCreate')}</h2>
      {create.error && (
        <Alert>
          {create.error.message}
          <FieldErrors errors={error?.details.filter((d) => d.path === 'body') ?? []} />
        </Alert>
      )}
      {create.isSuccess && <Alert tone="success">{t('accountCreated')}</Alert>}
      <div className="form-grid">
        {input('email', t('email'), 'email')}
        {input('name', t('accountName'))}
        <FormField label={t('accountRole')} errors={errorsAt('role')}>
          {(props) => (
            <select
              {...props}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {Object.entries(roleLabels).map(([role, label]) => (
                <option key={role} value={role}>
                  {t(label)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {input('organizationId', t('accountOrganization'))}
        {input('password', t('password'), 'password', t('accountPasswordHint'))}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('accountsCreate')}
      </button>
    </form>
  );
}

export function AccountsPage() {
  const t = useT();
  return (
    <AdminGate>
      <PageHeader title={t('accountsTitle')} />
      <AccountList />
      <CreateAccountForm />
    </AdminGate>
  );
}

function AccountList() {
  const t = useT();
  const users = useQuery(adminQueries.users());
  const { user: me } = useSession();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: { role?: Role; disabled?: boolean } }) =>
      api.patch<ResponseOf<'changeUser'>>(`/users/${id}`, body),
    onSuccess: () => {
      setNotice(t('accountChanged'));
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
  const sendReset = useMutation({
    mutationFn: (id: string) => api.post<ResponseOf<'sendPasswordReset'>>(`/users/${id}/password-reset`),
    onSuccess: () => setNotice(t('accountResetSent')),
  });
  if (users.isPending) return <LoadingMessage />;
  if (users.isError) return <ErrorMessage error={users.error} />;
  const busy = change.isPending || sendReset.isPending;
  const toggle = (u: User) => {
    if (!u.disabled && !window.confirm(t('accountDisableConfirm'))) return;
    setNotice(null);
    change.mutate({ id: u.id, body: { disabled: !u.disabled } });
  };
  return (
    <>
      {(change.error ?? sendReset.error) && <Alert>{(change.error ?? sendReset.error)?.message}</Alert>}
      {notice && !change.error && !sendReset.error && <Alert tone="success">{notice}</Alert>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('accountName')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('accountRole')}</th>
              <th scope="col">{t('accountOrganization')}</th>
              <th scope="col">{t('accountStatus')}</th>
              <th scope="col">{t('accountActions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => {
              const self = u.id === me?.id;
              return (
                <tr key={u.id} data-account={u.email}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <select
                      aria-label={`${t('accountRoleFor')}: ${u.name}`}
                      value={u.role}
                      disabled={busy || self}
                      onChange={(e) => {
                        setNotice(null);
                        change.mutate({ id: u.id, body: { role: e.target.value as Role } });
                      }}
                    >
                      {Object.entries(roleLabels).map(([role, label]) => (
                        <option key={role} value={role}>
                          {t(label)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{u.organizationId ? <code>{u.organizationId}</code> : t('none')}</td>
                  <td>{u.disabled ? t('accountDisabled') : t('accountActive')}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={busy || self}
                      onClick={() => toggle(u)}
                    >
                      {u.disabled ? t('accountEnable') : t('accountDisable')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={busy}
                      onClick={() => {
                        setNotice(null);
                        sendReset.mutate(u.id);
                      }}
                    >
                      {t('accountSendReset')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
