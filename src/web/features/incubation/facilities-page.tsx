import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { unitKinds } from '../../../core/incubation/index.ts';
import { PointMap } from '../../components/map/point-map.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../../lib/session.ts';
import { canAddFacility } from './incubation-forms-api.ts';
import './incubation-forms-messages.ts';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import {
  type FacilitySummary,
  type Filters,
  formatFilters,
  parseFilters,
  useFacilities,
} from './incubation-api.ts';
import { OccupancyPanel } from './lease-panels.tsx';
import { UnitTile } from './unit-facts.tsx';

const kindCodes = Object.keys(unitKinds) as Array<keyof typeof unitKinds>;
const cleanClasses = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const mapColour = '#2563eb';

/** The public listing: facilities whose units match a specification, on the map and as a list. */
export function FacilitiesPage() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const applied = parseFilters(useSearch());
  const [draft, setDraft] = useState<Filters>(applied);
  // Back/forward changes the URL under us: keep the form in step with it.
  const appliedKey = formatFilters(applied);
  useEffect(() => setDraft(parseFilters(appliedKey)), [appliedKey]);
  const list = useFacilities(applied);
  const [selected, setSelected] = useState<string | null>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`${location}${formatFilters({ ...draft, q: draft.q.trim() })}`);
  };
  const set = (name: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));

  const { user } = useSession();
  return (
    <>
      <PageHeader
        title={t('incubationTitle')}
        intro={t('incubationIntro')}
        actions={
          <>
            <Link className="button button-secondary" href="/incubation/calls">
              {t('incubationCallsLink')}
            </Link>
            <Link className="button button-secondary" href="/incubation/leases">
              {t('leasesLink')}
            </Link>
            {canAddFacility(user) && (
              <Link className="button" href="/incubation/new">
                {t('incubationFormsNewFacility')}
              </Link>
            )}
          </>
        }
      />
      <OccupancyPanel />
      <form className="card incubation-filters" onSubmit={onSubmit} aria-label={t('incubationFilters')}>
        <div className="incubation-filter-grid">
          <label>
            {t('incubationText')}
            <input id="facility-q" value={draft.q} onChange={(e) => set('q')(e.target.value)} />
          </label>
          <label>
            {t('incubationKind')}
            <select id="facility-kind" value={draft.kind} onChange={(e) => set('kind')(e.target.value)}>
              <option value="">{t('incubationAnyKind')}</option>
              {kindCodes.map((k) => (
                <KindOption key={k} code={k} />
              ))}
            </select>
          </label>
          <NumberFilter
            id="facility-min-area"
            label={t('incubationMinArea')}
            value={draft.minArea}
            onChange={set('minArea')}
          />
          <NumberFilter
            id="facility-max-area"
            label={t('incubationMaxArea')}
            value={draft.maxArea}
            onChange={set('maxArea')}
          />
          <NumberFilter
            id="facility-min-power"
            label={t('incubationMinPower')}
            value={draft.minPower}
            onChange={set('minPower')}
          />
          <NumberFilter
            id="facility-min-crane"
            label={t('incubationMinCrane')}
            value={draft.minCrane}
            onChange={set('minCrane')}
          />
          <label>
            {t('incubationMaxClean')}
            <select
              id="facility-clean"
              value={draft.maxCleanClass}
              onChange={(e) => set('maxCleanClass')(e.target.value)}
            >
              <option value="">{t('incubationCleanAny')}</option>
              {cleanClasses.map((n) => (
                <option key={n} value={String(n)}>
                  {t('incubationCleanAtMost', { n })}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              id="facility-ehv"
              type="checkbox"
              checked={draft.ehv === 'true'}
              onChange={(e) => set('ehv')(e.target.checked ? 'true' : '')}
            />{' '}
            {t('incubationEhv')}
          </label>
          <label className="checkbox">
            <input
              id="facility-free"
              type="checkbox"
              checked={draft.free === 'true'}
              onChange={(e) => set('free')(e.target.checked ? 'true' : '')}
            />{' '}
            {t('incubationFreeOnly')}
          </label>
        </div>
        <div className="actions">
          <button className="button" type="submit">
            {t('incubationApply')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => navigate(location)}>
            {t('incubationClear')}
          </button>
        </div>
      </form>
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <Results list={list.data} selected={selected} onSelect={setSelected} />
      )}
    </>
  );
}

function KindOption({ code }: { code: keyof typeof unitKinds }) {
  const { pick } = useI18n();
  return <option value={code}>{pick(unitKinds[code])}</option>;
}

function NumberFilter({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        id={id}
        type="number"
        min={0}
        step="any"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

function Results({
  list,
  selected,
  onSelect,
}: {
  list: NonNullable<ReturnType<typeof useFacilities>['data']>;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, pick } = useI18n();
  const points = list.points.map((p) => ({
    id: p.id,
    lat: p.lat,
    lng: p.lng,
    color: mapColour,
    label: pick(p.name),
  }));
  return (
    <>
      <PointMap
        points={points}
        label={t('incubationMap')}
        selectedId={selected}
        onSelect={onSelect}
        fitToPoints
        height="360px"
      />
      <p className="muted" data-testid="facility-count">
        {t('incubationCount', { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p className="status">{t('incubationNone')}</p>
      ) : (
        <ul className="facility-results">
          {list.items.map((f) => (
            <FacilityResult key={f.id} facility={f} selected={f.id === selected} />
          ))}
        </ul>
      )}
    </>
  );
}

function FacilityResult({ facility: f, selected }: { facility: FacilitySummary; selected: boolean }) {
  const { t, pick } = useI18n();
  return (
    <li className={`card facility-result${selected ? ' selected' : ''}`} data-facility={f.key}>
      <h2>
        <Link href={`/incubation/${f.id}`}>{pick(f.name)}</Link>
        {f.illustrative && <span className="badge badge-warn">{t('incubationIllustrative')}</span>}
      </h2>
      <p className="muted">
        {pick(f.organization.name)}
        {f.location.city ? ` · ${f.location.prefecture ?? ''}${f.location.city}` : ''}
      </p>
      <p>
        {t('incubationUnitsShown', { shown: f.units.length, total: f.unitCount, free: f.freeUnitCount })}
        {' · '}
        {t('incubationEquipmentCount', { count: f.equipmentCount })}
      </p>
      {f.units.length > 0 && (
        <ul className="unit-grid">
          {f.units.map((u) => (
            <UnitTile key={u.id} unit={u} />
          ))}
        </ul>
      )}
    </li>
  );
}
