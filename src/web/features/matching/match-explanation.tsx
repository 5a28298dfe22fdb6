import type { ShownMatchSignals, SignalName } from '../../../core/matching/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { labelMap, useTechnologies } from '../../lib/vocabulary.ts';

const order: SignalName[] = ['text', 'technology', 'role', 'distance', 'reciprocity'];
const colors: Record<SignalName, string> = {
  text: '#1f6feb',
  technology: '#2da44e',
  role: '#bf8700',
  distance: '#8250df',
  reciprocity: '#cf222e',
};

/**
 * One bar per match, split by each signal's share of the score, then the terms and codes that matched. A signal
 * whose details belong to an owner withheld from the viewer shows only that it applied.
 */
export function MatchExplanation({ signals, score }: { signals: ShownMatchSignals; score: number }) {
  const { t, lang, pick } = useI18n();
  const techLabels = labelMap(useTechnologies().data?.items);
  const present = order.filter((name) => signals[name] !== undefined);
  const label = (name: SignalName) => t(`matchSignal_${name}`);
  const summary = present
    .map((name) => `${label(name)} ${Math.round((signals[name]?.share ?? 0) * 100)}%`)
    .join(', ');
  // Each technology the match offers once, by name: two codes of the need met by one of its codes
  // (MAG.hts for both tape and coil winding) would otherwise show it twice.
  const codes = [...new Set((signals.technology?.codes ?? []).map((c) => c.matched))].map((code) => ({
    code,
    name: pick(techLabels.get(code) ?? {}) || code,
    from: (signals.technology?.codes ?? []).filter((c) => c.matched === code),
  }));
  // A term that only repeats a matched technology's name (the profile's text carries its codes' names) is
  // said once, under the technologies.
  const named = new Set(codes.map((c) => c.name.toLowerCase()));
  const terms = [
    ...new Set(
      signals.text.terms.map((term) => (lang === 'en' ? (term.en ?? term.text) : (term.ja ?? term.text))),
    ),
  ].filter((term) => !named.has(term.toLowerCase()));
  // Which of the need's distinct requirements this record covers (engine: requirement coverage).
  const requirements = signals.text.requirements ?? [];
  // The kinds of partner the engine read from a need that named no role (its role signal's basis).
  const inferred = signals.role && 'inferred' in signals.role ? (signals.role.inferred ?? []) : [];
  const withheld = (name: SignalName) => {
    const s = signals[name];
    return s !== undefined && 'withheld' in s && s.withheld === true;
  };
  const anyWithheld = present.some(withheld);
  return (
    <div className="match-explanation">
      <div className="match-score">
        {t('matchScore')} <strong>{score.toFixed(2)}</strong>
      </div>
      <div className="signal-bar" role="img" aria-label={summary} title={summary}>
        {present.map((name) => (
          <span
            key={name}
            style={{ width: `${(signals[name]?.share ?? 0) * score * 100}%`, background: colors[name] }}
          />
        ))}
      </div>
      <ul className="chart-legend signal-legend">
        {present.map((name) => (
          <li key={name}>
            <span className="swatch" style={{ background: colors[name] }} />
            {label(name)} {Math.round((signals[name]?.share ?? 0) * 100)}%
            {withheld(name) && <span className="signal-withheld"> ({t('matchApplied')})</span>}
          </li>
        ))}
      </ul>
      {terms.length > 0 && (
        <p className="match-terms">
          {t('matchTerms')}:{' '}
          {terms.map((term) => (
            <mark key={term}>{term}</mark>
          ))}
        </p>
      )}
      {codes.length > 0 && (
        <p className="match-codes">
          {t('matchCodes')}:{' '}
          {codes.map((c) => (
            <span
              key={c.code}
              className="tag"
              title={c.from
                .map((f) => `${pick(techLabels.get(f.code) ?? {}) || f.code} (${f.credit})`)
                .join(', ')}
            >
              {c.name}
            </span>
          ))}
        </p>
      )}
      {inferred.length > 0 && (
        <p className="match-inferred">
          {t('matchInferredKinds')}:{' '}
          {inferred.map((kind) => (
            <span key={kind} className="tag">
              {t(`partnerKind_${kind}`)}
            </span>
          ))}
        </p>
      )}
      {requirements.length > 0 && (
        <div className="match-requirements">
          {t('matchRequirements')}: {requirements.filter((r) => r.covered).length}/{requirements.length}
          <ul>
            {requirements.map((r) => (
              // The need's own parts, in its order; splitRequirements never returns the same text twice.
              <li key={r.text} className={r.covered ? 'covered' : 'muted'}>
                {r.covered ? '✓' : '–'} {r.text}{' '}
                <span className="visually-hidden">
                  ({t(r.covered ? 'matchRequirementCovered' : 'matchRequirementMissing')})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {anyWithheld && <p className="match-withheld muted">{t('matchWithheld')}</p>}
    </div>
  );
}
