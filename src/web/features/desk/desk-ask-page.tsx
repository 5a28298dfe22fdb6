import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type Topics, useOpenConsultation, useSubmitPublic, useTopics } from './desk-api.ts';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/**
 * The consultation form: anyone, without an account, in Japanese or English; a signed-in member's goes to
 * its organisation (and it follows the answer in the app). Narrow screens get one column.
 */
export function DeskAskPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const topics = useTopics();
  const asMember = user?.role === 'member';
  // A coordinator records one taken by phone, at a visit or by e-mail, through the staff route.
  const asStaff = user?.role === 'admin';
  const anonymous = useSubmitPublic();
  const own = useOpenConsultation();
  const send = asMember || asStaff ? own : anonymous;
  const [fields, setFields] = useState({
    companyName: '',
    contactName: '',
    email: '',
    phone: '',
    topic: 'technology',
    message: '',
    language: lang,
    website: '',
    channel: 'phone',
  });
  const set = (name: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const base = {
      companyName: fields.companyName,
      contactName: fields.contactName,
      ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
      ...(fields.phone.trim() ? { phone: fields.phone.trim() } : {}),
      topic: fields.topic as 'technology',
      message: fields.message,
      language: fields.language as 'ja' | 'en',
    };
    if (asMember) own.mutate(base);
    else if (asStaff) own.mutate({ ...base, channel: fields.channel as 'phone' });
    else anonymous.mutate({ ...base, ...(fields.website ? { website: fields.website } : {}) });
  }

  if (send.isSuccess)
    return (
      <>
        <PageHeader title={t('deskAskTitle')} />
        <Alert tone="success">
          <p>{t('deskSent')}</p>
          {(asMember || asStaff) && own.data ? (
            <Link href={`/desk/consultations/${own.data.id}`}>{t('deskQueueTitle')}</Link>
          ) : (
            <button type="button" className="button-secondary" onClick={() => send.reset()}>
              {t('deskAskAnother')}
            </button>
          )}
        </Alert>
      </>
    );

  const error = send.error;
  return (
    <>
      <PageHeader title={t('deskAskTitle')} intro={t('deskAskIntro')} />
      {asMember && <Alert tone="info">{t('deskAskMemberNote')}</Alert>}
      <form className="desk-form" onSubmit={onSubmit} noValidate>
        <Text
          label={t('deskCompanyName')}
          value={fields.companyName}
          onChange={set('companyName')}
          errors={errorsAt(error, 'companyName')}
          autoComplete="organization"
        />
        <Text
          label={t('deskContactName')}
          value={fields.contactName}
          onChange={set('contactName')}
          errors={errorsAt(error, 'contactName')}
          autoComplete="name"
        />
        <Text
          label={t('deskEmail')}
          type="email"
          value={fields.email}
          onChange={set('email')}
          errors={errorsAt(error, 'email')}
          autoComplete="email"
          hint={t('deskContactHint')}
        />
        <Text
          label={t('deskPhone')}
          type="tel"
          value={fields.phone}
          onChange={set('phone')}
          errors={errorsAt(error, 'phone')}
          autoComplete="tel"
        />
        <FormField label={t('deskTopic')} errors={errorsAt(error, 'topic')}>
          {(p) => (
            <select {...p} value={fields.topic} onChange={(e) => set('topic')(e.target.value)}>
              <TopicOptions topics={topics.data} />
            </select>
          )}
        </FormField>
        <FormField label={t('deskMessage')} errors={errorsAt(error, 'message')}>
          {(p) => (
            <textarea
              {...p}
              rows={6}
              value={fields.message}
              onChange={(e) => set('message')(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('deskLanguage')} errors={errorsAt(error, 'language')}>
          {(p) => (
            <select {...p} value={fields.language} onChange={(e) => set('language')(e.target.value)}>
              <option value="ja">{t('deskLangJa')}</option>
              <option value="en">{t('deskLangEn')}</option>
            </select>
          )}
        </FormField>
        {asStaff && (
          <FormField label={t('deskChannel')} errors={errorsAt(error, 'channel')}>
            {(p) => (
              <select {...p} value={fields.channel} onChange={(e) => set('channel')(e.target.value)}>
                {(['phone', 'visit', 'email'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`deskChannel_${c}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {/* The honeypot: off screen and out of the tab order, so only a bot fills it in. */}
        {!asMember && !asStaff && (
          <div className="desk-trap" aria-hidden="true">
            <label>
              {t('deskTrap')}
              <input
                tabIndex={-1}
                autoComplete="off"
                value={fields.website}
                onChange={(e) => set('website')(e.target.value)}
                name="website"
              />
            </label>
          </div>
        )}
        {error && !(error instanceof ApiError && error.details.length) && <ErrorMessage error={error} />}
        <button type="submit" disabled={send.isPending}>
          {t('deskSend')}
        </button>
      </form>
    </>
  );
}

export function TopicOptions({ topics }: { topics: Topics | undefined }) {
  const { pick } = useI18n();
  return (
    <>
      {(topics?.items ?? []).map((topic) => (
        <option key={topic.code} value={topic.code}>
          {pick(topic.label)}
        </option>
      ))}
    </>
  );
}

function Text({
  label,
  value,
  onChange,
  errors,
  type = 'text',
  hint,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: ReturnType<typeof errorsAt>;
  type?: string;
  hint?: string;
  autoComplete?: string;
}) {
  return (
    <FormField label={label} errors={errors} hint={hint}>
      {(p) => (
        <input
          {...p}
          type={type}
          value={value}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
