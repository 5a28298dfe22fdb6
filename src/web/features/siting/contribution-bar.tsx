import type { StudyCriterion } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel } from '../../lib/site-labels.ts';
import { criterionColor } from './palette.ts';

/** One stacked bar per site: each criterion's weighted min–max share, so the reader sees why it scores. */
export function ContributionBar({
  criteria,
  contributions,
}: {
  criteria: StudyCriterion[];
  contributions: Record<string, number>;
}) {
  const { lang } = useI18n();
  const parts = criteria.map((c, i) => ({ c, i, value: contributions[c.attribute] ?? 0 }));
  const title = parts
    .map(({ c, value }) => `${attributeLabel(c.attribute, lang)}: ${value.toFixed(3)}`)
    .join('\n');
  return (
    <div className="contribution-bar" title={title} role="img" aria-label={title}>
      {parts.map(({ c, i, value }) => (
        <span key={c.attribute} style={{ width: `${value * 100}%`, background: criterionColor(i) }} />
      ))}
    </div>
  );
}

export function CriteriaLegend({ criteria }: { criteria: StudyCriterion[] }) {
  const { lang } = useI18n();
  return (
    <ul className="chart-legend">
      {criteria.map((c, i) => (
        <li key={c.attribute}>
          <span className="swatch" style={{ background: criterionColor(i) }} />
          {attributeLabel(c.attribute, lang)}
        </li>
      ))}
    </ul>
  );
}
