import type { StudyCriterion, StudyOutcome } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatValue } from '../../lib/site-labels.ts';
import { ContributionBar, CriteriaLegend } from './contribution-bar.tsx';

export const maxCompared = 5;

/** Ranked sites with each score broken down by criterion, and a tick to put a site into the comparison. */
export function RankingTable({
  outcome,
  criteria,
  nameOf,
  selected,
  onSelect,
  compare,
  onCompare,
}: {
  outcome: StudyOutcome;
  criteria: StudyCriterion[];
  nameOf: (key: string) => string;
  selected: string | null;
  onSelect: (key: string) => void;
  compare?: string[];
  onCompare?: (keys: string[]) => void;
}) {
  const { t, lang } = useI18n();
  if (outcome.ranking.length === 0) return <p className="status">{t('sitingNoneRanked')}</p>;
  const toggle = (key: string) =>
    compare?.includes(key) ? compare.filter((k) => k !== key) : [...(compare ?? []), key].slice(-maxCompared);
  return (
    <>
      <CriteriaLegend criteria={criteria} />
      <div className="table-scroll">
        <table className="ranking" data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">{t('sitingRank')}</th>
              <th scope="col">{t('sitingSite')}</th>
              <th scope="col" className="num">
                {t('sitingScore')}
              </th>
              <th scope="col">{t('sitingBreakdown')}</th>
              {onCompare && <th scope="col">{t('sitingCompare')}</th>}
            </tr>
          </thead>
          <tbody>
            {outcome.ranking.map((r) => {
              const imputed = (outcome.imputed[r.key] ?? []).map((a) => attributeLabel(a, lang));
              const changed = (outcome.changed[r.key] ?? []).map((a) => attributeLabel(a, lang));
              // Saved studies from before unknowns were kept have no `unknown` record.
              const unknown = (outcome.unknown?.[r.key] ?? []).map((a) => attributeLabel(a, lang));
              return (
                <tr key={r.key} data-site={r.key} className={selected === r.key ? 'selected' : undefined}>
                  <td className="num">{r.rank}</td>
                  <td>
                    <button type="button" className="button-link" onClick={() => onSelect(r.key)}>
                      {nameOf(r.key)}
                    </button>
                    {unknown.length > 0 && (
                      <UnknownBadge detail={t('sitingUnknownDetail', { attributes: unknown.join(', ') })} />
                    )}
                    {imputed.length > 0 && (
                      <small className="value-mark" title={imputed.join(', ')}>
                        {' '}
                        {t('sitingImputedCount', { count: imputed.length })}
                      </small>
                    )}
                    {changed.length > 0 && (
                      <small className="value-mark" title={changed.join(', ')}>
                        {' '}
                        {t('sitingMarkChanged')}: {changed.join(', ')}
                      </small>
                    )}
                  </td>
                  <td className="num">{r.score.toFixed(3)}</td>
                  <td className="bar-cell">
                    <ContributionBar criteria={criteria} contributions={r.contributions} />
                  </td>
                  {onCompare && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('sitingCompareSite', { site: nameOf(r.key) })}
                        checked={compare?.includes(r.key) ?? false}
                        onChange={() => onCompare(toggle(r.key))}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A hard requirement not checked for lack of a value: named, never shown as a failure. */
function UnknownBadge({ detail }: { detail: string }) {
  const { t } = useI18n();
  return (
    <>
      {' '}
      <span className="badge-unknown" data-testid="unknown" title={detail}>
        {t('sitingUnknown')}
      </span>
      <span className="visually-hidden">{detail}</span>
    </>
  );
}

/** Sites left out, each with the constraint it failed and by how much, or the value it lacks. */
export function ExcludedList({
  outcome,
  nameOf,
}: {
  outcome: StudyOutcome;
  nameOf: (key: string) => string;
}) {
  const { t, lang } = useI18n();
  if (outcome.excluded.length === 0) return <p className="status">{t('sitingNoneExcluded')}</p>;
  return (
    <ul className="excluded-list" data-testid="excluded">
      {outcome.excluded.map((e) => (
        <li key={e.key} data-site={e.key}>
          <strong>{nameOf(e.key)}</strong>
          <ul>
            {e.failures.map((f) => (
              <li key={f.criterion}>
                {t('sitingShortfall', {
                  attribute: attributeLabel(f.criterion, lang),
                  actual: formatValue(f.criterion, f.actual, lang),
                  op: f.op,
                  required: formatValue(f.criterion, f.required, lang),
                  shortfall: formatValue(f.criterion, f.shortfall, lang),
                })}
              </li>
            ))}
            {e.missing.map((a) => (
              <li key={a}>{t('sitingMissingValue', { attribute: attributeLabel(a, lang) })}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
