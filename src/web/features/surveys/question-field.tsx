import type { Answer, Question } from '../../../core/surveys/types.ts';
import { FieldErrors } from '../../components/form-field.tsx';
import type { ErrorDetail } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';

type Props = {
  question: Question;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  errors: ErrorDetail[];
};

/** One question as a respondent answers it; every control is labelled, and errors sit under the question. */
export function QuestionField({ question: q, value, onChange, errors }: Props) {
  const { t, pick } = useI18n();
  const name = `q-${q.key}`;
  const legend = (
    <legend>
      {pick(q.label)}
      {q.required && <span className="required"> {t('surveyRequired')}</span>}
    </legend>
  );
  const help = q.help && <p className="field-hint">{pick(q.help)}</p>;
  const body = (() => {
    switch (q.type) {
      case 'single':
      case 'likert':
        return (
          <div className="choice-list">
            {q.choices.map((c) => (
              <label key={c.key} className="checkbox">
                <input type="radio" name={name} checked={value === c.key} onChange={() => onChange(c.key)} />
                {pick(c.label)}
              </label>
            ))}
          </div>
        );
      case 'multiple': {
        const picked = Array.isArray(value) ? value : [];
        return (
          <div className="choice-list">
            {q.choices.map((c) => (
              <label key={c.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={picked.includes(c.key)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...picked, c.key] : picked.filter((k) => k !== c.key))
                  }
                />
                {pick(c.label)}
              </label>
            ))}
          </div>
        );
      }
      case 'number':
        return (
          <input
            type="number"
            aria-label={pick(q.label)}
            min={q.min}
            max={q.max}
            step={q.integer ? 1 : 'any'}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.valueAsNumber)}
          />
        );
      case 'date':
        return (
          <input
            type="date"
            aria-label={pick(q.label)}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value || undefined)}
          />
        );
      case 'text':
        return (
          <textarea
            aria-label={pick(q.label)}
            rows={4}
            maxLength={q.maxLength}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value || undefined)}
          />
        );
      case 'matrix': {
        const rows = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
          string,
          string
        >;
        return (
          <div className="table-scroll">
            <table className="matrix-question">
              <thead>
                <tr>
                  <td />
                  {q.choices.map((c) => (
                    <th key={c.key} scope="col">
                      {pick(c.label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {q.items.map((item) => (
                  <tr key={item.key}>
                    <th scope="row">{pick(item.label)}</th>
                    {q.choices.map((c) => (
                      <td key={c.key}>
                        <input
                          type="radio"
                          name={`${name}-${item.key}`}
                          aria-label={`${pick(item.label)}: ${pick(c.label)}`}
                          checked={rows[item.key] === c.key}
                          onChange={() => onChange({ ...rows, [item.key]: c.key })}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      }
    }
  })();
  return (
    <fieldset className={`survey-question${errors.length ? ' field-invalid' : ''}`} data-question={q.key}>
      {legend}
      {help}
      {body}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
