import type { ReactNode } from 'react';
import { levelInfo, type TrainingLevel } from '../../../core/talent/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Programme } from './talent-api.ts';

export { errorsAt } from '../../lib/form-state.ts';

/** "Level 3" with its Japanese equivalent beside it: the ladder Japanese employers do not have. */
export function LevelBadge({ level }: { level: number }) {
  const { t, lang } = useI18n();
  const info = levelInfo(level as TrainingLevel);
  return (
    <span className="talent-level">
      <span className="badge">{t('talentLevel', { level })}</span> <span>{info.name[lang]}</span>
      <span className="muted"> · {t('talentJapanEquivalent', { text: info.japan[lang] })}</span>
    </span>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Duration, delivery, fee and its support, and where the facts come from. */
export function ProgrammeFacts({ programme: p }: { programme: Programme }) {
  const { t, pick, lang } = useI18n();
  const yen = (n: number) => t('talentYen', { amount: n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB') });
  const support = [p.employerSponsor ? t('talentEmployerSponsor') : '', pick(p.publicSubsidy ?? undefined)]
    .filter(Boolean)
    .join(' · ');
  return (
    <dl className="talent-facts">
      <Fact label={t('talentProvider')}>{pick(p.provider.name)}</Fact>
      <Fact label={t('talentDuration')}>{t('talentWeeks', { weeks: p.durationWeeks })}</Fact>
      <Fact label={t('talentDelivery')}>{t(`talentDelivery_${p.delivery}`)}</Fact>
      <Fact label={t('talentFee')}>{p.feeJpy === null ? t('talentFeeUnknown') : yen(p.feeJpy)}</Fact>
      {support && <Fact label={t('talentFeeSupport')}>{support}</Fact>}
      <Fact label={t('talentSkills')}>
        {p.skills.map((s) => (
          <span key={s.code} className="badge talent-skill">
            {pick(s.label)}
          </span>
        ))}
      </Fact>
      {p.source && (
        <Fact label={t('talentSource')}>
          <a href={p.source.url} rel="noreferrer">
            {p.source.url}
          </a>
          {p.source.asOf && ` (${t('talentAsOf', { date: p.source.asOf })})`}
          {p.source.note && <span className="muted"> — {p.source.note}</span>}
        </Fact>
      )}
    </dl>
  );
}
