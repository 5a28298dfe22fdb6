import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf, Role, User } from '../../lib/api-types.ts';
import { useI18n, useT } from '../../lib/i18n.tsx';
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

const errorsOf = (error: unknown) => (error instanceof ApiError ? error : null);

/** The error at the top of a form: the message, and details that name no single field of it. */
function FormAlert({ error, fields }: { error: Error | null; fields: string[] }) {
  if (!error) return null;
  const api = errorsOf(error);
  const loose = api?.details.filter((d) => !fields.some((f) => d.path === `body.${f}`)) ?? [];
  return (
    <Alert>
      {error.message}
      <FieldErrors errors={loose} />
    </Alert>
  );
}

function RoleSelect({
  value,
  onChange,
  disabled,
  errors,
}: {
  value: Role;
  onChange: (role: Role) => void;
  disabled?: boolean;
  errors: ApiError['details'];
}) {
  const t = useT();
  return (
    <FormField label={t('accountRole')} errors={errors}>
      {(props) => (
        <select
          {...props}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as Role)}
        >
          {Object.entries(roleLabels).map(([role, label]) => (
            <option key={role} value={role}>
              {t(label)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

function OrganizationField({
  value,
  onChange,
  errors,
  role,
}: {
  value: OrganizationChoice | null;
  onChange: (choice: OrganizationChoice | null) => void;
  errors: ApiError['details'];
  role: Role;
}) {
  const t = useT();
  return (
    <FormField
      label={t('accountOrganization')}
      errors={errors}
      hint={role === 'member' ? t('accountOrganizationMemberHint') : t('accountOrganizationHint')}
    >
      {(props) => <OrganizationPicker inputProps={props} value={value} onChange={onChange} />}
    </FormField>
  );
}

/** A form card named by its heading, so tests and screen readers can find it by name. */
function FormCard({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form className="card" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h2 id={headingId}>{title}</h2>
      {children}
    </form>
  );
}

/**
 * Invite a person by e-mail: the server makes the account without a password and mails a one-time link where
 * the invitee chooses one. Sending mail is confirmed first.
 */
function InviteForm() {
  const t = useT();
  const client = useQueryClient();
  const empty = {
    email: '',
    name: '',
    role: 'member' as Role,
    organization: null as OrganizationChoice | null,
  };
  const [form, setForm] = useState(empty);
  const invite = useMutation({
    mutationFn: () =>
      api.post<ResponseOf<'inviteUser'>>('/users/invitations', {
        email: form.email.trim(),
        role: form.role,
        ...(form.name.trim() ? { name: form.name.trim() } : {}),
        ...(form.organization ? { organizationId: form.organization.id } : {}),
      }),
    onSuccess: () => {
      setForm(empty);
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
  const error = errorsOf(invite.error);
  const at = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm(t('inviteConfirm', { email: form.email.trim() }))) return;
    invite.mutate();
  };
  return (
    <FormCard title={t('inviteTitle')} onSubmit={submit}>
      <p className="field-hint">{t('inviteIntro')}</p>
      <FormAlert error={invite.error} fields={['email', 'name', 'role', 'organizationId']} />
      {invite.isSuccess && (
        <Alert tone="success">{t('inviteSent', { email: invite.data.account.email })}</Alert>
      )}
      <div className="form-grid">
        <FormField label={t('email')} errors={at('email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('accountNameOptional')} errors={at('name')} hint={t('inviteNameHint')}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          )}
        </FormField>
        <RoleSelect value={form.role} onChange={(role) => setForm({ ...form, role })} errors={at('role')} />
        <OrganizationField
          value={form.organization}
          role={form.role}
          onChange={(organization) => setForm({ ...form, organization })}
          errors={at('organizationId')}
        />
      </div>
      <button type="submit" className="button" disabled={invite.isPending}>
        {t('inviteSubmit')}
      </button>
    </FormCard>
  );
}

/** For the first accounts, or where mail does not reach: the admin sets the password and tells it in person. */
function CreateAccountForm() {
  const t = useT();
  const client = useQueryClient();
  const empty = {
    email: '',
    name: '',
    role: 'member' as Role,
    organization: null as OrganizationChoice | null,
    password: '',
  };
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: () =>
      api.post<ResponseOf<'createUser'>>('/users', {
        email: form.email.trim(),
        name: form.name,
        role: form.role,
        password: form.password,
        ...(form.organization ? { organizationId: form.organization.id } : {}),
      }),
    onSuccess: () => {
      setForm(empty);
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
  const error = errorsOf(create.error);
  const at = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const input = (name: 'email' | 'name' | 'password', label: string, type = 'text', hint?: string) => (
    <FormField label={label} errors={at(name)} hint={hint}>
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
    <FormCard title={t('accountsCreate')} onSubmit={submit}>
      <p className="field-hint">{t('accountsCreateIntro')}</p>
      <FormAlert error={create.error} fields={['email', 'name', 'role', 'organizationId', 'password']} />
      {create.isSuccess && <Alert tone="success">{t('accountCreated')}</Alert>}
      <div className="form-grid">
        {input('email', t('email'), 'email')}
        {input('name', t('accountName'))}
        <RoleSelect value={form.role} onChange={(role) => setForm({ ...form, role })} errors={at('role')} />
        <OrganizationField
          value={form.organization}
          role={form.role}
          onChange={(organization) => setForm({ ...form, organization })}
          errors={at('organizationId')}
        />
        {input('password', t('password'), 'password', t('accountPasswordHint'))}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('accountsCreate')}
      </button>
    </FormCard>
  );
}

/** Edit one account's name, role and organisation; opened from its row, focused on open. */
function EditAccountForm({ account, self, onDone }: { account: User; self: boolean; onDone: () => void }) {
  const { t, pick } = useI18n();
  const client = useQueryClient();
  const [form, setForm] = useState({
    name: account.name,
    role: account.role,
    organization: account.organization as OrganizationChoice | null,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = useMutation({
    mutationFn: () =>
      api.patch<ResponseOf<'changeUser'>>(`/users/${account.id}`, {
        name: form.name,
        role: form.role,
        organizationId: form.organization?.id ?? null,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.users() });
      onDone();
    },
  });
  const error = errorsOf(save.error);
  const at = (f: string) => error?.detailsFor(`body.${f}`) ?? [];
  const headingId = useId();
  return (
    <form
      className="card"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('accountEditTitle', { name: account.name })}
      </h2>
      <p className="muted">
        {account.email}
        {account.organization && ` — ${pick(account.organization.name)}`}
      </p>
      <FormAlert error={save.error} fields={['name', 'role', 'organizationId']} />
      <div className="form-grid">
        <FormField label={t('accountName')} errors={at('name')}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          )}
        </FormField>
        <RoleSelect
          value={form.role}
          disabled={self}
          onChange={(role) => setForm({ ...form, role })}
          errors={at('role')}
        />
        <OrganizationField
          value={form.organization}
          role={form.role}
          onChange={(organization) => setForm({ ...form, organization })}
          errors={at('organizationId')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('accountSave')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('accountCancel')}
        </button>
      </div>
    </form>
  );
}

export function AccountsPage() {
  const t = useT();
  return (
    <AdminGate>
      <PageHeader title={t('accountsTitle')} intro={t('accountsIntro')} />
      <AccountList />
      <InviteForm />
      <CreateAccountForm />
    </AdminGate>
  );
}

function statusOf(u: User): MessageKey {
  if (u.disabled) return 'accountDisabled';
  return u.invited ? 'accountInvited' : 'accountActive';
}

function AccountList() {
  const { t, pick } = useI18n();
  const users = useQuery(adminQueries.users());
  const { user: me } = useSession();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: { disabled: boolean } }) =>
      api.patch<ResponseOf<'changeUser'>>(`/users/${id}`, body),
    onSuccess: () => {
      setNotice(t('accountChanged'));
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
  const mail = useMutation({
    mutationFn: (u: User) =>
      u.invited
        ? api.post<ResponseOf<'resendInvitation'>>(`/users/${u.id}/invitation`)
        : api.post<ResponseOf<'sendPasswordReset'>>(`/users/${u.id}/password-reset`),
    onSuccess: (_r, u) => setNotice(u.invited ? t('inviteResent') : t('accountResetSent')),
  });
  if (users.isPending) return <LoadingMessage />;
  if (users.isError) return <ErrorMessage error={users.error} />;
  const busy = change.isPending || mail.isPending;
  const failure = change.error ?? mail.error;
  const toggle = (u: User) => {
    const question = u.disabled ? 'accountEnableConfirm' : 'accountDisableConfirm';
    if (!window.confirm(t(question, { name: u.name }))) return;
    setNotice(null);
    change.mutate({ id: u.id, body: { disabled: !u.disabled } });
  };
  const sendMail = (u: User) => {
    const question = u.invited ? 'inviteResendConfirm' : 'accountResetConfirm';
    if (!window.confirm(t(question, { email: u.email }))) return;
    setNotice(null);
    mail.mutate(u);
  };
  const edited = users.data.items.find((u) => u.id === editing);
  return (
    <section aria-labelledby="accounts-list-heading">
      <h2 id="accounts-list-heading">
        {t('accountsList')} <span className="count">{t('accountsCount', { count: users.data.total })}</span>
      </h2>
      {failure && <Alert>{failure.message}</Alert>}
      {notice && !failure && <Alert tone="success">{notice}</Alert>}
      {edited && (
        <EditAccountForm
          key={edited.id}
          account={edited}
          self={edited.id === me?.id}
          onDone={() => {
            setEditing(null);
            setNotice(t('accountChanged'));
          }}
        />
      )}
      <div className="table-wrap">
        <table className="accounts-table">
          <thead>
            <tr>
              <th scope="col">{t('accountName')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('accountRole')}</th>
              <th scope="col">{t('accountOrganizationShort')}</th>
              <th scope="col">{t('accountStatus')}</th>
              <th scope="col">{t('accountActions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => {
              const self = u.id === me?.id;
              return (
                <tr key={u.id} data-account={u.email}>
                  <td data-label={t('accountName')}>{u.name}</td>
                  <td data-label={t('email')} className="account-email">
                    {u.email}
                  </td>
                  <td data-label={t('accountRole')}>{t(roleLabels[u.role])}</td>
                  <td data-label={t('accountOrganizationShort')}>
                    {u.organization ? pick(u.organization.name) : t('none')}
                  </td>
                  <td data-label={t('accountStatus')}>{t(statusOf(u))}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-label={`${t('accountEdit')}: ${u.name}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(u.id);
                      }}
                    >
                      {t('accountEdit')}
                    </button>{' '}
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
                      disabled={busy || u.disabled}
                      onClick={() => sendMail(u)}
                    >
                      {u.invited ? t('inviteResend') : t('accountSendReset')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
