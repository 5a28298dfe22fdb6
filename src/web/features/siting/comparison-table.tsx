import type { StudyOutcome } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatValue } from '../../lib/site-labels.ts';
import type { Site } from './siting-api.ts';

/** Two to five sites side by side on the attributes the study uses, each value marked by where it came from. */
export function ComparisonTable({
  sites,
  attributes,
  outcome,
}: {
  sites: Site[];
  attributes: string[];
  outcome: StudyOutcome;
}) {
  const { t, lang, pick } = useI18n();
  const rank = new Map(outcome.ranking.map((r) => [r.key, r]));
  const excluded = new Set(outcome.excluded.map((e) => e.key));
  const mark = (site: Site, attribute: string) => {
    if (outcome.changed[site.key]?.includes(attribute)) return t('sitingMarkChanged');
    if (outcome.imputed[site.key]?.includes(attribute)) return t('sitingMarkImputed');
    if (outcome.computed[site.key]?.includes(attribute)) return t('sitingMarkComputed');
    if (site.attributeSources[attribute]?.illustrative) return t('sitingMarkIllustrative');
    return '';
  };
  return (
    <div className="table-scroll">
      <table className="comparison" data-testid="comparison">
        <thead>
          <tr>
            <th scope="col">{t('sitingAttribute')}</th>
            {sites.map((s) => (
              <th scope="col" key={s.key}>
                {pick(s.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('sitingRank')}</th>
            {sites.map((s) => (
              <td key={s.key}>
                {excluded.has(s.key) ? t('sitingExcludedShort') : (rank.get(s.key)?.rank ?? '—')}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('sitingScore')}</th>
            {sites.map((s) => (
              <td key={s.key}>{rank.get(s.key)?.score.toFixed(3) ?? '—'}</td>
            ))}
          </tr>
          {attributes.map((a) => (
            <tr key={a}>
              <th scope="row">{attributeLabel(a, lang)}</th>
              {sites.map((s) => {
                const note = mark(s, a);
                return (
                  <td key={s.key}>
                    {formatValue(a, outcome.values[s.key]?.[a], lang)}
                    {note && <small className="value-mark"> {note}</small>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
