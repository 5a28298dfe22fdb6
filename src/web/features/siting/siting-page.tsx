import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { McdaError, type Method, type Normalization } from '../../../core/mcda/index.ts';
import {
  type PreparedStudy,
  prepareStudy,
  rankedOutcome,
  runStudy,
  type Scenario,
  type SiteInput,
  type StudyOutcome,
} from '../../../core/siting/study.ts';
import {
  type TenantNeeds,
  tenantNeedsFrom,
  withTenantConstraints,
} from '../../../core/siting/tenant-needs.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { AcceptabilityChart } from './acceptability-chart.tsx';
import { AhpPanel } from './ahp-panel.tsx';
import { ComparisonTable } from './comparison-table.tsx';
import { ConstraintEditor } from './constraint-editor.tsx';
import { ExcludedList, RankingTable } from './ranking-table.tsx';
import { SaveProfile } from './save-profile.tsx';
import { ScenarioPanel } from './scenario-panel.tsx';
import { SensitivityChart } from './sensitivity-chart.tsx';
import { SiteMap } from './site-map.tsx';
import {
  type Profile,
  type Site,
  type Study,
  type StudyInput,
  useProfiles,
  useSaveStudy,
  useSites,
  useStudy,
} from './siting-api.ts';
import { WeightSliders } from './weight-sliders.tsx';

const methods: Method[] = ['topsis', 'wsm', 'wpm', 'promethee2'];
const normalizations: (Normalization | '')[] = ['', 'vector', 'minmax', 'sum', 'max', 'none'];
// Enough samples for shares to two digits; a 20-site study stays well under a frame's budget.
const smaaOptions = { samples: 2000, seed: 1, mode: 'uniform' as const };

type Draft = Omit<StudyInput, 'title'>;

/** What the tenant's lease asked for, and which of it the site requirements now carry. */
function TenantNeedsNotice({ needs }: { needs: TenantNeeds }) {
  const { t, lang } = useI18n();
  const parts = [
    needs.minAreaM2 && t('sitingTenantArea', { n: needs.minAreaM2 }),
    needs.minPowerKva && t('sitingTenantPower', { n: needs.minPowerKva }),
    needs.ehv && t('sitingTenantEhv'),
    needs.minCraneT && t('sitingTenantCrane', { n: needs.minCraneT }),
    needs.cleanClass && t('sitingTenantClean', { n: needs.cleanClass }),
  ].filter(Boolean);
  return (
    <Alert tone="info">
      <p data-testid="tenant-needs">
        {t('sitingTenantNeeds')} {parts.join(lang === 'ja' ? '、' : ', ')}
      </p>
      <p className="field-hint">{t('sitingTenantNeedsHow')}</p>
    </Alert>
  );
}

const draftFrom = (profile: Profile): Draft => ({
  profile: profile.key,
  method: 'topsis',
  criteria: profile.criteria,
  constraints: profile.constraints,
  scenario: {},
  missing: 'worst',
  unknowns: 'keep',
});

/** A saved study's settings, to carry on from where it was saved (`/siting?study=<id>`). */
const draftFromStudy = (study: Study): Draft => ({
  ...(study.profileKey ? { profile: study.profileKey } : {}),
  method: study.spec.method,
  ...(study.spec.normalization ? { normalization: study.spec.normalization } : {}),
  criteria: study.spec.criteria,
  constraints: study.spec.constraints,
  scenario: study.spec.scenario ?? {},
  missing: study.spec.missing,
  // Studies saved before unknown requirements were kept excluded those sites.
  unknowns: study.spec.unknowns ?? 'exclude',
});

export function SitingPage() {
  const studyId = new URLSearchParams(useSearch()).get('study');
  const sites = useSites();
  const profiles = useProfiles();
  const study = useStudy(studyId ?? '', Boolean(studyId));
  if (sites.isPending || profiles.isPending || (studyId && study.isPending)) return <LoadingMessage />;
  if (sites.isError) return <ErrorMessage error={sites.error} />;
  if (profiles.isError) return <ErrorMessage error={profiles.error} />;
  if (studyId && study.isError) return <ErrorMessage error={study.error} />;
  return (
    <Workbench
      key={studyId ?? ''}
      sites={sites.data.items}
      profiles={profiles.data.items}
      saved={studyId && study.data ? draftFromStudy(study.data) : null}
    />
  );
}

const analysesDelayMs = 250;

/** `value` once it has stopped changing for `delayMs` (the first value at once). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

type Evaluated<T> = { value: T; error: null } | { value: null; error: McdaError };

/** The engine's refusals (a bad weight, a what-if value out of range) are shown, not thrown. */
function attempt<T>(run: () => T): Evaluated<T> {
  try {
    return { value: run(), error: null };
  } catch (error) {
    if (error instanceof McdaError) return { value: null, error };
    throw error;
  }
}

/**
 * Runs the engine in the browser, so every slider move re-ranks at once; saving stores the same inputs.
 * The study is prepared (values judged, sites screened, matrix normalised) only when the data, the
 * constraints or the method change; a weight slider then only re-weights it, well within a frame for
 * 1,000 sites (`npm run bench:siting`). Sensitivity and SMAA cost far more (about a second for 1,000
 * sites) and cannot be interrupted, so they follow once the sliders have rested for a moment instead of
 * blocking every move of a drag.
 */
function useStudyOutcome(sites: Site[], draft: Draft | null) {
  const input = useMemo<SiteInput[]>(
    () =>
      sites.map((s) => ({ key: s.key, location: s.location, attributes: s.attributes, places: s.places })),
    [sites],
  );
  const shape = draft?.criteria.map((c) => `${c.attribute}:${c.direction}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-prepared on what the preparation reads; weights are read when ranking
  const prepared = useMemo<Evaluated<PreparedStudy> | null>(
    () => (draft ? attempt(() => prepareStudy(input, draft)) : null),
    [
      input,
      shape,
      draft?.method,
      draft?.normalization,
      draft?.constraints,
      draft?.scenario,
      draft?.missing,
      draft?.unknowns,
    ],
  );
  const ranked = useMemo(
    () => (prepared?.value && draft ? attempt(() => rankedOutcome(prepared.value, draft.criteria)) : null),
    [prepared, draft],
  );
  const deferred = useSettled(draft, analysesDelayMs);
  const analyses = useMemo(
    () => (deferred ? attempt(() => runStudy(input, deferred, { smaa: smaaOptions })) : null),
    [input, deferred],
  );
  const error = prepared?.error ?? ranked?.error ?? null;
  if (!ranked?.value) return { outcome: null, error };
  const outcome: StudyOutcome = {
    ...ranked.value,
    sensitivity: analyses?.value?.sensitivity ?? null,
    acceptability: analyses?.value?.acceptability ?? null,
  };
  return { outcome, error };
}

function Workbench({ sites, profiles, saved }: { sites: Site[]; profiles: Profile[]; saved: Draft | null }) {
  const { t, pick } = useI18n();
  const search = new URLSearchParams(useSearch());
  const initial = profiles.find((p) => p.key === search.get('profile')) ?? profiles[0];
  // A graduating tenant arrives from its lease with the unit it outgrows: its needs become requirements.
  const [needs] = useState(() => (saved ? null : tenantNeedsFrom(search)));
  const [draft, setDraft] = useState<Draft | null>(
    saved ??
      (initial
        ? {
            ...draftFrom(initial),
            ...(needs ? { constraints: withTenantConstraints(initial.constraints, needs) } : {}),
          }
        : null),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [compare, setCompare] = useState<string[]>([]);
  const [ahpOpen, setAhpOpen] = useState(false);
  const isAdmin = useSession().user?.role === 'admin';
  const names = useMemo(() => new Map(sites.map((s) => [s.key, s])), [sites]);
  const nameOf = (key: string) => pick(names.get(key)?.name) || key;
  const { outcome, error } = useStudyOutcome(sites, draft);
  if (!draft) return <Alert tone="info">{t('sitingNoProfiles')}</Alert>;
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const profile = profiles.find((p) => p.key === draft.profile);
  const used = [...new Set([...draft.criteria, ...draft.constraints].map((c) => c.attribute))];

  return (
    <>
      <PageHeader
        title={t('sitingTitle')}
        intro={t('sitingIntro')}
        actions={<Link href="/siting/studies">{t('sitingStudiesLink')}</Link>}
      />
      {needs && <TenantNeedsNotice needs={needs} />}
      <div className="siting-layout">
        <aside className="siting-controls card" aria-label={t('sitingSettings')}>
          <label className="field">
            <span>{t('sitingProfile')}</span>
            <select
              value={draft.profile}
              onChange={(e) => {
                const next = profiles.find((p) => p.key === e.target.value);
                if (next) setDraft({ ...draftFrom(next), method: draft.method });
              }}
            >
              {profiles.map((p) => (
                <option key={p.key} value={p.key}>
                  {pick(p.name)}
                </option>
              ))}
            </select>
          </label>
          {profile && <p className="field-hint">{pick(profile.note) || pick(profile.description)}</p>}
          <div className="field-row">
            <label className="field">
              <span>{t('sitingMethod')}</span>
              <select value={draft.method} onChange={(e) => update({ method: e.target.value as Method })}>
                {methods.map((m) => (
                  <option key={m} value={m}>
                    {t(`sitingMethod_${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('sitingNormalization')}</span>
              <select
                value={draft.normalization ?? ''}
                onChange={(e) =>
                  update({ normalization: (e.target.value || undefined) as Normalization | undefined })
                }
              >
                {normalizations.map((n) => (
                  <option key={n} value={n}>
                    {n ? t(`sitingNorm_${n}`) : t('sitingDefault')}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="field">
            <span>{t('sitingMissingRule')}</span>
            <select
              value={draft.missing}
              onChange={(e) => update({ missing: e.target.value as Draft['missing'] })}
            >
              <option value="worst">{t('sitingMissingWorst')}</option>
              <option value="exclude">{t('sitingMissingExclude')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('sitingUnknownRule')}</span>
            <select
              value={draft.unknowns}
              onChange={(e) => update({ unknowns: e.target.value as Draft['unknowns'] })}
            >
              <option value="keep">{t('sitingUnknownKeep')}</option>
              <option value="exclude">{t('sitingUnknownExclude')}</option>
            </select>
          </label>
          <h2>{t('sitingWeights')}</h2>
          <WeightSliders criteria={draft.criteria} onChange={(criteria) => update({ criteria })} />
          <button
            type="button"
            className="button-link"
            onClick={() => profile && update({ criteria: profile.criteria })}
          >
            {t('sitingReset')}
          </button>
          <button
            type="button"
            className="button-link"
            aria-expanded={ahpOpen}
            onClick={() => setAhpOpen(!ahpOpen)}
          >
            {t('sitingAhp')}
          </button>
          {ahpOpen && (
            <AhpPanel
              attributes={draft.criteria.map((c) => c.attribute)}
              onApply={(weights) =>
                update({ criteria: draft.criteria.map((c) => ({ ...c, weight: weights[c.attribute] ?? 0 })) })
              }
            />
          )}
          <h2>{t('sitingConstraints')}</h2>
          <ConstraintEditor
            constraints={draft.constraints}
            onChange={(constraints) => update({ constraints })}
          />
          <h2>{t('sitingWhatIf')}</h2>
          <ScenarioPanel
            sites={sites}
            scenario={draft.scenario}
            onChange={(scenario: Scenario) => update({ scenario })}
          />
          <SaveStudy draft={draft} profileName={profile ? pick(profile.name) : ''} />
          {isAdmin && <SaveProfile draft={draft} />}
        </aside>
        <div className="siting-results">
          {error && <Alert>{`${error.path}: ${pick(error.text)}`}</Alert>}
          {outcome && (
            <Results
              outcome={outcome}
              draft={draft}
              sites={sites}
              nameOf={nameOf}
              selected={selected}
              onSelect={setSelected}
              compare={compare}
              onCompare={setCompare}
              used={used}
            />
          )}
        </div>
      </div>
    </>
  );
}

function Results(props: {
  outcome: StudyOutcome;
  draft: Draft;
  sites: Site[];
  nameOf: (key: string) => string;
  selected: string | null;
  onSelect: (key: string) => void;
  compare: string[];
  onCompare: (keys: string[]) => void;
  used: string[];
}) {
  const { t } = useI18n();
  const { outcome, draft, sites, nameOf } = props;
  const compared = props.compare.flatMap((k) => sites.filter((s) => s.key === k));
  return (
    <>
      {/* Not a landmark itself: the map inside is the region, under the same name. */}
      <section>
        <h2 id="siting-map-title">{t('sitingMap')}</h2>
        <SiteMap
          sites={sites.map((s) => ({ key: s.key, name: s.name, lat: s.location.lat, lng: s.location.lng }))}
          outcome={outcome}
          selected={props.selected}
          onSelect={props.onSelect}
        />
      </section>
      <section aria-labelledby="siting-ranking-title">
        <h2 id="siting-ranking-title">{t('sitingRanking')}</h2>
        <p className="field-hint">
          {t('sitingRankingHelp', {
            method: t(`sitingMethod_${outcome.method}`),
            normalization: outcome.normalization,
          })}
        </p>
        <RankingTable
          outcome={outcome}
          criteria={draft.criteria}
          nameOf={nameOf}
          selected={props.selected}
          onSelect={props.onSelect}
          compare={props.compare}
          onCompare={props.onCompare}
        />
      </section>
      <section aria-labelledby="siting-excluded-title">
        <h2 id="siting-excluded-title">
          {t('sitingExcluded')} ({outcome.excluded.length})
        </h2>
        <ExcludedList outcome={outcome} nameOf={nameOf} />
      </section>
      {compared.length > 0 && (
        <section aria-labelledby="siting-compare-title">
          <h2 id="siting-compare-title">{t('sitingComparison')}</h2>
          {compared.length < 2 && <p className="field-hint">{t('sitingCompareHelp')}</p>}
          <ComparisonTable sites={compared} attributes={props.used} outcome={outcome} />
        </section>
      )}
      {outcome.sensitivity && (
        <section aria-labelledby="siting-sensitivity-title">
          <h2 id="siting-sensitivity-title">{t('sitingSensitivity')}</h2>
          <SensitivityChart
            result={{ ...outcome.sensitivity, top: nameOf(outcome.sensitivity.top) }}
            criteriaOrder={draft.criteria.map((c) => c.attribute)}
          />
        </section>
      )}
      {outcome.acceptability && (
        <section aria-labelledby="siting-acceptability-title">
          <h2 id="siting-acceptability-title">{t('sitingAcceptability')}</h2>
          <AcceptabilityChart result={outcome.acceptability} nameOf={nameOf} />
        </section>
      )}
    </>
  );
}

function SaveStudy({ draft, profileName }: { draft: Draft; profileName: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const save = useSaveStudy();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [shared, setShared] = useState(false);
  if (!user)
    return (
      <p className="field-hint">
        <Link href="/login">{t('signIn')}</Link> {t('sitingSaveSignIn')}
      </p>
    );
  return (
    <form
      className="save-study"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { ...draft, title: title.trim() || profileName, shared },
          { onSuccess: (study) => navigate(`/siting/studies/${study.id}`) },
        );
      }}
    >
      <label className="field">
        <span>{t('sitingStudyTitle')}</span>
        <input
          value={title}
          placeholder={profileName}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
        {t('sitingStudyShare')}
      </label>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('sitingSave')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
