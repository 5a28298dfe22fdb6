import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { prefectures } from '../../../core/directory/places.ts';
import { trainingLevels } from '../../../core/talent/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { isStaleEdit } from '../../lib/api-client.ts';
import { bilingualText, errorsAt, numberOrText, unplacedErrors, useFormState } from '../../lib/form-state.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Opening,
  type OpeningInput,
  useCreateOpening,
  useOpening,
  usePatchOpening,
} from './placement-api.ts';
import { useOwnOrganization, useSkills } from './talent-api.ts';
import { LevelBadge } from './talent-parts.tsx';

type Form = {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  level: string;
  skills: string[];
  prefecture: string;
  municipality: string;
  lat: string;
  lng: string;
  startOn: string;
  status: Opening['status'];
};

const empty: Form = {
  titleJa: '',
  titleEn: '',
  descriptionJa: '',
  descriptionEn: '',
  level: '3',
  skills: [],
  prefecture: '青森県',
  municipality: '',
  lat: '',
  lng: '',
  startOn: '',
  status: 'open',
};

/** The form filled from a saved opening, for editing. */
function fromOpening(o: Opening): Form {
  return {
    titleJa: o.title.ja ?? '',
    titleEn: o.title.en ?? '',
    descriptionJa: o.description.ja ?? '',
    descriptionEn: o.description.en ?? '',
    level: String(o.level),
    skills: o.skills.map((s) => s.code),
    prefecture: o.prefecture,
    municipality: o.municipality,
    lat: o.lat === null ? '' : String(o.lat),
    lng: o.lng === null ? '' : String(o.lng),
    startOn: o.startOn,
    status: o.status,
  };
}

// Empty is no point; a number the server checks; anything else goes as typed so the server names the field.
const coordinate = (s: string) => (s.trim() === '' ? null : numberOrText(s));

function toInput(f: Form, organization: string): OpeningInput {
  return {
    organization,
    title: bilingualText(f.titleJa, f.titleEn),
    description: bilingualText(f.descriptionJa, f.descriptionEn),
    level: Number(f.level),
    skills: f.skills,
    prefecture: f.prefecture,
    municipality: f.municipality,
    lat: coordinate(f.lat) as number | null,
    lng: coordinate(f.lng) as number | null,
    startOn: f.startOn,
    status: f.status,
  };
}

/** A member company's member (or an admin, for any company) posts an opening. */
export function OpeningFormPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin' && !(user?.role === 'member' && user.organizationId))
    return (
      <AccessNotice
        title={t('openingFormTitle')}
        signedIn={user !== null}
        message={user ? t('openingFormCompanyOnly') : undefined}
      />
    );
  return (
    <>
      <PageHeader
        title={t('openingFormTitle')}
        intro={t('openingFormIntro')}
        actions={<Link href="/talent/openings">{t('openingsBack')}</Link>}
      />
      <CreateForm admin={user.role === 'admin'} organizationId={user.organizationId} />
    </>
  );
}

/** The hiring company's members (or an admin) edit an opening; the save carries the version it was based on. */
export function OpeningEditPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const opening = useOpening(id);
  if (opening.isPending) return <LoadingMessage />;
  if (opening.isError)
    return (
      <>
        <PageHeader title={t('openingEditTitle')} />
        <ErrorMessage error={opening.error} />
      </>
    );
  const o = opening.data;
  if (!o.canEdit)
    return (
      <AccessNotice
        title={t('openingEditTitle')}
        signedIn={user !== null}
        message={user ? t('openingFormCompanyOnly') : undefined}
      />
    );
  return (
    <>
      <PageHeader
        title={`${t('openingEditTitle')}: ${pick(o.title)}`}
        actions={<Link href={`/talent/openings/${o.id}`}>{pick(o.title)}</Link>}
      />
      <EditForm key={o.version} opening={o} onReload={() => opening.refetch()} />
    </>
  );
}

function CreateForm({ admin, organizationId }: { admin: boolean; organizationId: string | null }) {
  const { pick } = useI18n();
  const own = useOwnOrganization(admin ? null : organizationId);
  const [picked, setPicked] = useState<OrganizationChoice | null>(null);
  const [, navigate] = useLocation();
  const create = useCreateOpening();
  const company = admin ? picked : own.data ? { key: own.data.key, name: own.data.name } : null;
  return (
    <OpeningForm
      initial={empty}
      error={create.error}
      pending={create.isPending || !company}
      companyField={(props) =>
        admin ? (
          <OrganizationPicker value={picked} onChange={setPicked} inputProps={props} />
        ) : (
          <input {...props} readOnly value={company ? pick(company.name) : ''} />
        )
      }
      onSubmit={(form) => {
        if (!company) return;
        create.mutate(toInput(form, company.key), { onSuccess: (o) => navigate(`/talent/openings/${o.id}`) });
      }}
    />
  );
}

function EditForm({ opening: o, onReload }: { opening: Opening; onReload: () => void }) {
  const { pick } = useI18n();
  const [, navigate] = useLocation();
  const save = usePatchOpening(o.id, o.version);
  return (
    <OpeningForm
      initial={fromOpening(o)}
      error={save.error}
      pending={save.isPending}
      editing
      companyField={(props) => <input {...props} readOnly value={pick(o.organization.name)} />}
      onSubmit={(form) => {
        const { organization: _organization, ...patch } = toInput(form, o.organization.key);
        save.mutate(patch, { onSuccess: () => navigate(`/talent/openings/${o.id}`) });
      }}
      stale={isStaleEdit(save.error) && <StaleEditMessage onReload={onReload} />}
    />
  );
}

const openingFields = [
  'organization',
  'title',
  'description',
  'level',
  'skills',
  'prefecture',
  'municipality',
  'lat',
  'lng',
  'startOn',
  'status',
] as const;

type FieldProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** One form for posting and editing an opening: the fields, their errors from the last save, and submit. */
function OpeningForm({
  initial,
  error,
  pending,
  editing = false,
  companyField,
  onSubmit,
  stale,
}: {
  initial: Form;
  error: unknown;
  pending: boolean;
  editing?: boolean;
  companyField: (props: FieldProps) => ReactNode;
  onSubmit: (form: Form) => void;
  stale?: ReactNode;
}) {
  const { t, pick, lang } = useI18n();
  const skills = useSkills();
  const { form, set } = useFormState<Form>(initial);
  const err = (path: string) => errorsAt(error, path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(form);
  };
  const unplaced = unplacedErrors(error, openingFields);
  const input = (key: keyof Form, label: string, path: string, type = 'text') => (
    <FormField label={label} errors={err(path)}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={form[key] as string}
          onChange={(e) => set(key, e.target.value as never)}
        />
      )}
    </FormField>
  );
  return (
    <form className="talent-form" onSubmit={submit} noValidate>
      <FormField label={t('openingCompany')} errors={err('body.organization')}>
        {companyField}
      </FormField>
      {input('titleJa', t('talentTitleJa'), 'body.title')}
      {input('titleEn', t('talentTitleEn'), 'body.title.en')}
      {input('descriptionJa', t('talentDescriptionJa'), 'body.description')}
      {input('descriptionEn', t('talentDescriptionEn'), 'body.description.en')}
      <FormField label={t('talentFilterLevel')} errors={err('body.level')}>
        {(props) => (
          <select {...props} value={form.level} onChange={(e) => set('level', e.target.value)}>
            {trainingLevels.map((l) => (
              <option key={l} value={l}>
                {t('talentLevel', { level: l })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <p>
        <LevelBadge level={Number(form.level)} />
      </p>
      <fieldset className="talent-skills">
        <legend>{t('talentSkills')}</legend>
        {skills.data?.items.map((s) => (
          <label key={s.code}>
            <input
              type="checkbox"
              checked={form.skills.includes(s.code)}
              onChange={(e) =>
                set(
                  'skills',
                  e.target.checked ? [...form.skills, s.code] : form.skills.filter((c) => c !== s.code),
                )
              }
            />{' '}
            {pick(s.label)}
          </label>
        ))}
        <FieldErrors errors={err('body.skills')} />
      </fieldset>
      <FormField label={t('openingPrefecture')} errors={err('body.prefecture')}>
        {(props) => (
          <select {...props} value={form.prefecture} onChange={(e) => set('prefecture', e.target.value)}>
            {prefectures.map((p) => (
              <option key={p.code} value={p.ja}>
                {lang === 'ja' ? p.ja : p.en}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {input('municipality', t('openingMunicipality'), 'body.municipality')}
      {input('lat', t('openingLat'), 'body.lat')}
      {input('lng', t('openingLng'), 'body.lng')}
      {input('startOn', t('openingStart'), 'body.startOn', 'date')}
      {editing && (
        <FormField label={t('openingStatus')} errors={err('body.status')}>
          {(props) => (
            <select
              {...props}
              value={form.status}
              onChange={(e) => set('status', e.target.value as Form['status'])}
            >
              <option value="open">{t('openingStatus_open')}</option>
              <option value="closed">{t('openingStatus_closed')}</option>
            </select>
          )}
        </FormField>
      )}
      <FieldErrors errors={unplaced} showPath />
      {stale}
      <button type="submit" className="button" disabled={pending}>
        {editing ? t('talentSaveChanges') : t('openingSave')}
      </button>
    </form>
  );
}
