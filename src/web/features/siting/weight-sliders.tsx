import type { StudyCriterion } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { criterionColor } from './palette.ts';
import { attributeLabel, formatShare } from './site-labels.ts';

/** One slider per criterion (raw weight 0–100); the share after normalisation is shown beside it. */
export function WeightSliders({
  criteria,
  onChange,
}: {
  criteria: StudyCriterion[];
  onChange: (criteria: StudyCriterion[]) => void;
}) {
  const { t, lang } = useI18n();
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const set = (index: number, patch: Partial<StudyCriterion>) =>
    onChange(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <ul className="weight-sliders">
      {criteria.map((c, i) => {
        const id = `weight-${c.attribute}`;
        return (
          <li key={c.attribute}>
            <label htmlFor={id}>
              <span className="swatch" style={{ background: criterionColor(i) }} />
              {attributeLabel(c.attribute, lang)}
              <span className="direction">
                {c.direction === 'benefit' ? t('sitingBenefit') : t('sitingCost')}
              </span>
            </label>
            <div className="slider-row">
              <input
                id={id}
                type="range"
                min={0}
                max={100}
                step={1}
                value={Math.round(c.weight * 100)}
                onChange={(e) => set(i, { weight: Number(e.target.value) / 100 })}
              />
              <output htmlFor={id}>{total > 0 ? formatShare(c.weight / total) : '—'}</output>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
