import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api, isStaleEdit } from '../../lib/api-client.ts';
import type { Organization } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useSites } from '../../lib/sites.ts';
import { EquipmentEditor } from './equipment-form.tsx';
import { type Facility, useFacility } from './incubation-api.ts';
import {
  bilingualText,
  canAddFacility,
  canEditFacility,
  changedFields,
  errorsAt,
  type FacilityBody,
  suggestKey,
  useCreateFacility,
  useDeleteFacility,
  useUpdateFacility,
} from './incubation-forms-api.ts';
import './incubation-forms-messages.ts';
import { StaleNotice } from './stale-notice.tsx';
import { UnitEditor } from './unit-form.tsx';

type Draft = {
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  site: string;
  maxTermMonths: string;
  published: boolean;
};

const draftFrom = (f: Facility): Draft => ({
  key: f.key,
  nameJa: f.name.ja ?? '',
  nameEn: f.name.en ?? '',
  descriptionJa: f.description.ja ?? '',
  descriptionEn: f.description.en ?? '',
  site: f.site?.key ?? '',
  maxTermMonths: String(f.maxTermMonths),
  published: f.published,
});

const emptyDraft = (): Draft => ({
  key: suggestKey('facility'),
  nameJa: '',
  nameEn: '',
  descriptionJa: '',
  descriptionEn: '',
  site: '',
  maxTermMonths: '60',
  published: true,
});

/** The fields both create and edit send; the site is `null` (cleared) when none is chosen. */
const bodyFrom = (d: Draft) => ({
  key: d.key.trim(),
  name: bilingualText(d.nameJa, d.nameEn),
  description: bilingualText(d.descriptionJa, d.descriptionEn),
  site: d.site || null,
  maxTermMonths: d.maxTermMonths.trim() === '' ? Number.NaN : Number(d.maxTermMonths),
  published: d.published,
});

/** The facility's own fields: key, bilingual name and description, site, longest lease, published. */
function FacilityFields({
  draft,
  setDraft,
  error,
}: {
  draft: Draft;
  setDraft: (d: Draft) => void;
  error: unknown;
}) {
  const { t, pick } = useI18n();
  const sites = useSites();
  const set = (k: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  return (
    <>
      <FormField
        label={t('incubationFormsKey')}
        hint={t('incubationFormsKeyHint')}
        errors={errorsAt(error, 'key')}
      >
        {(p) => <input {...p} name="key" value={draft.key} onChange={set('key')} required />}
      </FormField>
      <FormField label={t('incubationFormsNameJa')} errors={errorsAt(error, 'name')}>
        {(p) => <input {...p} name="nameJa" lang="ja" value={draft.nameJa} onChange={set('nameJa')} />}
      </FormField>
      <FormField label={t('incubationFormsNameEn')} errors={[]}>
        {(p) => <input {...p} name="nameEn" lang="en" value={draft.nameEn} onChange={set('nameEn')} />}
      </FormField>
      <FormField label={t('incubationFormsDescriptionJa')} errors={errorsAt(error, 'description.ja')}>
        {(p) => (
          <textarea
            {...p}
            name="descriptionJa"
            lang="ja"
            rows={3}
            value={draft.descriptionJa}
            onChange={set('descriptionJa')}
          />
        )}
      </FormField>
      <FormField label={t('incubationFormsDescriptionEn')} errors={errorsAt(error, 'description.en')}>
        {(p) => (
          <textarea
            {...p}
            name="descriptionEn"
            lang="en"
            rows={3}
            value={draft.descriptionEn}
            onChange={set('descriptionEn')}
          />
        )}
      </FormField>
      <FormField label={t('incubationFormsSite')} errors={errorsAt(error, 'site')}>
        {(p) => (
          <select {...p} name="site" value={draft.site} onChange={set('site')}>
            <option value="">{t('incubationFormsNoSite')}</option>
            {(sites.data?.items ?? []).map((s) => (
              <option key={s.key} value={s.key}>
                {pick(s.name)}
              </option>
            ))}
            {/* A site the list has not loaded (or no longer has) still shows as chosen. */}
            {draft.site && !sites.data?.items.some((s) => s.key === draft.site) && (
              <option value={draft.site}>{draft.site}</option>
            )}
          </select>
        )}
      </FormField>
      <FormField label={t('incubationFormsMaxTerm')} errors={errorsAt(error, 'maxTermMonths')}>
        {(p) => (
          <input
            {...p}
            name="maxTermMonths"
            type="number"
            inputMode="numeric"
            value={draft.maxTermMonths}
            onChange={set('maxTermMonths')}
          />
        )}
      </FormField>
      <label className="checkbox">
        <input
          type="checkbox"
          name="published"
          checked={draft.published}
          onChange={(e) => setDraft({ ...draft, published: e.target.checked })}
        />
        {t('incubationFormsPublished')}
      </label>
    </>
  );
}

/** An error the fields do not show (no details, or details at no field here). */
function FormError({ error }: { error: unknown }) {
  if (!error || isStaleEdit(error)) return null;
  if (error instanceof ApiError && error.details.some((d) => d.path.startsWith('body.'))) return null;
  return <ErrorMessage error={error} />;
}

/** The member's own organisation (its key is what the create body names). */
function useOwnOrganization(id: string | null) {
  return useQuery({
    queryKey: ['incubation', 'own-organization', id],
    queryFn: () => api.get<Organization>(`/organizations/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}

/** /incubation/new: an admin adds a facility for any organisation, a member for its own. */
export function FacilityCreatePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!canAddFacility(user)) {
    return (
      <AccessNotice
        title={t('incubationFormsNewFacility')}
        signedIn={!!user}
        message={user ? t('incubationFormsNoOrganization') : undefined}
      />
    );
  }
  return <FacilityCreateForm admin={user!.role === 'admin'} organizationId={user!.organizationId} />;
}

function FacilityCreateForm({ admin, organizationId }: { admin: boolean; organizationId: string | null }) {
  const { t, pick } = useI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(emptyDraft);
  const [organization, setOrganization] = useState<OrganizationChoice | null>(null);
  const [missingOrganization, setMissingOrganization] = useState(false);
  const own = useOwnOrganization(admin ? null : organizationId);
  const create = useCreateFacility();
  const owner = admin ? organization : own.data ? { key: own.data.key, name: own.data.name } : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!owner) {
      setMissingOrganization(true);
      return;
    }
    const { site, ...rest } = bodyFrom(draft);
    const body: FacilityBody = { ...rest, organization: owner.key, ...(site ? { site } : {}) };
    create.mutate(body, { onSuccess: (f) => navigate(`/incubation/${f.id}/edit`) });
  };
  const organizationErrors = [
    ...(missingOrganization && !owner
      ? [{ path: 'organization', message: t('incubationFormsPickOrganization') }]
      : []),
    ...errorsAt(create.error, 'organization'),
  ];
  return (
    <>
      <PageHeader title={t('incubationFormsNewFacility')} />
      <form className="incubation-form" onSubmit={submit} noValidate>
        {admin ? (
          <FormField
            label={t('incubationFormsOrganization')}
            hint={t('incubationFormsOrganizationHint')}
            errors={organizationErrors}
          >
            {(p) => <OrganizationPicker inputProps={p} value={organization} onChange={setOrganization} />}
          </FormField>
        ) : (
          <p>
            {t('incubationFormsOrganization')}: <strong>{own.data ? pick(own.data.name) : '…'}</strong>
          </p>
        )}
        <FacilityFields draft={draft} setDraft={setDraft} error={create.error} />
        <FormError error={create.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('incubationFormsCreate')}
          </button>
          <Link className="button button-secondary" href="/incubation">
            {t('incubationFormsCancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /incubation/:id/edit: the facility's fields, its units and its equipment, for its owner and the office. */
export function FacilityEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  // A visitor is told to sign in and the page asks the API nothing.
  if (!canAddFacility(user)) {
    return (
      <AccessNotice
        title={t('incubationFormsEditFacility')}
        signedIn={!!user}
        message={user ? t('incubationFormsOwnOnly') : undefined}
      />
    );
  }
  return <FacilityEditor id={id} />;
}

function FacilityEditor({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const [, navigate] = useLocation();
  const facility = useFacility(id);
  // The form restarts from each new version, so "saved" is remembered here, above it.
  const [saved, setSaved] = useState(false);
  if (facility.isPending) return <LoadingMessage />;
  if (facility.isError) return <ErrorMessage error={facility.error} />;
  const f = facility.data;
  if (!canEditFacility(user, f)) {
    return (
      <AccessNotice title={t('incubationFormsEditFacility')} signedIn message={t('incubationFormsOwnOnly')} />
    );
  }
  return (
    <>
      <p>
        <Link href={`/incubation/${f.id}`}>← {t('incubationFormsViewLink')}</Link>
      </p>
      <PageHeader title={`${t('incubationFormsEditFacility')}: ${pick(f.name)}`} />
      <FacilityEditForm
        key={f.version}
        facility={f}
        saved={saved}
        onSaved={setSaved}
        onReload={() => void facility.refetch()}
        onDeleted={() => navigate('/incubation')}
      />
      <UnitEditor facility={f} onReload={() => void facility.refetch()} />
      <EquipmentEditor facility={f} onReload={() => void facility.refetch()} />
    </>
  );
}

function FacilityEditForm({
  facility,
  saved,
  onSaved,
  onReload,
  onDeleted,
}: {
  facility: Facility;
  saved: boolean;
  onSaved: (saved: boolean) => void;
  onReload: () => void;
  onDeleted: () => void;
}) {
  const { t, pick } = useI18n();
  const initial = draftFrom(facility);
  const [draft, setDraft] = useState(initial);
  const update = useUpdateFacility(facility);
  const remove = useDeleteFacility(facility);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch = changedFields(bodyFrom(initial), bodyFrom(draft));
    onSaved(false);
    if (Object.keys(patch).length === 0) return;
    update.mutate(patch, { onSuccess: () => onSaved(true) });
  };
  const stale = isStaleEdit(update.error) || isStaleEdit(remove.error);
  return (
    <section aria-labelledby="facility-fields" className="card">
      <h2 id="facility-fields">{t('incubationFormsDetails')}</h2>
      {stale && (
        <StaleNotice
          onReload={() => {
            update.reset();
            remove.reset();
            onReload();
          }}
        />
      )}
      <form className="incubation-form" onSubmit={submit} noValidate>
        <FacilityFields draft={draft} setDraft={setDraft} error={update.error} />
        <FormError error={update.error} />
        {remove.error && !isStaleEdit(remove.error) ? <ErrorMessage error={remove.error} /> : null}
        {saved && <Alert tone="success">{t('incubationFormsSaved')}</Alert>}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            {t('incubationFormsSave')}
          </button>
          <ConfirmButton
            className="button button-secondary"
            disabled={remove.isPending}
            title={t('incubationFormsDeleteFacilityTitle')}
            body={<p>{t('incubationFormsDeleteFacilityBody', { name: pick(facility.name) })}</p>}
            confirmLabel={t('incubationFormsDelete')}
            onConfirm={() => remove.mutate(undefined, { onSuccess: onDeleted })}
          >
            {t('incubationFormsDeleteFacility')}
          </ConfirmButton>
        </div>
      </form>
    </section>
  );
}
