import { useState } from 'react';
import type { ConstraintOp } from '../../../core/mcda/index.ts';
import { isMeasurable, siteAttributeKeys } from '../../../core/siting/attributes.ts';
import type { StudyConstraint } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel } from '../../lib/site-labels.ts';

const ops: ConstraintOp[] = ['>=', '<=', '='];
const measurable = siteAttributeKeys.filter(isMeasurable);

/** Hard constraints: a site failing one is excluded before ranking, with the shortfall stated. */
export function ConstraintEditor({
  constraints,
  onChange,
}: {
  constraints: StudyConstraint[];
  onChange: (constraints: StudyConstraint[]) => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<StudyConstraint>({ attribute: 'largestParcelHa', op: '>=', value: 10 });
  const set = (i: number, patch: Partial<StudyConstraint>) =>
    onChange(constraints.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  return (
    <div className="constraint-editor">
      {constraints.length === 0 && <p className="field-hint">{t('sitingNoConstraints')}</p>}
      <ul className="plain-list">
        {constraints.map((c, i) => (
          <li key={`${c.attribute}${c.op}`} className="constraint-row">
            <span>{attributeLabel(c.attribute, lang)}</span>
            <span>{c.op}</span>
            <input
              type="number"
              aria-label={t('sitingConstraintValue', { attribute: attributeLabel(c.attribute, lang) })}
              value={c.value}
              onChange={(e) =>
                Number.isFinite(e.target.valueAsNumber) && set(i, { value: e.target.valueAsNumber })
              }
            />
            <button
              type="button"
              className="button-link"
              onClick={() => onChange(constraints.filter((_, k) => k !== i))}
            >
              {t('sitingWhatIfRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="constraint-row">
        <select
          aria-label={t('sitingWhatIfAttribute')}
          value={draft.attribute}
          onChange={(e) => setDraft({ ...draft, attribute: e.target.value })}
        >
          {measurable.map((a) => (
            <option key={a} value={a}>
              {attributeLabel(a, lang)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('sitingConstraintOp')}
          value={draft.op}
          onChange={(e) => setDraft({ ...draft, op: e.target.value as ConstraintOp })}
        >
          {ops.map((op) => (
            <option key={op}>{op}</option>
          ))}
        </select>
        <input
          type="number"
          aria-label={t('sitingWhatIfValue')}
          value={draft.value}
          onChange={(e) => setDraft({ ...draft, value: e.target.valueAsNumber || 0 })}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...constraints, draft])}
        >
          {t('sitingConstraintAdd')}
        </button>
      </div>
    </div>
  );
}
