import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf, Role } from '../../lib/api-types.ts';
import { useT } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
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
  if (users.isPending) return <LoadingMessage />;
  if (users.isError) return <ErrorMessage error={users.error} />;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('accountName')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('accountRole')}</th>
            <th scope="col">{t('accountOrganization')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.items.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{t(roleLabels[u.role])}</td>
              <td>{u.organizationId ? <code>{u.organizationId}</code> : t('none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
