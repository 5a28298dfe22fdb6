import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { trainingLevels } from '../../../core/talent/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { api, isStaleEdit } from '../../lib/api-client.ts';
import {
  bilingualText,
  errorsAt,
  numberOrText,
  type SetField,
  unplacedErrors,
  useFormState,
} from '../../lib/form-state.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Programme,
  type ProgrammeInput,
  useCreateProgramme,
  useOwnOrganization,
  usePatchProgramme,
  useProgramme,
  useSkills,
} from './talent-api.ts';
import { LevelBadge } from './talent-parts.tsx';

type Form = {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  level: string;
  skills: string[];
  durationWeeks: string;
  delivery: 'full-time' | 'day-release';
  defaultCapacity: string;
  feeJpy: string;
  employerSponsor: boolean;
  subsidyJa: string;
  subsidyEn: string;
  startOn: string;
};

const empty: Form = {
  titleJa: '',
  titleEn: '',
  descriptionJa: '',
  descriptionEn: '',
  level: '3',
  skills: [],
  durationWeeks: '52',
  delivery: 'day-release',
  defaultCapacity: '20',
  feeJpy: '',
  employerSponsor: true,
  subsidyJa: '',
  subsidyEn: '',
  startOn: '',
};

/** The form filled from a saved programme, for editing. */
function fromProgramme(p: Programme): Form {
  return {
    titleJa: p.title.ja ?? '',
    titleEn: p.title.en ?? '',
    descriptionJa: p.description.ja ?? '',
    descriptionEn: p.description.en ?? '',
    level: String(p.level),
    skills: p.skills.map((s) => s.code),
    durationWeeks: String(p.durationWeeks),
    delivery: p.delivery,
    defaultCapacity: String(p.defaultCapacity),
    feeJpy: p.feeJpy === null ? '' : String(p.feeJpy),
    employerSponsor: p.employerSponsor,
    subsidyJa: p.publicSubsidy?.ja ?? '',
    subsidyEn: p.publicSubsidy?.en ?? '',
    startOn: '',
  };
}

function toInput(f: Form, provider: string): ProgrammeInput {
  const subsidy = bilingualText(f.subsidyJa, f.subsidyEn);
  return {
    provider,
    title: bilingualText(f.titleJa, f.titleEn),
    description: bilingualText(f.descriptionJa, f.descriptionEn),
    level: Number(f.level),
    skills: f.skills,
    durationWeeks: numberOrText(f.durationWeeks) as number,
    delivery: f.delivery,
    defaultCapacity: numberOrText(f.defaultCapacity) as number,
    feeJpy: f.feeJpy.trim() === '' ? null : (numberOrText(f.feeJpy) as number),
    employerSponsor: f.employerSponsor,
    publicSubsidy: Object.keys(subsidy).length ? subsidy : null,
  };
}

// The fields the programme form shows errors beside; the rest are listed with their paths.
const programmeFields = [
  'title',
  'description',
  'level',
  'skills',
  'durationWeeks',
  'delivery',
  'defaultCapacity',
  'feeJpy',
  'publicSubsidy',
] as const;

/** A provider's member (or an admin, for any provider) enters a programme and its first cohort. */
export function ProgrammeFormPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin' && !(user?.role === 'member' && user.organizationId))
    return (
      <AccessNotice
        title={t('talentFormTitle')}
        signedIn={user !== null}
        message={user ? t('talentFormProviderOnly') : undefined}
      />
    );
  return (
    <>
      <PageHeader
        title={t('talentFormTitle')}
        intro={t('talentFormIntro')}
        actions={<Link href="/talent">{t('talentBack')}</Link>}
      />
      <ProgrammeForm admin={user.role === 'admin'} organizationId={user.organizationId} />
    </>
  );
}

/** The provider's members (or an admin) edit a programme; the save carries the version it was based on. */
export function ProgrammeEditPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const programme = useProgramme(id);
  if (programme.isPending) return <LoadingMessage />;
  if (programme.isError)
    return (
      <>
        <PageHeader title={t('talentEditTitle')} />
        <ErrorMessage error={programme.error} />
      </>
    );
  const p = programme.data;
  if (!p.canEdit)
    return (
      <AccessNotice
        title={t('talentEditTitle')}
        signedIn={user !== null}
        message={user ? t('talentFormProviderOnly') : undefined}
      />
    );
  return (
    <>
      <PageHeader
        title={`${t('talentEditTitle')}: ${pick(p.title)}`}
        actions={<Link href={`/talent/programmes/${p.id}`}>{pick(p.title)}</Link>}
      />
      <EditForm key={p.version} programme={p} onReload={() => programme.refetch()} />
    </>
  );
}

function EditForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useI18n();
  const { form, set } = useFormState<Form>(() => fromProgramme(p));
  const [, navigate] = useLocation();
  const save = usePatchProgramme(p.id, p.version);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { provider: _provider, ...patch } = toInput(form, p.provider.key);
    save.mutate(patch, { onSuccess: () => navigate(`/talent/programmes/${p.id}`) });
  };
  return (
    <form className="talent-form" onSubmit={submit} noValidate>
      <ProgrammeFields form={form} set={set} error={save.error} />
      {isStaleEdit(save.error) && <StaleEditMessage onReload={onReload} />}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('talentSaveChanges')}
      </button>
    </form>
  );
}

function ProgrammeForm({ admin, organizationId }: { admin: boolean; organizationId: string | null }) {
  const { t, pick } = useI18n();
  const own = useOwnOrganization(admin ? null : organizationId);
  const [picked, setPicked] = useState<OrganizationChoice | null>(null);
  const { form, set } = useFormState<Form>(empty);
  const [, navigate] = useLocation();
  const create = useCreateProgramme();
  const [cohortError, setCohortError] = useState<{ error: unknown; programmeId: string } | null>(null);
  const provider = admin
    ? picked
    : own.data
      ? { id: own.data.id, key: own.data.key, name: own.data.name }
      : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!provider) return;
    setCohortError(null);
    const programme = await create.mutateAsync(toInput(form, provider.key)).catch(() => null);
    if (!programme) return;
    if (form.startOn) {
      try {
        await api.post(`/training-programmes/${programme.id}/cohorts`, { startOn: form.startOn });
      } catch (error) {
        // The programme is saved: say why the cohort is not, and lead to the programme to add it there.
        setCohortError({ error, programmeId: programme.id });
        return;
      }
    }
    navigate(`/talent/programmes/${programme.id}`);
  };
  const err = (path: string) => errorsAt(create.error, path);
  const unplaced = unplacedErrors(create.error, programmeFields);

  return (
    <form className="talent-form" onSubmit={submit} noValidate>
      <FormField label={t('talentProvider')} errors={err('body.provider')}>
        {(props) =>
          admin ? (
            <OrganizationPicker value={picked} onChange={setPicked} inputProps={props} />
          ) : (
            <input {...props} readOnly value={provider ? pick(provider.name) : ''} />
          )
        }
      </FormField>
      <ProgrammeFields form={form} set={set} error={create.error} />
      <FormField label={t('talentFirstCohort')}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={form.startOn}
            onChange={(e) => set('startOn', e.target.value)}
          />
        )}
      </FormField>
      <FieldErrors errors={unplaced} showPath />
      {cohortError && (
        <>
          <ErrorMessage error={cohortError.error} />
          <Link href={`/talent/programmes/${cohortError.programmeId}`}>{t('talentAddCohort')}</Link>
        </>
      )}
      <button type="submit" className="button" disabled={create.isPending || !provider}>
        {t('talentSave')}
      </button>
    </form>
  );
}

/** The programme's own fields, shared by the create and edit forms; errors come from the last save. */
function ProgrammeFields({ form, set, error }: { form: Form; set: SetField<Form>; error: unknown }) {
  const { t, pick } = useI18n();
  const skills = useSkills();
  const err = (path: string) => errorsAt(error, path);
  return (
    <>
      <FormField label={t('talentTitleJa')} errors={err('body.title')}>
        {(props) => (
          <input {...props} value={form.titleJa} onChange={(e) => set('titleJa', e.target.value)} />
        )}
      </FormField>
      <FormField label={t('talentTitleEn')}>
        {(props) => (
          <input {...props} value={form.titleEn} onChange={(e) => set('titleEn', e.target.value)} />
        )}
      </FormField>
      <FormField label={t('talentDescriptionJa')} errors={err('body.description')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={form.descriptionJa}
            onChange={(e) => set('descriptionJa', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentDescriptionEn')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={form.descriptionEn}
            onChange={(e) => set('descriptionEn', e.target.value)}
          />
        )}
      </FormField>
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
      <FormField label={t('talentDurationWeeks')} errors={err('body.durationWeeks')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.durationWeeks}
            onChange={(e) => set('durationWeeks', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentDelivery')} errors={err('body.delivery')}>
        {(props) => (
          <select
            {...props}
            value={form.delivery}
            onChange={(e) => set('delivery', e.target.value as Form['delivery'])}
          >
            <option value="day-release">{t('talentDelivery_day-release')}</option>
            <option value="full-time">{t('talentDelivery_full-time')}</option>
          </select>
        )}
      </FormField>
      <FormField label={t('talentDefaultCapacity')} errors={err('body.defaultCapacity')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.defaultCapacity}
            onChange={(e) => set('defaultCapacity', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('talentFeeJpy')} errors={err('body.feeJpy')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.feeJpy}
            onChange={(e) => set('feeJpy', e.target.value)}
          />
        )}
      </FormField>
      <label className="talent-check">
        <input
          type="checkbox"
          checked={form.employerSponsor}
          onChange={(e) => set('employerSponsor', e.target.checked)}
        />{' '}
        {t('talentEmployerSponsor')}
      </label>
      <FormField label={t('talentSubsidyJa')} errors={err('body.publicSubsidy')}>
        {(props) => (
          <input {...props} value={form.subsidyJa} onChange={(e) => set('subsidyJa', e.target.value)} />
        )}
      </FormField>
      <FormField label={t('talentSubsidyEn')}>
        {(props) => (
          <input {...props} value={form.subsidyEn} onChange={(e) => set('subsidyEn', e.target.value)} />
        )}
      </FormField>
    </>
  );
}
