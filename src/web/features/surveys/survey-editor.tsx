import { useState } from 'react';
import { type Choice, type Question, type QuestionType, questionTypes } from '../../../core/surveys/types.ts';
import { FieldErrors } from '../../components/form-field.tsx';
import { Alert } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type Survey, type SurveyInput, useSaveSurvey } from './surveys-api.ts';

// Choices and matrix items are edited as lines, "key | 日本語 | English | score-or-attributes": quick to type
// and to paste from the spreadsheet a questionnaire usually starts in.
const toLines = (list: { key: string; label: { ja?: string; en?: string } }[], extra: (x: never) => string) =>
  list
    .map((c) =>
      [c.key, c.label.ja ?? '', c.label.en ?? '', extra(c as never)].join(' | ').replace(/ \| $/, ''),
    )
    .join('\n');

const fromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split('|').map((p) => p.trim()))
    .filter((p) => p[0])
    .map(([key = '', ja, en, extra]) => ({
      key,
      label: { ...(ja ? { ja } : {}), ...(en ? { en } : {}) },
      extra,
    }));

const choicesFrom = (text: string): Choice[] =>
  fromLines(text).map(({ extra, ...c }) =>
    extra && Number.isFinite(Number(extra)) ? { ...c, score: Number(extra) } : c,
  );

function blank(type: QuestionType, n: number): Question {
  const base = { key: `q${n}`, label: { ja: '', en: '' } };
  if (type === 'matrix') return { ...base, type, items: [], choices: [] };
  if (type === 'single' || type === 'multiple' || type === 'likert') return { ...base, type, choices: [] };
  return { ...base, type } as Question;
}

/** Builds and changes the questionnaire in both languages; the server refuses changes that break answers. */
export function SurveyEditor({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  // Each question keeps a stable id while edited, so typing in its key does not remount it.
  const [items, setItems] = useState(() =>
    survey.definition.questions.map((q) => ({ uid: crypto.randomUUID(), q })),
  );
  const questions = items.map((i) => i.q);
  const setQuestions = (next: Question[], uids = items.map((i) => i.uid)) =>
    setItems(next.map((q, k) => ({ uid: uids[k] ?? crypto.randomUUID(), q })));
  const [title, setTitle] = useState(survey.title);
  const save = useSaveSurvey(survey.id, survey.updatedAt);
  const errors = save.error instanceof ApiError ? save.error.details : [];
  const update = (i: number, q: Question) => setQuestions(questions.map((x, k) => (k === i ? q : x)));
  const move = (i: number, by: number) => {
    const next = items.slice();
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    setItems(next);
  };
  return (
    <form
      className="survey-editor"
      onSubmit={(e) => {
        e.preventDefault();
        // The editable fields of the survey, as SurveyInput names them; the rest is the server's own.
        const { key, description, anonymity, minCell, closesAt, reminderDays, population } = survey;
        save.mutate({
          ...{ key, description, anonymity, minCell, closesAt, reminderDays },
          // Read back as the server stored it, so its kinds are the server's own.
          population: population as SurveyInput['population'],
          title,
          definition: { questions },
        });
      }}
    >
      <h2>{t('surveyTab_questions')}</h2>
      {survey.status !== 'draft' && <p className="field-hint">{t('surveyEditAnswered')}</p>}
      <div className="field-row">
        <label className="field">
          <span>{t('surveyTitleJa')}</span>
          <input
            value={title.ja ?? ''}
            readOnly={survey.status !== 'draft'}
            onChange={(e) => setTitle({ ...title, ja: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('surveyTitleEn')}</span>
          <input
            value={title.en ?? ''}
            readOnly={survey.status !== 'draft'}
            onChange={(e) => setTitle({ ...title, en: e.target.value })}
          />
        </label>
      </div>
      <ol className="question-list">
        {items.map(({ uid, q }, i) => (
          <li key={uid} className="card">
            <QuestionEditor question={q} earlier={questions.slice(0, i)} onChange={(x) => update(i, x)} />
            <FieldErrors
              errors={errors.filter((d) => d.path.startsWith(`body.definition.questions[${i}]`))}
            />
            <div className="page-actions">
              <button type="button" className="button-link" disabled={i === 0} onClick={() => move(i, -1)}>
                ↑ {t('surveyMoveUp')}
              </button>
              <button
                type="button"
                className="button-link"
                disabled={i === questions.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓ {t('surveyMoveDown')}
              </button>
              <button
                type="button"
                className="button-link"
                onClick={() => setItems(items.filter((_, k) => k !== i))}
              >
                {t('sitingWhatIfRemove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <label className="field">
        <span>{t('surveyAddQuestion')}</span>
        <select
          value=""
          onChange={(e) =>
            e.target.value &&
            setQuestions([...questions, blank(e.target.value as QuestionType, questions.length + 1)])
          }
        >
          <option value="">—</option>
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {t(`surveyType_${type}`)}
            </option>
          ))}
        </select>
      </label>
      <FieldErrors errors={errors.filter((d) => !/questions\[\d+\]/.test(d.path))} showPath />
      {save.isError && <Alert>{save.error.message}</Alert>}
      {save.isSuccess && <Alert tone="success">{t('surveySaved', { version: save.data.version })}</Alert>}
      <button type="submit" className="button" disabled={save.isPending || survey.status === 'closed'}>
        {t('surveySave')}
      </button>
    </form>
  );
}

function QuestionEditor({
  question: q,
  earlier,
  onChange,
}: {
  question: Question;
  earlier: Question[];
  onChange: (q: Question) => void;
}) {
  const { t, pick } = useI18n();
  const conditions = earlier.filter(
    (x) => x.type === 'single' || x.type === 'multiple' || x.type === 'likert',
  );
  return (
    <div className="question-editor">
      <div className="field-row">
        <label className="field">
          <span>{t('surveyQuestionKey')}</span>
          <input value={q.key} onChange={(e) => onChange({ ...q, key: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('surveyQuestionType')}</span>
          <input value={t(`surveyType_${q.type}`)} readOnly />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={q.required ?? false}
            onChange={(e) => onChange({ ...q, required: e.target.checked })}
          />
          {t('surveyRequired')}
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span>{t('surveyLabelJa')}</span>
          <input
            value={q.label.ja ?? ''}
            onChange={(e) => onChange({ ...q, label: { ...q.label, ja: e.target.value } })}
          />
        </label>
        <label className="field">
          <span>{t('surveyLabelEn')}</span>
          <input
            value={q.label.en ?? ''}
            onChange={(e) => onChange({ ...q, label: { ...q.label, en: e.target.value } })}
          />
        </label>
      </div>
      {'choices' in q && (
        <label className="field">
          <span>{t('surveyChoicesLines')}</span>
          <textarea
            rows={4}
            defaultValue={toLines(q.choices, (c: Choice) => (c.score === undefined ? '' : String(c.score)))}
            onBlur={(e) => onChange({ ...q, choices: choicesFrom(e.target.value) } as Question)}
          />
        </label>
      )}
      {q.type === 'matrix' && (
        <label className="field">
          <span>{t('surveyItemsLines')}</span>
          <textarea
            rows={4}
            defaultValue={toLines(q.items, (i: { attributes?: string[] }) => (i.attributes ?? []).join(','))}
            onBlur={(e) =>
              onChange({
                ...q,
                items: fromLines(e.target.value).map(({ extra, ...i }) =>
                  extra
                    ? {
                        ...i,
                        attributes: extra
                          .split(',')
                          .map((a) => a.trim())
                          .filter(Boolean),
                      }
                    : i,
                ),
              })
            }
          />
        </label>
      )}
      {q.type === 'number' && (
        <div className="field-row">
          <label className="field">
            <span>{t('surveyMin')}</span>
            <input
              type="number"
              value={q.min ?? ''}
              onChange={(e) =>
                onChange({ ...q, min: e.target.value === '' ? undefined : e.target.valueAsNumber })
              }
            />
          </label>
          <label className="field">
            <span>{t('surveyMax')}</span>
            <input
              type="number"
              value={q.max ?? ''}
              onChange={(e) =>
                onChange({ ...q, max: e.target.value === '' ? undefined : e.target.valueAsNumber })
              }
            />
          </label>
        </div>
      )}
      {conditions.length > 0 && (
        <div className="field-row">
          <label className="field">
            <span>{t('surveyShowIf')}</span>
            <select
              value={q.showIf?.question ?? ''}
              onChange={(e) => {
                const { showIf: _drop, ...rest } = q;
                onChange(
                  e.target.value
                    ? ({ ...rest, showIf: { question: e.target.value, anyOf: [] } } as Question)
                    : (rest as Question),
                );
              }}
            >
              <option value="">{t('surveyAlwaysShown')}</option>
              {conditions.map((c) => (
                <option key={c.key} value={c.key}>
                  {pick(c.label) || c.key}
                </option>
              ))}
            </select>
          </label>
          {q.showIf && (
            <fieldset>
              <legend>{t('surveyShowIfChoices')}</legend>
              {(
                conditions.find((c) => c.key === q.showIf?.question) as { choices: Choice[] } | undefined
              )?.choices.map((c) => (
                <label key={c.key} className="checkbox">
                  <input
                    type="checkbox"
                    checked={q.showIf?.anyOf.includes(c.key) ?? false}
                    onChange={(e) => {
                      const anyOf = q.showIf?.anyOf ?? [];
                      const next = e.target.checked ? [...anyOf, c.key] : anyOf.filter((k) => k !== c.key);
                      onChange({ ...q, showIf: { question: q.showIf?.question ?? '', anyOf: next } });
                    }}
                  />
                  {pick(c.label)}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}
