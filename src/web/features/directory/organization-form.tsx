import { type FormEvent, useState } from 'react';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { Alert } from '../../components/status-message.tsx';
import { TechnologyPicker } from '../../components/technology-picker.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useClusters, useVocabulary } from '../../lib/vocabulary.ts';
import type { OrganizationDraft } from './organization-draft.ts';

type Props = {
  initial: OrganizationDraft;
  showKey: boolean;
  error: unknown;
  saving: boolean;
  onSubmit: (draft: OrganizationDraft) => void;
  onCancel: () => void;
};

export function OrganizationForm({ initial, showKey, error, saving, onSubmit, onCancel }: Props) {
  const { t, lang, pick } = useI18n();
  const vocabulary = useVocabulary().data;
  const clusters = useClusters().data?.items ?? [];
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof OrganizationDraft>(name: K, value: OrganizationDraft[K]) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const apiError = error instanceof ApiError ? error : null;
  const errorsAt = (path: string) => apiError?.detailsFor(`body.${path}`) ?? [];
  const text = (name: keyof OrganizationDraft, label: string, path: string, type = 'text') => (
    <FormField label={label} errors={errorsAt(path)}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={draft[name] as string}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </FormField>
  );
  const area = (name: 'descriptionJa' | 'descriptionEn', label: string, path: string, langAttr: string) => (
    <FormField label={label} errors={errorsAt(path)}>
      {(props) => (
        <textarea
          {...props}
          lang={langAttr}
          rows={5}
          value={draft[name]}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </FormField>
  );
  // Errors whose path no field claims (e.g. the body itself) still get shown, at the top.
  const fieldRoots = [
    'key',
    'name',
    'description',
    'kind',
    'roles',
    'clusters',
    'technologies',
    'applications',
    'location',
    'website',
    'memberships',
    'sources',
    'published',
    'illustrative',
  ];
  const unclaimed =
    apiError?.details.filter((d) => !fieldRoots.some((p) => d.path.startsWith(`body.${p}`))) ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="org-form" onSubmit={submit} noValidate>
      {error != null && (
        <Alert>
          <strong>{apiError?.details.length ? t('formHasErrors') : t('errorTitle')}</strong>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <FieldErrors errors={unclaimed} showPath />
        </Alert>
      )}
      <div className="form-grid">
        {showKey && text('key', t('formKey'), 'key')}
        {text('nameJa', t('formNameJa'), 'name.ja')}
        {text('nameEn', t('formNameEn'), 'name.en')}
        <FieldErrors errors={errorsAt('name').filter((d) => d.path === 'body.name')} />
        <FormField label={t('profileKind')} errors={errorsAt('kind')}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
              {vocabulary?.kinds.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.label[lang]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {area('descriptionJa', t('formDescriptionJa'), 'description.ja', 'ja')}
      {area('descriptionEn', t('formDescriptionEn'), 'description.en', 'en')}
      <CheckboxGroup
        legend={t('profileRoles')}
        options={(vocabulary?.roles ?? []).map((r) => ({ value: r.code, label: pick(r.label) }))}
        value={draft.roles}
        onChange={(v) => set('roles', v)}
        errors={errorsAt('roles')}
      />
      <CheckboxGroup
        legend={t('profileClusters')}
        options={clusters.map((c) => ({ value: c.key, label: pick(c.name) }))}
        value={draft.clusters}
        onChange={(v) => set('clusters', v)}
        errors={errorsAt('clusters')}
      />
      <TechnologyPicker
        legend={t('profileTechnologies')}
        value={draft.technologies}
        onChange={(v) => set('technologies', v)}
        errors={errorsAt('technologies')}
      />
      <CheckboxGroup
        legend={t('profileApplications')}
        options={(vocabulary?.applications ?? []).map((a) => ({ value: a.code, label: pick(a.label) }))}
        value={draft.applications}
        onChange={(v) => set('applications', v)}
        errors={errorsAt('applications')}
      />
      <fieldset className="checkbox-group">
        <legend>{t('profileLocation')}</legend>
        <div className="form-grid">
          {text('country', t('formCountry'), 'location.country')}
          {text('prefecture', t('formPrefecture'), 'location.prefecture')}
          {text('city', t('formCity'), 'location.city')}
          {text('lat', t('formLat'), 'location.lat')}
          {text('lng', t('formLng'), 'location.lng')}
        </div>
        <FieldErrors errors={errorsAt('location').filter((d) => d.path === 'body.location')} />
      </fieldset>
      {text('website', t('profileWebsite'), 'website', 'url')}
      <CheckboxGroup
        legend={t('profileMemberships')}
        options={(vocabulary?.memberships ?? []).map((m) => ({ value: m.key, label: pick(m.name) }))}
        value={draft.memberships}
        onChange={(v) => set('memberships', v)}
        errors={errorsAt('memberships')}
      />
      <SourcesEditor draft={draft} onChange={(sources) => set('sources', sources)} errorsAt={errorsAt} />
      <div className="toggles">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.published}
            onChange={(e) => set('published', e.target.checked)}
          />
          {t('formPublished')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.illustrative}
            onChange={(e) => set('illustrative', e.target.checked)}
          />
          {t('formIllustrative')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function SourcesEditor({
  draft,
  onChange,
  errorsAt,
}: {
  draft: OrganizationDraft;
  onChange: (sources: OrganizationDraft['sources']) => void;
  errorsAt: (path: string) => { path: string; message: string }[];
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<OrganizationDraft['sources'][number]>) =>
    onChange(draft.sources.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <fieldset className="checkbox-group">
      <legend>{t('profileSources')}</legend>
      {draft.sources.map((source, index) => (
        // Rows have no identity of their own; the index is the identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="source-row" key={index}>
          <FormField label={`${t('formSourceUrl')} ${index + 1}`} errors={errorsAt(`sources[${index}].url`)}>
            {(props) => (
              <input
                {...props}
                type="url"
                value={source.url}
                onChange={(e) => update(index, { url: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('formSourceAsOf')} errors={errorsAt(`sources[${index}].asOf`)}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={source.asOf}
                onChange={(e) => update(index, { asOf: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('formSourceNote')} errors={errorsAt(`sources[${index}].note`)}>
            {(props) => (
              <input
                {...props}
                value={source.note}
                onChange={(e) => update(index, { note: e.target.value })}
              />
            )}
          </FormField>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange(draft.sources.filter((_, i) => i !== index))}
          >
            {t('removeSource')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...draft.sources, { url: '', asOf: '', note: '' }])}
      >
        {t('addSource')}
      </button>
      <FieldErrors errors={errorsAt('sources').filter((d) => d.path === 'body.sources')} />
    </fieldset>
  );
}
