import type { SensitivityResult } from '../../../core/mcda/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel } from '../../lib/site-labels.ts';
import { criterionColor } from './palette.ts';

const width = 560;
const rowHeight = 30;
const labelWidth = 210;
const plot = width - labelWidth - 20;

/**
 * For each criterion, the weight range in which the current leader stays first (a band on 0–100 %), with
 * the current weight marked. A narrow band means the ranking hangs on that weight.
 */
export function SensitivityChart({
  result,
  criteriaOrder,
}: {
  result: SensitivityResult;
  criteriaOrder: string[];
}) {
  const { t, lang } = useI18n();
  const x = (w: number) => labelWidth + w * plot;
  const height = result.intervals.length * rowHeight + 28;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="sensitivity-caption">
        <title>{t('sitingSensitivity')}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 20} className="grid" />
            <text x={x(tick)} y={height - 6} textAnchor="middle" className="tick">
              {tick * 100}%
            </text>
          </g>
        ))}
        {result.intervals.map((interval, row) => {
          const y = row * rowHeight + 6;
          const color = criterionColor(criteriaOrder.indexOf(interval.criterion));
          const label = `${attributeLabel(interval.criterion, lang)}: ${(interval.lo * 100).toFixed(1)}–${(interval.hi * 100).toFixed(1)}%`;
          return (
            <g key={interval.criterion} data-criterion={interval.criterion}>
              <title>{label}</title>
              <text x={labelWidth - 8} y={y + 14} textAnchor="end" className="label">
                {attributeLabel(interval.criterion, lang)}
              </text>
              <rect x={x(0)} y={y + 4} width={plot} height={12} className="track" />
              <rect
                x={x(interval.lo)}
                y={y + 4}
                width={Math.max(1, (interval.hi - interval.lo) * plot)}
                height={12}
                fill={color}
                opacity={0.75}
              />
              <line x1={x(interval.weight)} x2={x(interval.weight)} y1={y} y2={y + 20} className="marker" />
            </g>
          );
        })}
      </svg>
      <figcaption id="sensitivity-caption">{t('sitingSensitivityHelp', { site: result.top })}</figcaption>
    </figure>
  );
}
