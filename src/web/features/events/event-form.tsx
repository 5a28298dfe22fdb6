import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { eventAudiences, eventKinds } from '../../../core/events/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { organizationQueries } from '../../lib/organizations.ts';
import { useSession } from '../../lib/session.ts';
import { fromJstInput, toJstInput } from './event-time.ts';
import { type ClubEvent, useEvent, useSaveEvent } from './events-api.ts';
import { EventsError } from './events-error.tsx';

type Draft = Record<(typeof textFields)[number] | 'kind' | 'audience', string>;
const textFields = [
  'key',
  'titleJa',
  'titleEn',
  'descriptionJa',
  'descriptionEn',
  'agendaJa',
  'agendaEn',
  'placeJa',
  'placeEn',
  'lat',
  'lng',
  'onlineUrl',
  'organizer',
  'startsAt',
  'endsAt',
  'capacity',
  'cancelCutoffHours',
  'invitedOrganizations',
  'invitedAccounts',
  'feeJa',
  'feeEn',
  'safetyJa',
  'safetyEn',
] as const;

const empty: Draft = {
  ...(Object.fromEntries(textFields.map((f) => [f, ''])) as Draft),
  kind: 'lunch-meeting',
  audience: 'public',
  capacity: '30',
  cancelCutoffHours: '24',
};

function draftOf(e: ClubEvent): Draft {
  return {
    key: e.key,
    kind: e.kind,
    audience: e.audience,
    titleJa: e.title.ja ?? '',
    titleEn: e.title.en ?? '',
    descriptionJa: e.description.ja ?? '',
    descriptionEn: e.description.en ?? '',
    agendaJa: e.agenda.ja ?? '',
    agendaEn: e.agenda.en ?? '',
    placeJa: e.place.ja ?? '',
    placeEn: e.place.en ?? '',
    lat: e.lat === null ? '' : String(e.lat),
    lng: e.lng === null ? '' : String(e.lng),
    onlineUrl: e.onlineUrl ?? '',
    organizer: e.organizer.key,
    startsAt: toJstInput(e.startsAt),
    endsAt: toJstInput(e.endsAt),
    capacity: String(e.capacity),
    cancelCutoffHours: String(e.cancelCutoffHours),
    invitedOrganizations: e.invitedOrganizations.join(', '),
    invitedAccounts: e.invitedAccounts.join(', '),
    feeJa: e.fee.ja ?? '',
    feeEn: e.fee.en ?? '',
    safetyJa: e.safetyRules.ja ?? '',
    safetyEn: e.safetyRules.en ?? '',
  };
}

const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const num = (s: string) => (s.trim() === '' ? null : Number(s));

function bodyOf(d: Draft) {
  return {
    kind: d.kind as (typeof eventKinds)[number],
    audience: d.audience as (typeof eventAudiences)[number],
    title: text(d.titleJa, d.titleEn),
    description: text(d.descriptionJa, d.descriptionEn),
    agenda: text(d.agendaJa, d.agendaEn),
    place: text(d.placeJa, d.placeEn),
    lat: num(d.lat),
    lng: num(d.lng),
    onlineUrl: d.onlineUrl.trim() || null,
    organizer: d.organizer.trim(),
    startsAt: fromJstInput(d.startsAt),
    endsAt: fromJstInput(d.endsAt),
    capacity: Number(d.capacity),
    cancelCutoffHours: Number(d.cancelCutoffHours),
    invitedOrganizations: list(d.invitedOrganizations),
    invitedAccounts: list(d.invitedAccounts),
    fee: text(d.feeJa, d.feeEn),
    safetyRules: text(d.safetyJa, d.safetyEn),
  };
}

export function EventCreatePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const mayCreate = user?.role === 'admin' || (user?.role === 'member' && !!user.organizationId);
  const own = useQuery({
    ...organizationQueries.detail(user?.organizationId ?? ''),
    enabled: mayCreate && !!user?.organizationId,
  });
  if (isLoading) return <LoadingMessage />;
  if (!mayCreate)
    return (
      <AccessNotice
        title={t('eventsFormNew')}
        signedIn={!!user}
        message={user ? t('eventsNeedOrganization') : undefined}
      />
    );
  if (user?.organizationId && own.isPending) return <LoadingMessage />;
  return <EventForm initial={{ ...empty, organizer: own.data?.key ?? '' }} />;
}

export function EventEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const event = useEvent(id);
  if (event.isPending) return <LoadingMessage />;
  if (event.isError) return <EventsError error={event.error} />;
  if (!event.data.canManage)
    return (
      <AccessNotice
        title={t('eventsFormEdit')}
        signedIn={!!user}
        message={user ? t('eventsNotOrganizer') : undefined}
      />
    );
  return <EventForm initial={draftOf(event.data)} existing={event.data} />;
}

function EventForm({ initial, existing }: { initial: Draft; existing?: ClubEvent }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(initial);
  useEffect(() => setDraft(initial), [initial]);
  const save = useSaveEvent(existing);
  const error = save.error instanceof ApiError ? save.error : null;
  const errorsAt = (path: string) => error?.detailsFor(`body.${path}`) ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = bodyOf(draft);
    save.mutate(existing ? body : { ...body, key: draft.key.trim() }, {
      onSuccess: (saved) => navigate(`/events/${saved.id}`),
    });
  };
  const field = (name: (typeof textFields)[number], label: MessageKey, path: string, type = 'text') => (
    <FormField label={t(label)} errors={errorsAt(path)}>
      {(props) =>
        name.startsWith('description') || name.startsWith('agenda') ? (
          <textarea
            {...props}
            rows={4}
            value={draft[name]}
            onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
          />
        ) : (
          <input
            {...props}
            name={name}
            type={type}
            step={type === 'number' ? 'any' : undefined}
            value={draft[name]}
            onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
          />
        )
      }
    </FormField>
  );
  return (
    <>
      <PageHeader title={t(existing ? 'eventsFormEdit' : 'eventsFormNew')} />
      <form className="card event-form" onSubmit={onSubmit} noValidate>
        {!existing && field('key', 'eventsFormKey', 'key')}
        <FormField label={t('eventsKindFilter')} errors={errorsAt('kind')}>
          {(props) => (
            <select
              {...props}
              value={draft.kind}
              onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}
            >
              {eventKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`eventsKind_${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {field('titleJa', 'eventsFormTitleJa', 'title.ja')}
        {field('titleEn', 'eventsFormTitleEn', 'title.en')}
        <FieldErrors errors={errorsAt('title').filter((x) => x.path === 'body.title')} />
        {field('descriptionJa', 'eventsFormDescriptionJa', 'description.ja')}
        {field('descriptionEn', 'eventsFormDescriptionEn', 'description.en')}
        {field('agendaJa', 'eventsFormAgendaJa', 'agenda.ja')}
        {field('agendaEn', 'eventsFormAgendaEn', 'agenda.en')}
        {field('startsAt', 'eventsFormStarts', 'startsAt', 'datetime-local')}
        {field('endsAt', 'eventsFormEnds', 'endsAt', 'datetime-local')}
        {field('placeJa', 'eventsFormPlaceJa', 'place.ja')}
        {field('placeEn', 'eventsFormPlaceEn', 'place.en')}
        {field('lat', 'eventsFormLat', 'lat', 'number')}
        {field('lng', 'eventsFormLng', 'lng', 'number')}
        {field('onlineUrl', 'eventsFormOnlineUrl', 'onlineUrl', 'url')}
        {field('organizer', 'eventsFormOrganizer', 'organizer')}
        {field('capacity', 'eventsFormCapacity', 'capacity', 'number')}
        {field('cancelCutoffHours', 'eventsFormCutoff', 'cancelCutoffHours', 'number')}
        <FormField label={t('eventsAudience')} errors={errorsAt('audience')}>
          {(props) => (
            <select
              {...props}
              value={draft.audience}
              onChange={(e) => setDraft((d) => ({ ...d, audience: e.target.value }))}
            >
              {eventAudiences.map((a) => (
                <option key={a} value={a}>
                  {t(`eventsAudience_${a}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.audience === 'invited' && (
          <>
            {field('invitedOrganizations', 'eventsFormInvitedOrgs', 'invitedOrganizations')}
            {field('invitedAccounts', 'eventsFormInvitedAccounts', 'invitedAccounts')}
          </>
        )}
        {field('feeJa', 'eventsFormFeeJa', 'fee.ja')}
        {field('feeEn', 'eventsFormFeeEn', 'fee.en')}
        {draft.kind === 'open-factory' && (
          <>
            {field('safetyJa', 'eventsFormSafetyJa', 'safetyRules.ja')}
            {field('safetyEn', 'eventsFormSafetyEn', 'safetyRules.en')}
          </>
        )}
        {save.isError && <ErrorMessage error={save.error} />}
        <div className="actions">
          <button className="button" type="submit" disabled={save.isPending}>
            {t('eventsFormSave')}
          </button>
        </div>
      </form>
    </>
  );
}
