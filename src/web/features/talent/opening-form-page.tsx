import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { prefectures } from '../../../core/directory/places.ts';
import { trainingLevels } from '../../../core/talent/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type OpeningInput, useCreateOpening } from './placement-api.ts';
import { useOwnOrganization, useSkills } from './talent-api.ts';
import { errorsAt, LevelBadge } from './talent-parts.tsx';

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
};

const text = (ja: string, en: string) => ({ ...(ja.trim() ? { ja } : {}), ...(en.trim() ? { en } : {}) });
// A number the server checks; anything else goes as typed so the server names the field.
const coordinate = (s: string) => (s.trim() === '' ? null : Number.isNaN(Number(s)) ? s : Number(s));

function toInput(f: Form, organization: string): OpeningInput {
  return {
    organization,
    title: text(f.titleJa, f.titleEn),
    description: text(f.descriptionJa, f.descriptionEn),
    level: Number(f.level),
    skills: f.skills,
    prefecture: f.prefecture,
    municipality: f.municipality,
    lat: coordinate(f.lat) as number | null,
    lng: coordinate(f.lng) as number | null,
    startOn: f.startOn,
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
      <OpeningForm admin={user.role === 'admin'} organizationId={user.organizationId} />
    </>
  );
}

function OpeningForm({ admin, organizationId }: { admin: boolean; organizationId: string | null }) {
  const { t, pick, lang } = useI18n();
  const own = useOwnOrganization(admin ? null : organizationId);
  const skills = useSkills();
  const [picked, setPicked] = useState<OrganizationChoice | null>(null);
  const [form, setForm] = useState<Form>(empty);
  const [, navigate] = useLocation();
  const create = useCreateOpening();
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const company = admin ? picked : own.data ? { key: own.data.key, name: own.data.name } : null;
  const err = (path: string) => errorsAt(create.error, path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!company) return;
    create.mutate(toInput(form, company.key), { onSuccess: (o) => navigate(`/talent/openings/${o.id}`) });
  };
  const unplaced =
    create.error instanceof ApiError
      ? create.error.details.filter(
          (d) =>
            !/^body\.(organization|title|description|level|skills|prefecture|municipality|lat|lng|startOn)/.test(
              d.path,
            ),
        )
      : [];
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
        {(props) =>
          admin ? (
            <OrganizationPicker value={picked} onChange={setPicked} inputProps={props} />
          ) : (
            <input {...props} readOnly value={company ? pick(company.name) : ''} />
          )
        }
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
      <FieldErrors errors={unplaced} showPath />
      <button type="submit" className="button" disabled={create.isPending || !company}>
        {t('openingSave')}
      </button>
    </form>
  );
}
