import { visibleQuestions } from '../../../core/surveys/index.ts';
import type { Answers, Question, SurveyDefinition } from '../../../core/surveys/types.ts';
import { FormField } from '../../components/form-field.tsx';
import type { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * An event's registration questions, in the surveys model: choice, number, date and text questions as plain
 * controls (a matrix is not offered for events). The server checks the answers with the same core rules.
 */
export function RegistrationQuestions({
  definition,
  answers,
  onChange,
  error,
}: {
  definition: SurveyDefinition;
  answers: Answers;
  onChange: (answers: Answers) => void;
  error: ApiError | null;
}) {
  const { pick } = useI18n();
  const shown = visibleQuestions(definition, answers);
  return (
    <>
      {definition.questions
        .filter((q) => shown.has(q.key) && q.type !== 'matrix')
        .map((q) => (
          <FormField
            key={q.key}
            label={`${pick(q.label)}${q.required ? ' *' : ''}`}
            errors={error?.detailsFor(`body.answers.${q.key}`) ?? []}
          >
            {(props) => (
              <Control
                question={q}
                value={answers[q.key]}
                onChange={(v) => onChange({ ...answers, [q.key]: v })}
                props={props}
              />
            )}
          </FormField>
        ))}
    </>
  );
}

function Control({
  question: q,
  value,
  onChange,
  props,
}: {
  question: Question;
  value: Answers[string] | undefined;
  onChange: (v: Answers[string]) => void;
  props: { id: string };
}) {
  const { pick } = useI18n();
  if (q.type === 'single' || q.type === 'likert')
    return (
      <select
        {...props}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="" />
        {q.choices.map((c) => (
          <option key={c.key} value={c.key}>
            {pick(c.label)}
          </option>
        ))}
      </select>
    );
  if (q.type === 'multiple')
    return (
      <select
        {...props}
        multiple
        value={Array.isArray(value) ? value : []}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {q.choices.map((c) => (
          <option key={c.key} value={c.key}>
            {pick(c.label)}
          </option>
        ))}
      </select>
    );
  if (q.type === 'number')
    return (
      <input
        {...props}
        type="number"
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    );
  return (
    <input
      {...props}
      type={q.type === 'date' ? 'date' : 'text'}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
