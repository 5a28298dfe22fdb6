import { attributeSpec, isMeasurable, siteAttributeKeys } from '../../../core/siting/attributes.ts';
import type { StudyCriterion } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatShare } from '../../lib/site-labels.ts';
import { criterionColor } from './palette.ts';

const measurable = siteAttributeKeys.filter(isMeasurable);

/**
 * One slider per criterion (raw weight 0–100) with the share after normalisation beside it; criteria can
 * be added, removed and turned round, so a profile can be built here from nothing.
 */
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
              <select
                aria-label={t('sitingDirection', { attribute: attributeLabel(c.attribute, lang) })}
                value={c.direction}
                onChange={(e) => set(i, { direction: e.target.value as StudyCriterion['direction'] })}
              >
                <option value="benefit">{t('sitingBenefit')}</option>
                <option value="cost">{t('sitingCost')}</option>
              </select>
              <button
                type="button"
                className="button-link"
                aria-label={t('sitingRemoveCriterion', { attribute: attributeLabel(c.attribute, lang) })}
                onClick={() => onChange(criteria.filter((_, k) => k !== i))}
              >
                ×
              </button>
            </div>
          </li>
        );
      })}
      <li>
        <select
          aria-label={t('sitingAddCriterion')}
          value=""
          onChange={(e) => {
            const attribute = e.target.value as (typeof measurable)[number];
            if (!attribute) return;
            const direction = attributeSpec(attribute).direction ?? 'benefit';
            onChange([...criteria, { attribute, weight: 0.1, direction }]);
          }}
        >
          <option value="">{t('sitingAddCriterion')}</option>
          {measurable
            .filter((a) => !criteria.some((c) => c.attribute === a))
            .map((a) => (
              <option key={a} value={a}>
                {attributeLabel(a, lang)}
              </option>
            ))}
        </select>
      </li>
    </ul>
  );
}
