import type { ChoiceCount, MatrixItemSummary } from '../../../core/surveys/aggregate.ts';
import type { Text } from '../../../core/surveys/types.ts';
import { useI18n } from '../../lib/i18n.tsx';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
// A sequential blue ramp for ordered scales (strongest first), grey for answers without a score.
const scale = ['#08519c', '#3182bd', '#6baed6', '#bdd7e7', '#eff3ff'];

/** Horizontal bars, one per choice, with count and share of the stated base. */
export function ChoiceBars({ counts }: { counts: ChoiceCount[] }) {
  const { pick } = useI18n();
  const max = Math.max(1e-9, ...counts.map((c) => c.share));
  return (
    <table className="choice-bars">
      <tbody>
        {counts.map((c) => (
          <tr key={c.key} data-choice={c.key}>
            <th scope="row">{pick(c.label)}</th>
            <td className="bar-cell">
              <div className="bar-track">
                <span className="bar-fill" style={{ width: `${(c.share / max) * 100}%` }} />
              </div>
            </td>
            <td className="num">{c.count}</td>
            <td className="num">{pct(c.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A matrix as stacked bars: one per item, one segment per scale point, items in the order asked. */
export function MatrixBars({
  items,
  choices,
}: {
  items: MatrixItemSummary[];
  choices: { key: string; label: Text; score?: number }[];
}) {
  const { pick } = useI18n();
  const colour = (i: number, score?: number) =>
    score === undefined ? '#c4c4c4' : (scale[i] ?? scale.at(-1));
  return (
    <figure className="chart">
      <ul className="chart-legend">
        {choices.map((c, i) => (
          <li key={c.key}>
            <span className="swatch" style={{ background: colour(i, c.score) }} />
            {pick(c.label)}
          </li>
        ))}
      </ul>
      <table className="acceptability">
        <tbody>
          {items.map((item) => (
            <tr key={item.key} data-item={item.key}>
              <th scope="row">{pick(item.label)}</th>
              <td>
                <div
                  className="stacked-bar"
                  role="img"
                  aria-label={item.counts.map((c) => `${pick(c.label)} ${c.count}`).join(', ')}
                >
                  {item.counts.map((c, i) => (
                    <span
                      key={c.key}
                      style={{ width: `${c.share * 100}%`, background: colour(i, choices[i]?.score) }}
                    />
                  ))}
                </div>
              </td>
              <td className="num">{item.mean === null ? '—' : item.mean.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Cumulative answers by day, as a line: is the chasing working? */
export function OverTimeChart({
  points,
  invited,
}: {
  points: { date: string; answered: number }[];
  invited: number;
}) {
  const { t } = useI18n();
  if (points.length === 0) return <p className="field-hint">{t('surveyNoAnswersYet')}</p>;
  const w = 480;
  const h = 140;
  const top = Math.max(invited, 1);
  const x = (i: number) => (points.length === 1 ? w / 2 : 30 + (i * (w - 40)) / (points.length - 1));
  const y = (n: number) => h - 20 - (n / top) * (h - 30);
  const line = points.map((p, i) => `${x(i)},${y(p.answered)}`).join(' ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t('surveyOverTime')}>
        <title>{t('surveyOverTime')}</title>
        <line x1={30} x2={w - 10} y1={y(invited)} y2={y(invited)} className="grid" />
        <text x={30} y={y(invited) - 4} className="tick">
          {t('surveyInvitedLine', { n: invited })}
        </text>
        <polyline points={line} fill="none" stroke="#08519c" strokeWidth={2} />
        {points.map((p, i) => (
          <circle key={p.date} cx={x(i)} cy={y(p.answered)} r={3} fill="#08519c">
            <title>{`${p.date}: ${p.answered}`}</title>
          </circle>
        ))}
        <text x={x(0)} y={h - 4} className="tick">
          {points[0]?.date}
        </text>
        <text x={x(points.length - 1)} y={h - 4} textAnchor="end" className="tick">
          {points.at(-1)?.date}
        </text>
      </svg>
    </figure>
  );
}
