import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type SkillGap, useWorkforce, type Workforce, type YearFigures } from './workforce-api.ts';

const WorkforceChart = lazy(() => import('./workforce-chart.tsx'));

const yearOrUndefined = (text: string) => {
  const n = Number(text);
  return text.length === 4 && Number.isInteger(n) ? n : undefined;
};
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The gap view: demand for people against expected completions, skills short first, drawn as two charts (by
 * skill over the period, then by year for the chosen skill) with a click-through to what lies behind a figure.
 * Printable: the evidence a prefecture takes to a decision on funding a training centre. Members, partners and
 * the coordinator read it (aggregates only); anyone else is told so, without asking the API.
 */
export function WorkforcePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user || !['admin', 'member', 'agency'].includes(user.role))
    return <AccessNotice title={t('wfTitle')} signedIn={user !== null} />;
  return <WorkforceView />;
}

function WorkforceView() {
  const { t, pick } = useI18n();
  const fromId = useId();
  const toId = useId();
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const span = { from: yearOrUndefined(fromText), to: yearOrUndefined(toText) };
  const gap = useWorkforce(span);
  const [skillCode, setSkillCode] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const data = gap.data;
  const skill = data?.skills.find((s) => s.skill.code === skillCode) ?? data?.skills[0];
  const detail = skill?.years.find((y) => y.year === year);

  return (
    <div className="workforce-page">
      <PageHeader
        title={t('wfTitle')}
        intro={t('wfIntro')}
        actions={
          <button type="button" className="button button-secondary" onClick={() => globalThis.print()}>
            {t('wfPrint')}
          </button>
        }
      />
      <div className="talent-filters no-print">
        <div className="field">
          <label htmlFor={fromId}>{t('wfFrom')}</label>
          <input
            id={fromId}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={fromText}
            placeholder={data ? String(data.from) : ''}
            onChange={(e) => setFromText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('wfTo')}</label>
          <input
            id={toId}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={toText}
            placeholder={data ? String(data.to) : ''}
            onChange={(e) => setToText(e.target.value)}
          />
        </div>
      </div>
      {gap.isPending && <LoadingMessage />}
      {gap.isError && <ErrorMessage error={gap.error} />}
      {data && skill && (
        <>
          <p className="muted">{t('wfAsOf', { date: data.asOf })}</p>
          <Shortfalls data={data} />
          <section aria-labelledby="wf-by-skill">
            <h2 id="wf-by-skill">{t('wfBySkillHeading')}</h2>
            <p className="muted no-print">{t('wfBySkillHint')}</p>
            <SkillChart
              data={data}
              selected={skill.skill.code}
              onSelect={(code) => {
                setSkillCode(code);
                setYear(null);
              }}
            />
          </section>
          <section aria-labelledby="wf-by-year">
            <h2 id="wf-by-year">{t('wfByYearHeading', { skill: pick(skill.skill.label) })}</h2>
            <p className="muted no-print">{t('wfByYearHint')}</p>
            <YearChart skill={skill} selected={year} onSelect={setYear} />
            {detail && <Detail data={data} skill={skill} figures={detail} onClose={() => setYear(null)} />}
            <YearTable skill={skill} onSelect={setYear} />
          </section>
          <Sites data={data} />
          <p className="muted wf-method">
            {t('wfMethod', { rate: Math.round(data.defaultCompletionRate * 100) })}
          </p>
        </>
      )}
    </div>
  );
}

function Shortfalls({ data }: { data: Workforce }) {
  const { t, pick } = useI18n();
  const short = data.skills.filter((s) => s.gap < 0);
  if (short.length === 0) return <p>{t('wfNoShortfall')}</p>;
  return (
    <ul className="wf-shortfalls">
      {short.map((s) => (
        <li key={s.skill.code}>
          {t('wfShortfall', { skill: pick(s.skill.label), n: fmt(-s.gap), from: data.from, to: data.to })}
        </li>
      ))}
    </ul>
  );
}

function SkillChart({
  data,
  selected,
  onSelect,
}: {
  data: Workforce;
  selected: string;
  onSelect: (code: string) => void;
}) {
  const { t, pick } = useI18n();
  const chart = useMemo(
    () => ({
      categories: data.skills.map((s) => pick(s.skill.label)),
      demand: data.skills.map((s) => s.demand),
      supply: data.skills.map((s) => s.supply),
      labels: { demand: t('wfDemand'), supply: t('wfSupply') },
    }),
    [data, pick, t],
  );
  return (
    <Suspense fallback={<LoadingMessage />}>
      <WorkforceChart
        {...chart}
        horizontal
        selected={data.skills.findIndex((s) => s.skill.code === selected)}
        onSelect={(i) => onSelect(data.skills[i]!.skill.code)}
        description={`${t('wfBySkillHeading')}: ${data.skills
          .map((s) => `${pick(s.skill.label)} ${t('wfGap')} ${fmt(s.gap)}`)
          .join('; ')}`}
      />
    </Suspense>
  );
}

function YearChart({
  skill,
  selected,
  onSelect,
}: {
  skill: SkillGap;
  selected: number | null;
  onSelect: (year: number) => void;
}) {
  const { t, pick } = useI18n();
  const chart = useMemo(
    () => ({
      categories: skill.years.map((y) => String(y.year)),
      demand: skill.years.map((y) => y.demand),
      supply: skill.years.map((y) => y.supply),
      line: { name: t('wfCumulative'), values: skill.years.map((y) => y.cumulativeGap) },
      labels: { demand: t('wfDemand'), supply: t('wfSupply') },
    }),
    [skill, t],
  );
  return (
    <Suspense fallback={<LoadingMessage />}>
      <WorkforceChart
        {...chart}
        selected={selected === null ? null : skill.years.findIndex((y) => y.year === selected)}
        onSelect={(i) => onSelect(skill.years[i]!.year)}
        description={t('wfByYearHeading', { skill: pick(skill.skill.label) })}
      />
    </Suspense>
  );
}

function YearTable({ skill, onSelect }: { skill: SkillGap; onSelect: (year: number) => void }) {
  const { t, pick } = useI18n();
  const label = t('wfByYearHeading', { skill: pick(skill.skill.label) });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('tableOf', { name: label })}>
      <table className="data-table wf-table">
        <thead>
          <tr>
            <th scope="col">{t('wfYear')}</th>
            <th scope="col">{t('wfDemand')}</th>
            <th scope="col">{t('wfSupply')}</th>
            <th scope="col">{t('wfGap')}</th>
            <th scope="col">{t('wfCumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {skill.years.map((y) => (
            <tr key={y.year} className={y.gap < 0 ? 'wf-short' : undefined}>
              <th scope="row">
                {y.demand > 0 || y.supply > 0 ? (
                  <button type="button" className="button-link" onClick={() => onSelect(y.year)}>
                    {y.year}
                  </button>
                ) : (
                  y.year
                )}
              </th>
              <td>{fmt(y.demand)}</td>
              <td>{fmt(y.supply)}</td>
              <td>{fmt(y.gap)}</td>
              <td>{fmt(y.cumulativeGap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Detail({
  data,
  skill,
  figures,
  onClose,
}: {
  data: Workforce;
  skill: SkillGap;
  figures: YearFigures;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const facilities = data.facilities.filter((f) => figures.facilityIds.includes(f.id));
  const programmes = data.programmes.filter((p) => figures.programmeIds.includes(p.id));
  const openings = data.openings.filter((o) => figures.openingIds.includes(o.id));
  const plans = data.tenantPlans.filter((p) => figures.tenantPlanIds.includes(p.id));
  const none = <p className="muted">{t('wfNone')}</p>;
  return (
    <section className="card wf-detail" aria-labelledby="wf-detail-heading">
      <h3 id="wf-detail-heading">
        {t('wfDetailHeading', { skill: pick(skill.skill.label), year: figures.year })}
      </h3>
      <p>
        {t('wfDemand')} {fmt(figures.demand)}
        {figures.byPhase.map((p) => (
          <span key={String(p.phase)}>
            {' · '}
            {p.phase === null ? t('wfNoPhase') : t('wfPhase', { phase: p.phase })} {fmt(p.demand)}
          </span>
        ))}
        <br />
        {t('wfSupply')} {fmt(figures.supply)}
      </p>
      <h4>{t('wfFacilities')}</h4>
      {facilities.length === 0 ? (
        none
      ) : (
        <ul>
          {facilities.map((f) => (
            <li key={f.id}>
              {pick(f.name)} — {pick(f.site.name)}, {pick(f.profile.name)},{' '}
              {t('wfStart', { year: f.constructionStartYear })}, {t('wfPhase', { phase: f.phase })}
              {f.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('wfProgrammes')}</h4>
      {programmes.length === 0 ? (
        none
      ) : (
        <ul>
          {programmes.map((p) => (
            <li key={p.id}>
              <Link href={`/talent/programmes/${p.id}`}>{pick(p.title)}</Link> — {pick(p.provider.name)},{' '}
              {t('wfRate', {
                rate: Math.round(p.completionRate * 100),
                basis: t(p.rateBasis === 'history' ? 'wfRateHistory' : 'wfRateDefault'),
              })}
            </li>
          ))}
        </ul>
      )}
      {openings.length > 0 && (
        <>
          <h4>{t('wfOpenings')}</h4>
          <ul>
            {openings.map((o) => (
              <li key={o.id}>
                <Link href={`/talent/openings/${o.id}`}>{pick(o.title)}</Link> — {pick(o.organization.name)}
              </li>
            ))}
          </ul>
        </>
      )}
      {plans.length > 0 && (
        <>
          <h4>{t('wfTenantPlans')}</h4>
          <ul>
            {plans.map((p) => (
              <li key={p.id}>
                {pick(p.organization.name)} — {t('wfHeadcount', { n: p.headcount, year: p.year })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button button-secondary no-print" onClick={onClose}>
        {t('wfClose')}
      </button>
    </section>
  );
}

function Sites({ data }: { data: Workforce }) {
  const { t, pick } = useI18n();
  const sites = data.sites.filter((s) => s.engineersWithin60Min !== null);
  if (sites.length === 0) return null;
  return (
    <section aria-labelledby="wf-sites">
      <h2 id="wf-sites">{t('wfSitesHeading')}</h2>
      <p className="muted">{t('wfSitesIntro')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={t('tableOf', { name: t('wfSitesHeading') })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('wfSite')}</th>
              <th scope="col">{t('wfEngineers')}</th>
              <th scope="col">{t('wfGraduates')}</th>
              <th scope="col">{t('wfWithGraduates')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.key}>
                <th scope="row">{pick(s.name)}</th>
                <td>{s.engineersWithin60Min}</td>
                <td>{fmt(s.graduatesInPrefecture)}</td>
                <td>{s.withGraduates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
