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

const dayMs = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** About `most` whole-day ticks from `from` to `to`, each day once, both ends included. */
export function dayTicks(from: number, to: number, most = 5): number[] {
  const days = Math.round((to - from) / dayMs);
  const step = Math.max(1, Math.ceil(days / (most - 1)));
  const ticks: number[] = [];
  for (let d = 0; d < days; d += step) ticks.push(from + d * dayMs);
  // The last tick is the end itself; one that would crowd it is dropped.
  if (ticks.length > 1 && days - (ticks.length - 1) * step <= step / 2) ticks.pop();
  return [...ticks, to];
}

/** Count ticks from 0 to at least `top` in a round step (1, 2, 5 × 10ⁿ), at most `most` + 1 of them. */
export function countTicks(highest: number, most = 5): number[] {
  const top = Math.max(1, highest);
  const raw = top / most;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw && Number.isInteger(s)) ?? 1;
  const ticks: number[] = [];
  for (let n = 0; n < top + step; n += step) ticks.push(n);
  return ticks;
}

/**
 * Cumulative answers by day, as a step line on a time axis from the opening day: is the chasing working?
 * Drawn in its own box (`.survey-timeline`), so it scales with its column at any width.
 */
export function OverTimeChart({
  points,
  invited,
  openedAt,
}: {
  points: { date: string; answered: number }[];
  invited: number;
  openedAt?: string | null;
}) {
  const { t, lang } = useI18n();
  if (points.length === 0) return <p className="field-hint">{t('surveyNoAnswersYet')}</p>;
  const w = 400;
  const h = 230;
  const m = { left: 48, right: 14, top: 14, bottom: 50 };
  const first = dayOf(points[0]!.date);
  const from = Math.min(first, openedAt ? dayOf(openedAt) : first);
  const to = Math.max(dayOf(points.at(-1)!.date), from + dayMs);
  const yTicks = countTicks(Math.max(invited, ...points.map((p) => p.answered)));
  const top = yTicks.at(-1)!;
  const x = (ms: number) => m.left + ((ms - from) / (to - from)) * (w - m.left - m.right);
  const y = (n: number) => h - m.bottom - (n / top) * (h - m.top - m.bottom);
  const crossesYear = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
  const format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
    ...(crossesYear ? { year: 'numeric' } : {}),
  });
  // A step line: the running total holds until the next day's answers, and to the end of the axis.
  const steps = [`${x(from)},${y(0)}`];
  let previous = 0;
  for (const p of points) {
    const px = x(dayOf(p.date));
    steps.push(`${px},${y(previous)}`, `${px},${y(p.answered)}`);
    previous = p.answered;
  }
  steps.push(`${x(to)},${y(previous)}`);
  const last = points.at(-1)!;
  return (
    <figure className="survey-timeline">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={t('surveyOverTimeSummary', {
          from: format.format(from),
          to: format.format(to),
          n: last.answered,
          invited,
        })}
      >
        <g className="axis" data-axis="count">
          {yTicks.map((n) => (
            <g key={n}>
              <line x1={m.left} x2={w - m.right} y1={y(n)} y2={y(n)} className="grid" />
              <text x={m.left - 6} y={y(n) + 4} textAnchor="end" className="tick">
                {n}
              </text>
            </g>
          ))}
          <text
            className="axis-name"
            transform={`translate(12 ${(m.top + h - m.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t('surveyAxisAnswers')}
          </text>
        </g>
        <g className="axis" data-axis="time">
          <line x1={m.left} x2={w - m.right} y1={y(0)} y2={y(0)} className="axis-line" />
          {dayTicks(from, to).map((d) => (
            <g key={d}>
              <line x1={x(d)} x2={x(d)} y1={y(0)} y2={y(0) + 4} className="axis-line" />
              <text x={x(d)} y={y(0) + 16} textAnchor="middle" className="tick" data-testid="time-tick">
                {format.format(d)}
              </text>
            </g>
          ))}
          <text className="axis-name" x={(m.left + w - m.right) / 2} y={h - 8} textAnchor="middle">
            {t('surveyAxisDate')}
          </text>
        </g>
        <line x1={m.left} x2={w - m.right} y1={y(invited)} y2={y(invited)} className="invited-line" />
        <text x={w - m.right} y={y(invited) - 4} textAnchor="end" className="tick">
          {t('surveyInvitedLine', { n: invited })}
        </text>
        <polyline points={steps.join(' ')} fill="none" stroke="#08519c" strokeWidth={2} />
        {points.map((p) => (
          <circle key={p.date} cx={x(dayOf(p.date))} cy={y(p.answered)} r={3} fill="#08519c">
            <title>{`${format.format(dayOf(p.date))}: ${p.answered}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
