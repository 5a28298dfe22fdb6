import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FacilityType, facilityTypeCodes, facilityTypes } from '../../../core/siting/vocabulary.ts';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type Profile, type StudyInput, sitingKeys } from './siting-api.ts';

/** An admin keeps the criteria, weights and constraints built in the workbench as a new facility profile. */
export function SaveProfile({ draft }: { draft: Pick<StudyInput, 'criteria' | 'constraints'> }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const [form, setForm] = useState({ key: '', ja: '', en: '', facilityType: 'other' as FacilityType });
  const save = useMutation({
    mutationFn: () =>
      api.post<Profile>('/siting/profiles', {
        key: form.key,
        name: { ...(form.ja ? { ja: form.ja } : {}), ...(form.en ? { en: form.en } : {}) },
        facilityType: form.facilityType,
        criteria: draft.criteria,
        constraints: draft.constraints,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: sitingKeys.profiles() }),
  });
  const errors = (path: string) => (save.error instanceof ApiError ? save.error.detailsFor(path) : []);
  return (
    <details className="save-profile">
      <summary>{t('sitingSaveProfile')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormField label={t('sitingProfileKey')} errors={errors('body.key')}>
          {(p) => (
            <input {...p} value={form.key} onChange={(e) => setForm({ ...form, key: e.target.value })} />
          )}
        </FormField>
        <FormField label={t('sitingProfileNameJa')} errors={errors('body.name')}>
          {(p) => <input {...p} value={form.ja} onChange={(e) => setForm({ ...form, ja: e.target.value })} />}
        </FormField>
        <FormField label={t('sitingProfileNameEn')}>
          {(p) => <input {...p} value={form.en} onChange={(e) => setForm({ ...form, en: e.target.value })} />}
        </FormField>
        <FormField label={t('sitingFacilityType')} errors={errors('body.facilityType')}>
          {(p) => (
            <select
              {...p}
              value={form.facilityType}
              onChange={(e) => setForm({ ...form, facilityType: e.target.value as FacilityType })}
            >
              {facilityTypeCodes.map((code) => (
                <option key={code} value={code}>
                  {facilityTypes[code][lang]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FieldErrors errors={[...errors('body.criteria'), ...errors('body.constraints')]} showPath />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('sitingSaveProfile')}
        </button>
        {save.isSuccess && (
          <Alert tone="success">{t('sitingProfileSaved', { name: form.ja || form.en })}</Alert>
        )}
        {save.isError && !(save.error instanceof ApiError && save.error.details.length) && (
          <Alert>{save.error.message}</Alert>
        )}
      </form>
    </details>
  );
}
