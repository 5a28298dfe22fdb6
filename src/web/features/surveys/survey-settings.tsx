import { useState } from 'react';
import { organizationKindCodes, organizationKinds } from '../../../core/directory/vocabulary.ts';
import { surveyRegions } from '../../../core/surveys/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FieldErrors } from '../../components/form-field.tsx';
import { Alert, ErrorMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useClusters, useVocabulary } from '../../lib/vocabulary.ts';
import {
  type Invitees,
  type Opened,
  type Population,
  type Survey,
  type SurveyInput,
  useInvitees,
  useSaveSurvey,
  useSurveyAction,
} from './surveys-api.ts';

// The deadline is a day; it ends at midnight in Japan, where the cluster works.
const jst = 9 * 3_600_000;
const dayOfDeadline = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + jst).toISOString().slice(0, 10) : '';
const deadlineOf = (day: string) => (day ? `${day}T23:59:00+09:00` : null);

/** Empty lists dropped, keys and lists sorted, so an untouched form compares equal to what the server stored. */
function tidy(p: Survey['population']): Population {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(p).sort(([a], [b]) => a.localeCompare(b)))
    if (v?.length) out[k] = [...v].sort();
  return out as Population;
}

type Settings = {
  title: Survey['title'];
  deadline: string;
  anonymity: Survey['anonymity'];
  population: Population;
};

const settingsOf = (s: Survey): Settings => ({
  title: s.title,
  deadline: dayOfDeadline(s.closesAt),
  anonymity: s.anonymity,
  population: tidy(s.population),
});

/**
 * Title, deadline, anonymity and who is invited, with the invitees listed as they are chosen; then opening,
 * after a confirmation that says how many mails go out. Fixed once the survey is open.
 */
export function SurveySettings({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const [form, setForm] = useState(() => settingsOf(survey));
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = useSaveSurvey(survey.id, survey.updatedAt);
  const errors = save.error instanceof ApiError ? save.error.details : [];
  const draft = survey.status === 'draft';
  const dirty =
    JSON.stringify({ ...form, population: tidy(form.population) }) !== JSON.stringify(settingsOf(survey));
  // Here, not in OpenSurvey: that leaves the page when the survey opens, and the outcome must stay shown.
  const open = useSurveyAction<Opened>(survey.id, 'open');
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('surveyTab_settings')}</h2>
      {!draft && <p className="field-hint">{t('surveySettingsFixed')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const { key, description, minCell, reminderDays, definition } = survey;
          save.mutate({
            ...{ key, description, minCell, reminderDays, definition },
            title: form.title,
            closesAt: deadlineOf(form.deadline),
            anonymity: form.anonymity,
            population: form.population as SurveyInput['population'],
          });
        }}
      >
        <fieldset disabled={!draft} className="plain-fieldset">
          <legend className="visually-hidden">{t('surveyTab_settings')}</legend>
          <div className="field-row">
            <label className="field">
              <span>{t('surveyTitleJa')}</span>
              <input
                value={form.title.ja ?? ''}
                onChange={(e) => set('title', { ...form.title, ja: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('surveyTitleEn')}</span>
              <input
                value={form.title.en ?? ''}
                onChange={(e) => set('title', { ...form.title, en: e.target.value })}
              />
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span>{t('surveyDeadline')}</span>
              <input type="date" value={form.deadline} onChange={(e) => set('deadline', e.target.value)} />
            </label>
            <fieldset>
              <legend>{t('surveyAnonymity')}</legend>
              {(['named', 'anonymous'] as const).map((a) => (
                <label key={a} className="checkbox">
                  <input
                    type="radio"
                    name="anonymity"
                    checked={form.anonymity === a}
                    onChange={() => set('anonymity', a)}
                  />
                  {a === 'named' ? t('surveyNamed') : t('surveyAnonymous')}
                </label>
              ))}
            </fieldset>
          </div>
          <PopulationPicker value={form.population} onChange={(p) => set('population', p)} />
        </fieldset>
        <FieldErrors errors={errors} showPath />
        {save.isError && <Alert>{save.error.message}</Alert>}
        {save.isSuccess && !dirty && <Alert tone="success">{t('surveySettingsSaved')}</Alert>}
        {draft && (
          <button type="submit" className="button button-secondary" disabled={save.isPending || !dirty}>
            {t('surveySaveSettings')}
          </button>
        )}
      </form>
      {/* Once open, who was invited is the invitation list (Responses tab), not what the filters match today. */}
      {draft && <InviteeList population={form.population} />}
      {draft && <OpenSurvey population={form.population} dirty={dirty} open={open} />}
      {open.isError && <ErrorMessage error={open.error} />}
      {open.isSuccess && (
        <Alert tone="success">
          {t('surveyOpened', {
            n: open.data.invited,
            mails: open.data.mails,
            without: open.data.withoutContact,
          })}
        </Alert>
      )}
    </section>
  );
}

const toggle = (list: string[] | undefined, value: string, on: boolean) => {
  const next = (list ?? []).filter((x) => x !== value);
  return on ? [...next, value].sort() : next;
};

/** Region, kind, cluster and membership: each list narrows the population; within a list, any matches. */
function PopulationPicker({ value, onChange }: { value: Population; onChange: (p: Population) => void }) {
  const { t, lang, pick } = useI18n();
  const clusters = useClusters().data?.items ?? [];
  const memberships = useVocabulary().data?.memberships ?? [];
  const group = (name: keyof Population, legend: string, options: { value: string; label: string }[]) => (
    <fieldset data-population={name}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={(value[name] as string[] | undefined)?.includes(o.value) ?? false}
              onChange={(e) => {
                const next = { ...value, [name]: toggle(value[name] as string[], o.value, e.target.checked) };
                if (!next[name]?.length) delete next[name];
                onChange(next);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <div className="population-picker">
      <h3>{t('surveyTarget')}</h3>
      <p className="field-hint">{t('surveyTargetHelp')}</p>
      {group(
        'regions',
        t('surveyTargetRegions'),
        surveyRegions.map((r) => ({ value: r.key, label: r.label[lang] })),
      )}
      {group(
        'kinds',
        t('surveyTargetKinds'),
        organizationKindCodes.map((k) => ({ value: k, label: organizationKinds[k][lang] })),
      )}
      {clusters.length > 1 &&
        group(
          'clusters',
          t('surveyTargetClusters'),
          clusters.map((c) => ({ value: c.key, label: pick(c.name) })),
        )}
      {memberships.length > 0 &&
        group(
          'memberships',
          t('surveyTargetMemberships'),
          memberships.map((m) => ({ value: m.key, label: pick(m.name) })),
        )}
    </div>
  );
}

const mailsOf = (i: Invitees) => i.items.reduce((n, o) => n + o.accounts, 0);

/** Who the population invites, as chosen now (saved or not), with how each is reached. */
function InviteeList({ population }: { population: Population }) {
  const { t, pick, lang } = useI18n();
  const invitees = useInvitees(population);
  if (invitees.isError) return <ErrorMessage error={invitees.error} />;
  const data = invitees.data;
  const kind = (k: string) =>
    (organizationKinds as Record<string, { ja: string; en: string }>)[k]?.[lang] ?? k;
  return (
    <section aria-labelledby="invitees-title" aria-busy={invitees.isFetching}>
      <h3 id="invitees-title" data-testid="invitee-count">
        {t('surveyInvitees', { n: data?.total ?? '…' })}
      </h3>
      {data && (
        <p className="field-hint">
          {t('surveyInviteesReach', { mails: mailsOf(data), without: data.withoutContact })}
        </p>
      )}
      {data?.total === 0 && <p className="status">{t('surveyInviteesNone')}</p>}
      {data && data.total > 0 && (
        <div className="invitee-list table-scroll">
          <table className="ranking" data-testid="invitees">
            <thead>
              <tr>
                <th scope="col">{t('surveyInviteeName')}</th>
                <th scope="col">{t('surveyInviteeKind')}</th>
                <th scope="col">{t('surveyInviteePlace')}</th>
                <th scope="col" className="num">
                  {t('surveyInviteeAccounts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((o) => (
                <tr key={o.id}>
                  <td>{pick(o.name)}</td>
                  <td>{kind(o.kind)}</td>
                  <td>{[o.prefecture, o.country].filter(Boolean).join(', ') || '—'}</td>
                  <td className="num">{o.accounts || t('surveyInviteeByHand')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Opening sends the invitations: the dialog says to how many organisations and how many mails. */
function OpenSurvey({
  population,
  dirty,
  open,
}: {
  population: Population;
  dirty: boolean;
  open: ReturnType<typeof useSurveyAction<Opened>>;
}) {
  const { t } = useI18n();
  const invitees = useInvitees(population).data;
  return (
    <div className="page-actions">
      <ConfirmButton
        title={t('surveyOpenConfirmTitle')}
        confirmLabel={t('surveyOpenConfirm')}
        disabled={dirty || !invitees?.total || open.isPending}
        onConfirm={() => open.mutate()}
        body={
          invitees && (
            <p>
              {t('surveyOpenConfirmText', {
                n: invitees.total,
                mails: mailsOf(invitees),
                without: invitees.withoutContact,
              })}
            </p>
          )
        }
      >
        {t('surveyOpen')}
      </ConfirmButton>
      {dirty && <small className="muted">{t('surveySaveBeforeOpening')}</small>}
    </div>
  );
}
