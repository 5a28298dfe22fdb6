import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { canEditOrganization, useSession } from '../../lib/session.ts';
import { type ContactInput, useContacts, useDeleteContact, useSaveContact } from './directory-api.ts';

type Contact = ResponseOf<'listOrganizationContacts'>['items'][number];

const today = () => new Date().toISOString().slice(0, 10);

/** Add or change one contact person, with the consent they gave (the server records who recorded it). */
function ContactForm({
  organizationId,
  contact,
  onDone,
}: {
  organizationId: string;
  contact: Contact | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveContact(organizationId, contact?.id ?? null);
  const [form, setForm] = useState({
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    consentAt: contact?.consent.at ?? today(),
    consentPurpose: contact?.consent.purpose ?? '',
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const at = (path: string) => error?.detailsFor(`body.${path}`) ?? [];
  // An empty optional field is absent on a new contact and cleared (null) on an edited one.
  const optional = (v: string) => (v.trim() ? v.trim() : contact ? null : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      name: form.name,
      title: optional(form.title),
      email: optional(form.email),
      phone: optional(form.phone),
      consent: { at: form.consentAt, purpose: form.consentPurpose },
    } as ContactInput;
    save.mutate(body, { onSuccess: onDone });
  };
  const text = (name: 'name' | 'title' | 'email' | 'phone', label: string, type = 'text', auto = 'off') => (
    <FormField label={label} errors={at(name)}>
      {(props) => (
        <input
          {...props}
          type={type}
          autoComplete={auto}
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <form
      className="card"
      onSubmit={submit}
      noValidate
      aria-label={contact ? `${t('contactEdit')}: ${contact.name}` : t('contactsAdd')}
    >
      {save.error && <Alert>{save.error.message}</Alert>}
      <div className="form-grid">
        {text('name', t('contactName'))}
        {text('title', t('contactTitle'))}
        {text('email', t('contactEmail'), 'email')}
        {text('phone', t('contactPhone'), 'tel')}
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('contactConsent')}</legend>
        <p className="field-hint">{t('contactConsentHint')}</p>
        <FormField label={t('contactConsentAt')} errors={[...at('consent.at'), ...at('consent')]}>
          {(props) => (
            <input
              {...props}
              type="date"
              max={today()}
              value={form.consentAt}
              onChange={(e) => setForm({ ...form, consentAt: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('contactConsentPurpose')} errors={at('consent.purpose')}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={form.consentPurpose}
              onChange={(e) => setForm({ ...form, consentPurpose: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function ContactCard({
  contact,
  editable,
  onEdit,
  onRemove,
}: {
  contact: Contact;
  editable: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <li className="contact-card" data-contact={contact.id}>
      <strong>{contact.name}</strong>
      {contact.title && <span className="muted"> {contact.title}</span>}
      <br />
      {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      {contact.email && contact.phone && ' · '}
      {contact.phone && <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>}
      <p className="field-hint">
        {t('contactConsentLine', {
          at: contact.consent.at,
          purpose: contact.consent.purpose,
          by: contact.consent.recordedBy ?? t('none'),
        })}
      </p>
      {editable && (
        <div className="form-actions">
          <button type="button" className="button button-small button-secondary" onClick={onEdit}>
            {t('contactEdit')}
          </button>{' '}
          <button type="button" className="button button-small button-danger" onClick={onRemove}>
            {t('contactRemove')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The organisation's contact persons: personal data, so only signed-in users see them (a visitor is told to
 * sign in and the page never asks the API); the organisation's own members and the coordinators edit them.
 */
export function OrganizationContacts({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const contacts = useContacts(organizationId, user !== null);
  const remove = useDeleteContact(organizationId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const editable = canEditOrganization(user, { id: organizationId });
  const body = () => {
    if (!user)
      return (
        <p className="muted">
          {t('contactsSignIn')} <Link href="/login">{t('signIn')}</Link>
        </p>
      );
    if (contacts.isPending) return <LoadingMessage />;
    if (contacts.isError) return <ErrorMessage error={contacts.error} />;
    const items = contacts.data.items;
    return (
      <>
        {remove.error && <Alert>{remove.error.message}</Alert>}
        {items.length === 0 && editing !== 'new' && <p className="muted">{t('contactsNone')}</p>}
        <ul className="contact-list">
          {items.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContactForm organizationId={organizationId} contact={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <ContactCard
                key={c.id}
                contact={c}
                editable={editable}
                onEdit={() => setEditing(c.id)}
                onRemove={() => {
                  if (window.confirm(t('contactRemoveConfirm', { name: c.name }))) remove.mutate(c.id);
                }}
              />
            ),
          )}
        </ul>
        {editable &&
          (editing === 'new' ? (
            <ContactForm organizationId={organizationId} contact={null} onDone={() => setEditing(null)} />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setEditing('new')}>
              {t('contactsAdd')}
            </button>
          ))}
      </>
    );
  };
  return (
    <section aria-labelledby="contacts-heading" className="contacts">
      <h2 id="contacts-heading">{t('contactsTitle')}</h2>
      {body()}
    </section>
  );
}
