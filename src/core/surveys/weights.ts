import { attributeSpec, isMeasurable } from '../siting/attributes.ts';
import type { StudyCriterion } from '../siting/study.ts';
import { notChoiceQuestion, SurveyError } from './errors.ts';
import type { Answers, MatrixQuestion, SurveyDefinition, Text } from './types.ts';

/**
 * How an importance matrix becomes weights:
 * - `mean`: the mean scale score of each item (don't-know left out), normalised to sum 1;
 * - `important`: the share of respondents answering the top of the scale ("重要"), normalised to sum 1.
 */
export type WeightMethod = 'mean' | 'important';

export interface ItemWeight {
  key: string;
  label: Text;
  attributes: string[];
  /** Mean score or share important, before normalisation. */
  value: number;
  weight: number;
}

export interface GroupWeights {
  /** A choice of the grouping question (e.g. the facility type), or `all`. */
  group: string;
  /** Respondents in the group who answered the matrix at all. */
  base: number;
  items: ItemWeight[];
}

export function surveyWeights(
  definition: SurveyDefinition,
  responses: readonly Answers[],
  options: { matrix: string; groupBy?: string; method: WeightMethod },
): GroupWeights[] {
  const matrix = definition.questions.find(
    (q): q is MatrixQuestion => q.key === options.matrix && q.type === 'matrix',
  );
  if (!matrix)
    throw new SurveyError('matrix', {
      ja: `「${options.matrix}」はマトリクス質問ではありません`,
      en: `"${options.matrix}" is not a matrix question`,
    });
  const answering = responses.filter((a) => a[matrix.key] !== undefined);
  if (!options.groupBy) return [groupWeights('all', answering, matrix, options.method)];
  const groupQ = definition.questions.find((q) => q.key === options.groupBy);
  if (!groupQ || !('choices' in groupQ) || groupQ.type === 'matrix')
    throw new SurveyError('groupBy', notChoiceQuestion(options.groupBy));
  return groupQ.choices.map((c) =>
    groupWeights(
      c.key,
      answering.filter((a) => {
        const v = a[groupQ.key];
        return v === c.key || (Array.isArray(v) && v.includes(c.key));
      }),
      matrix,
      options.method,
    ),
  );
}

function groupWeights(
  group: string,
  rows: readonly Answers[],
  matrix: MatrixQuestion,
  method: WeightMethod,
): GroupWeights {
  const score = new Map(
    matrix.choices.filter((c) => c.score !== undefined).map((c) => [c.key, c.score as number]),
  );
  const top = Math.max(...score.values());
  const values = matrix.items.map((item) => {
    const picked = rows.flatMap((r) => {
      const choice = (r[matrix.key] as Record<string, string>)[item.key];
      return choice !== undefined && score.has(choice) ? [score.get(choice) as number] : [];
    });
    if (method === 'mean') return picked.length ? picked.reduce((a, b) => a + b, 0) / picked.length : 0;
    return rows.length ? picked.filter((s) => s === top).length / rows.length : 0;
  });
  const total = values.reduce((a, b) => a + b, 0);
  return {
    group,
    base: rows.length,
    items: matrix.items.map((item, i) => ({
      key: item.key,
      label: item.label,
      attributes: item.attributes ?? [],
      value: values[i] ?? 0,
      weight: total ? (values[i] ?? 0) / total : 0,
    })),
  };
}

/**
 * Siting criteria from item weights: an item's weight is shared equally by the site attributes it maps to,
 * and renormalised over the items that map to any (agreement with residents has no attribute; it is
 * reported as unmapped, for the coordinator to weigh outside the ranking).
 */
export function criteriaFromWeights(items: readonly ItemWeight[]): {
  criteria: StudyCriterion[];
  unmapped: string[];
} {
  const mapped = items.filter((i) => i.attributes.some(isMeasurable) && i.weight > 0);
  const total = mapped.reduce((a, i) => a + i.weight, 0);
  const byAttribute = new Map<string, number>();
  for (const item of mapped) {
    const attributes = item.attributes.filter(isMeasurable);
    for (const a of attributes)
      byAttribute.set(a, (byAttribute.get(a) ?? 0) + item.weight / total / attributes.length);
  }
  const criteria = [...byAttribute].map(([attribute, weight]) => ({
    attribute,
    weight,
    direction: attributeSpec(attribute as Parameters<typeof attributeSpec>[0]).direction ?? 'benefit',
  }));
  return { criteria, unmapped: items.filter((i) => !i.attributes.some(isMeasurable)).map((i) => i.key) };
}
