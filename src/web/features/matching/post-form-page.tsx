import { useState } from 'react';
import { useLocation } from 'wouter';
import { supplyChainRoleCodes, supplyChainRoles } from '../../../core/directory/vocabulary.ts';
import {
  needCategories,
  postVisibilities,
  postVisibilityCodes,
  seedCategories,
} from '../../../core/matching/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage } from '../../components/status-message.tsx';
import { TechnologyPicker } from '../../components/technology-picker.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type PostInput, type PostKind, useCreatePost, useOwnOrganization } from './matching-api.ts';

/** Post a need or a seed: bilingual title and body, codes, the practical details, and who may see it. */
export function PostFormPage({ kind }: { kind: PostKind }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [, navigate] = useLocation();
  const create = useCreatePost(kind);
  const own = useOwnOrganization(user?.organizationId ?? null);
  const site = own.data?.location;
  const categories = kind === 'need' ? needCategories : seedCategories;
  const [form, setForm] = useState({
    category: Object.keys(categories)[0]!,
    titleJa: '',
    titleEn: '',
    bodyJa: '',
    bodyEn: '',
    technologies: [] as string[],
    seeksRoles: [] as string[],
    quantity: '',
    timeline: '',
    trl: '',
    radiusKm: '',
    visibility: 'public',
  });
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });
  const errors = create.error instanceof ApiError ? create.error : undefined;
  const errs = (path: string) => errors?.detailsFor(path) ?? [];
  if (!user)
    return (
      <AccessNotice
        title={kind === 'need' ? t('matchPostNeed') : t('matchPostSeed')}
        signedIn={false}
        message={t('matchSignInToPost')}
      />
    );
  const text = (ja: string, en: string) => ({ ...(ja.trim() ? { ja } : {}), ...(en.trim() ? { en } : {}) });
  return (
    <>
      <PageHeader title={kind === 'need' ? t('matchPostNeed') : t('matchPostSeed')} />
      <form
        className="card narrow post-form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              // The selects offer only the server's values; the server checks them again.
              category: form.category as PostInput['category'],
              title: text(form.titleJa, form.titleEn),
              body: text(form.bodyJa, form.bodyEn),
              technologies: form.technologies,
              ...(kind === 'need' ? { seeksRoles: form.seeksRoles as PostInput['seeksRoles'] } : {}),
              ...(form.quantity ? { quantity: form.quantity } : {}),
              ...(form.timeline ? { timeline: form.timeline } : {}),
              ...(form.trl ? { trl: Number(form.trl) } : {}),
              // "Near us": the organisation's own coordinates with a radius; matches fade with distance beyond it.
              ...(form.radiusKm && site?.lat !== undefined && site.lng !== undefined
                ? {
                    location: {
                      ...(site.country ? { country: site.country } : {}),
                      ...(site.prefecture ? { prefecture: site.prefecture } : {}),
                      lat: site.lat,
                      lng: site.lng,
                      radiusKm: Number(form.radiusKm),
                    },
                  }
                : {}),
              visibility: form.visibility as PostInput['visibility'],
            },
            { onSuccess: (post) => navigate(`/matching/${kind}s/${post.id}`) },
          );
        }}
      >
        <FormField label={t('matchCategory')} errors={errs('body.category')}>
          {(p) => (
            <select {...p} value={form.category} onChange={set('category')}>
              {Object.entries(categories).map(([code, label]) => (
                <option key={code} value={code}>
                  {label[lang]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('matchTitleJa')} errors={errs('body.title')}>
          {(p) => <input {...p} value={form.titleJa} onChange={set('titleJa')} />}
        </FormField>
        <FormField label={t('matchTitleEn')}>
          {(p) => <input {...p} value={form.titleEn} onChange={set('titleEn')} />}
        </FormField>
        <FormField label={t('matchBodyJa')} errors={errs('body.body')}>
          {(p) => <textarea {...p} rows={4} value={form.bodyJa} onChange={set('bodyJa')} />}
        </FormField>
        <FormField label={t('matchBodyEn')}>
          {(p) => <textarea {...p} rows={4} value={form.bodyEn} onChange={set('bodyEn')} />}
        </FormField>
        {/* The same picker as the organisation form: names in the user's language, codes kept out of sight. */}
        <TechnologyPicker
          legend={t('matchTechnologies')}
          value={form.technologies}
          onChange={(technologies) => setForm({ ...form, technologies })}
          errors={errs('body.technologies')}
        />
        {kind === 'need' && (
          <CheckboxGroup
            legend={t('matchSeeksRoles')}
            options={supplyChainRoleCodes.map((role) => ({
              value: role,
              label: supplyChainRoles[role][lang],
            }))}
            value={form.seeksRoles}
            onChange={(seeksRoles) => setForm({ ...form, seeksRoles })}
            errors={errs('body.seeksRoles')}
          >
            <p className="field-hint">{t('matchSeeksRolesHint')}</p>
          </CheckboxGroup>
        )}
        <div className="form-grid">
          <FormField label={t('matchQuantity')} errors={errs('body.quantity')}>
            {(p) => <input {...p} value={form.quantity} onChange={set('quantity')} />}
          </FormField>
          <FormField label={t('matchTimeline')} errors={errs('body.timeline')}>
            {(p) => <input {...p} value={form.timeline} onChange={set('timeline')} />}
          </FormField>
          <FormField label={t('matchTrl')} errors={errs('body.trl')}>
            {(p) => <input {...p} type="number" min={1} max={9} value={form.trl} onChange={set('trl')} />}
          </FormField>
          {site?.lat !== undefined && (
            <FormField
              label={t('matchNearUs')}
              hint={t('matchNearUsHint', { place: site.prefecture ?? '' })}
              errors={errs('body.location')}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={20000}
                  value={form.radiusKm}
                  onChange={set('radiusKm')}
                />
              )}
            </FormField>
          )}
          <FormField label={t('matchVisibility')} errors={errs('body.visibility')}>
            {(p) => (
              <select {...p} value={form.visibility} onChange={set('visibility')}>
                {postVisibilityCodes.map((v) => (
                  <option key={v} value={v}>
                    {postVisibilities[v][lang]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {create.error && !errors?.details.length && <ErrorMessage error={create.error} />}
        <div className="form-actions">
          <button className="button" type="submit" disabled={create.isPending}>
            {t('matchSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
