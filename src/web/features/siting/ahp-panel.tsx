import { useMemo, useState } from 'react';
import { ahp, McdaError } from '../../../core/mcda/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatShare } from '../../lib/site-labels.ts';

/** Saaty's 1–9 scale as one signed step: −8…8, negative favouring the second criterion. */
const steps = Array.from({ length: 17 }, (_, i) => i - 8);
const judgement = (step: number) => (step >= 0 ? step + 1 : 1 / (1 - step));

function matrixOf(n: number, judgements: Map<string, number>): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      const step = i < j ? (judgements.get(`${i}-${j}`) ?? 0) : -(judgements.get(`${j}-${i}`) ?? 0);
      return judgement(step);
    }),
  );
}

/**
 * Weights by pairwise comparison: one judgement per pair, weights from the principal eigenvector, and
 * Saaty's consistency ratio; above 0.10 the pair that disagrees most with the weights is flagged.
 */
export function AhpPanel({
  attributes,
  onApply,
}: {
  attributes: string[];
  onApply: (w: Record<string, number>) => void;
}) {
  const { t, lang } = useI18n();
  const [judgements, setJudgements] = useState(() => new Map<string, number>());
  const n = attributes.length;
  const result = useMemo(() => {
    try {
      return ahp(attributes, matrixOf(n, judgements));
    } catch (error) {
      if (error instanceof McdaError) return null;
      throw error;
    }
  }, [attributes, n, judgements]);
  const pairs = attributes.flatMap((a, i) =>
    attributes.slice(i + 1).map((b, k) => ({ a, b, i, j: i + 1 + k })),
  );
  const worst = result && !result.consistent ? result.worstPair : undefined;
  if (n < 2 || n > 10) return <p className="field-hint">{t('sitingAhpCount')}</p>;
  return (
    <div className="ahp-panel">
      <p className="field-hint">{t('sitingAhpHelp')}</p>
      <ol className="ahp-pairs">
        {pairs.map(({ a, b, i, j }) => {
          const id = `${i}-${j}`;
          const flagged = worst && ((worst.i === i && worst.j === j) || (worst.i === j && worst.j === i));
          return (
            <li key={id} className={flagged ? 'ahp-flagged' : undefined} data-pair={`${a}|${b}`}>
              <label>
                <span className="visually-hidden">
                  {t('sitingAhpPair', { a: attributeLabel(a, lang), b: attributeLabel(b, lang) })}
                </span>
                <span aria-hidden="true">{attributeLabel(a, lang)}</span>
                <select
                  value={judgements.get(id) ?? 0}
                  onChange={(e) => setJudgements(new Map(judgements).set(id, Number(e.target.value)))}
                >
                  {steps.map((s) => (
                    <option key={s} value={s}>
                      {s === 0
                        ? t('sitingAhpEqual')
                        : s > 0
                          ? t('sitingAhpLeft', { n: s + 1 })
                          : t('sitingAhpRight', { n: 1 - s })}
                    </option>
                  ))}
                </select>
                <span aria-hidden="true">{attributeLabel(b, lang)}</span>
              </label>
              {flagged && <strong className="ahp-warning">{t('sitingAhpWorst')}</strong>}
            </li>
          );
        })}
      </ol>
      {result && (
        <div
          className={`ahp-result ${result.consistent ? 'ok' : 'warn'}`}
          role="status"
          data-testid="ahp-result"
        >
          <p>
            {t('sitingAhpConsistency', { cr: result.consistencyRatio.toFixed(3) })}{' '}
            {result.consistent ? t('sitingAhpConsistent') : t('sitingAhpInconsistent')}
          </p>
          <ul className="plain-list">
            {attributes.map((a) => (
              <li key={a}>
                {attributeLabel(a, lang)}: {formatShare(result.weights[a] ?? 0)}
              </li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={() => onApply(result.weights)}>
            {t('sitingAhpApply')}
          </button>
        </div>
      )}
    </div>
  );
}
