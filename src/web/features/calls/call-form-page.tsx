import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { AdminGate } from '../../components/admin-gate.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { errorsFor, kindLabel, MutationError } from './call-parts.tsx';
import { type Call, type CallInput, useCreateCall, useOfferable } from './calls-api.ts';

/** A five-point scale's usual words; the API takes criterion-specific anchors too. */
const standardAnchors = [
  { ja: '不十分', en: 'Inadequate' },
  { ja: 'やや不十分', en: 'Weak' },
  { ja: '標準的', en: 'Adequate' },
  { ja: '優れている', en: 'Good' },
  { ja: '特に優れている', en: 'Excellent' },
];

type CriterionRow = { key: string; ja: string; en: string; weight: string };
type QuestionRow = {
  key: string;
  type: 'text' | 'number' | 'date';
  ja: string;
  en: string;
  required: boolean;
};

const startRubric: CriterionRow[] = [
  { key: 'plan', ja: '事業計画の実現性', en: 'Feasibility of the business plan', weight: '40' },
  { key: 'technology', ja: '技術の新規性', en: 'Novelty of the technology', weight: '30' },
  { key: 'region', ja: '地域産業への波及', en: 'Benefit to regional industry', weight: '30' },
];
const startQuestions: QuestionRow[] = [
  { key: 'business', type: 'text', ja: '事業内容', en: 'Business description', required: true },
  { key: 'staff', type: 'number', ja: '従業員数', en: 'Number of staff', required: false },
];

/** `YYYY-MM-DDTHH:mm` typed as Japan time, as the API's ISO instant. */
const jst = (local: string) => (local ? `${local}:00+09:00` : '');

export function CallFormPage() {
  const { t } = useI18n();
  return (
    <AdminGate title={t('callsNew')}>
      <CallForm />
    </AdminGate>
  );
}

function CallForm() {
  const { t, pick } = useI18n();
  const [, navigate] = useLocation();
  const offer = useOfferable();
  const create = useCreateCall();
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<Call['kind']>('tenancy');
  const [title, setTitle] = useState({ ja: '', en: '' });
  const [eligibility, setEligibility] = useState({ ja: '', en: '' });
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [units, setUnits] = useState<string[]>([]);
  const [equipment, setEquipment] = useState<string[]>([]);
  const [rubric, setRubric] = useState(startRubric);
  const [questions, setQuestions] = useState(startQuestions);
  const [threshold, setThreshold] = useState('1');
  const error = create.error;
  const text = (v: { ja: string; en: string }) => ({
    ...(v.ja.trim() ? { ja: v.ja.trim() } : {}),
    ...(v.en.trim() ? { en: v.en.trim() } : {}),
  });
  const body = (): CallInput => ({
    key,
    kind,
    title: text(title),
    eligibility: text(eligibility),
    opensAt: jst(opensAt),
    closesAt: jst(closesAt),
    units: kind === 'tenancy' ? units : [],
    equipment: kind === 'joint-use' ? equipment : [],
    ...(questions.length
      ? {
          form: {
            questions: questions.map((q) => ({
              key: q.key,
              type: q.type,
              label: text(q),
              ...(q.required ? { required: true } : {}),
            })),
          } as CallInput['form'],
        }
      : {}),
    rubric: rubric.map((c) => ({
      key: c.key,
      label: text(c),
      weight: Number(c.weight),
      anchors: standardAnchors,
    })),
    disagreementThreshold: Number(threshold),
  });
  const weightSum = rubric.reduce((s, c) => s + (Number(c.weight) || 0), 0);
  return (
    <>
      <p>
        <Link href="/incubation/calls">← {t('callsBack')}</Link>
      </p>
      <PageHeader title={t('callsNew')} intro={t('callsNewIntro')} />
      <form
        className="call-form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(body(), { onSuccess: (c) => navigate(`/incubation/calls/${c.id}`) });
        }}
      >
        <div className="field-row">
          <FormField label={t('callsKey')} hint={t('callsKeyHint')} errors={errorsFor(error, 'body.key')}>
            {(p) => <input {...p} value={key} onChange={(e) => setKey(e.target.value)} />}
          </FormField>
          <FormField label={t('callsKind')} errors={errorsFor(error, 'body.kind')}>
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Call['kind'])}>
                {(Object.keys(kindLabel) as Call['kind'][]).map((k) => (
                  <option key={k} value={k}>
                    {t(kindLabel[k])}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="field-row">
          <FormField label={t('callsTitleJa')} errors={errorsFor(error, 'body.title')}>
            {(p) => (
              <input {...p} value={title.ja} onChange={(e) => setTitle({ ...title, ja: e.target.value })} />
            )}
          </FormField>
          <FormField label={t('callsTitleEn')}>
            {(p) => (
              <input {...p} value={title.en} onChange={(e) => setTitle({ ...title, en: e.target.value })} />
            )}
          </FormField>
        </div>
        <div className="field-row">
          <FormField label={t('callsEligibilityJa')} errors={errorsFor(error, 'body.eligibility')}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={eligibility.ja}
                onChange={(e) => setEligibility({ ...eligibility, ja: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('callsEligibilityEn')}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={eligibility.en}
                onChange={(e) => setEligibility({ ...eligibility, en: e.target.value })}
              />
            )}
          </FormField>
        </div>
        <div className="field-row">
          <FormField label={t('callsOpensAt')} errors={errorsFor(error, 'body.opensAt')}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={opensAt}
                onChange={(e) => setOpensAt(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('callsClosesAt')} errors={errorsFor(error, 'body.closesAt')}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={closesAt}
                onChange={(e) => setClosesAt(e.target.value)}
              />
            )}
          </FormField>
        </div>
        {offer.isPending ? (
          <LoadingMessage />
        ) : kind === 'tenancy' ? (
          <CheckboxGroup
            legend={t('callsUnitsOffered')}
            options={(offer.data?.units ?? []).map((u) => ({
              value: u.key,
              label: `${pick(u.name)} — ${pick(u.facility)}`,
            }))}
            value={units}
            onChange={setUnits}
            errors={errorsFor(error, 'body.units')}
          />
        ) : (
          <CheckboxGroup
            legend={t('callsEquipmentOffered')}
            options={(offer.data?.equipment ?? []).map((e) => ({
              value: e.key,
              label: `${pick(e.name)} — ${pick(e.facility)}`,
            }))}
            value={equipment}
            onChange={setEquipment}
            errors={errorsFor(error, 'body.equipment')}
          />
        )}
        <fieldset>
          <legend>{t('callsRubric')}</legend>
          <p className="field-hint">{t('callsRubricHint', { sum: weightSum })}</p>
          {rubric.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the key field changes
            <div className="field-row" key={i}>
              <FormField label={t('callsCriterionKey')} errors={errorsFor(error, `body.rubric[${i}].key`)}>
                {(p) => (
                  <input
                    {...p}
                    value={c.key}
                    onChange={(e) => setRubric(edit(rubric, i, { key: e.target.value }))}
                  />
                )}
              </FormField>
              <FormField label={t('callsLabelJa')} errors={errorsFor(error, `body.rubric[${i}].label`)}>
                {(p) => (
                  <input
                    {...p}
                    value={c.ja}
                    onChange={(e) => setRubric(edit(rubric, i, { ja: e.target.value }))}
                  />
                )}
              </FormField>
              <FormField label={t('callsLabelEn')}>
                {(p) => (
                  <input
                    {...p}
                    value={c.en}
                    onChange={(e) => setRubric(edit(rubric, i, { en: e.target.value }))}
                  />
                )}
              </FormField>
              <FormField label={t('callsWeight')} errors={errorsFor(error, `body.rubric[${i}].weight`)}>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={0}
                    max={100}
                    value={c.weight}
                    onChange={(e) => setRubric(edit(rubric, i, { weight: e.target.value }))}
                  />
                )}
              </FormField>
              <button
                type="button"
                className="button-link"
                onClick={() => setRubric(rubric.filter((_, j) => j !== i))}
              >
                {t('callsRemove')}
              </button>
            </div>
          ))}
          <ul className="field-errors">
            {errorsFor(error, 'body.rubric')
              .filter((d) => d.path === 'body.rubric')
              .map((d) => (
                <li key={d.message}>{d.message}</li>
              ))}
          </ul>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setRubric([...rubric, { key: '', ja: '', en: '', weight: '0' }])}
          >
            {t('callsAddCriterion')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('callsForm')}</legend>
          {questions.map((q, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the key field changes
            <div className="field-row" key={i}>
              <FormField label={t('callsQuestionKey')} errors={errorsFor(error, `body.form.questions[${i}]`)}>
                {(p) => (
                  <input
                    {...p}
                    value={q.key}
                    onChange={(e) => setQuestions(edit(questions, i, { key: e.target.value }))}
                  />
                )}
              </FormField>
              <FormField label={t('callsQuestionType')}>
                {(p) => (
                  <select
                    {...p}
                    value={q.type}
                    onChange={(e) =>
                      setQuestions(edit(questions, i, { type: e.target.value as QuestionRow['type'] }))
                    }
                  >
                    <option value="text">{t('callsTypeText')}</option>
                    <option value="number">{t('callsTypeNumber')}</option>
                    <option value="date">{t('callsTypeDate')}</option>
                  </select>
                )}
              </FormField>
              <FormField label={t('callsLabelJa')}>
                {(p) => (
                  <input
                    {...p}
                    value={q.ja}
                    onChange={(e) => setQuestions(edit(questions, i, { ja: e.target.value }))}
                  />
                )}
              </FormField>
              <FormField label={t('callsLabelEn')}>
                {(p) => (
                  <input
                    {...p}
                    value={q.en}
                    onChange={(e) => setQuestions(edit(questions, i, { en: e.target.value }))}
                  />
                )}
              </FormField>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={q.required}
                  onChange={(e) => setQuestions(edit(questions, i, { required: e.target.checked }))}
                />{' '}
                {t('callsRequired')}
              </label>
              <button
                type="button"
                className="button-link"
                onClick={() => setQuestions(questions.filter((_, j) => j !== i))}
              >
                {t('callsRemove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              setQuestions([...questions, { key: '', type: 'text', ja: '', en: '', required: false }])
            }
          >
            {t('callsAddQuestion')}
          </button>
        </fieldset>
        <FormField
          label={t('callsThreshold')}
          hint={t('callsThresholdHint')}
          errors={errorsFor(error, 'body.disagreementThreshold')}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              step="0.1"
              min={0}
              max={4}
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          )}
        </FormField>
        <MutationError error={error} />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('callsOpen')}
        </button>
      </form>
    </>
  );
}

function edit<T>(list: T[], i: number, patch: Partial<T>): T[] {
  return list.map((row, j) => (j === i ? { ...row, ...patch } : row));
}
