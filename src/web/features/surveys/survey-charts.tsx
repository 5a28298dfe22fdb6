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

/** Cumulative answers by day, as a line against the number invited: is the chasing working? */
export function OverTimeChart({
  points,
  invited,
}: {
  points: { date: string; answered: number }[];
  invited: number;
}) {
  const { t, lang } = useI18n();
  if (points.length === 0) return <p className="field-hint">{t('surveyNoAnswersYet')}</p>;
  const w = 480;
  const h = 160;
  const left = 36;
  const right = w - 12;
  const top = 14;
  const bottom = h - 24;
  const max = Math.max(invited, 1);
  const x = (i: number) =>
    points.length === 1 ? (left + right) / 2 : left + (i * (right - left)) / (points.length - 1);
  const y = (n: number) => bottom - (n / max) * (bottom - top);
  const line = points.map((p, i) => `${x(i)},${y(p.answered)}`).join(' ');
  const day = (date: string) =>
    new Date(`${date}T00:00:00`).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
      month: 'short',
      day: 'numeric',
    });
  // 0, half and all invited on the y axis (whole organisations only, no repeats).
  const yTicks = [...new Set([0, Math.round(max / 2), max])];
  // The first and the last day under the x axis; one label when there is one day.
  const xTicks = points.length === 1 ? [0] : [0, points.length - 1];
  const last = points.at(-1);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={`${t('surveyOverTime')}: ${last ? `${day(last.date)} ${last.answered} / ${invited}` : ''}`}
      >
        <line x1={left} x2={left} y1={top} y2={bottom} className="axis" />
        <line x1={left} x2={right} y1={bottom} y2={bottom} className="axis" />
        {yTicks.map((n) => (
          <g key={n}>
            <line x1={left} x2={right} y1={y(n)} y2={y(n)} className="grid" />
            <text x={left - 6} y={y(n) + 4} textAnchor="end" className="tick">
              {n}
            </text>
          </g>
        ))}
        <text x={right} y={y(max) - 4} textAnchor="end" className="tick">
          {t('surveyInvitedLine', { n: invited })}
        </text>
        <polyline points={line} fill="none" stroke="#08519c" strokeWidth={2} />
        {points.map((p, i) => (
          <circle key={p.date} cx={x(i)} cy={y(p.answered)} r={3} fill="#08519c">
            <title>{`${day(p.date)}: ${p.answered}`}</title>
          </circle>
        ))}
        {xTicks.map((i) => {
          const p = points[i] as (typeof points)[number];
          const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : 'end';
          return (
            <text key={p.date} x={x(i)} y={h - 6} textAnchor={anchor} className="tick">
              {day(p.date)}
            </text>
          );
        })}
      </svg>
    </figure>
  );
}
