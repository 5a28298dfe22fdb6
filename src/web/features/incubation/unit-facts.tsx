import { unitKinds } from '../../../core/incubation/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import type { Unit } from './incubation-api.ts';

export const statusLabel: Record<Unit['status'], MessageKey> = {
  free: 'incubationStatusFree',
  leased: 'incubationStatusLeased',
  reserved: 'incubationStatusReserved',
};

/** Numbers in the reader's language, without trailing zeros. */
export function useNumber() {
  const { lang } = useI18n();
  const format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 });
  return (n: number) => format.format(n);
}

/** A unit's specification as a definition list: only what is known is shown. */
export function UnitFacts({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const n = useNumber();
  const facts: Array<[MessageKey, string]> = [[`incubationArea`, `${n(unit.floorAreaM2)} m²`]];
  if (unit.floorLoadTPerM2 !== undefined)
    facts.push(['incubationFloorLoad', `${n(unit.floorLoadTPerM2)} t/m²`]);
  if (unit.ceilingHeightM !== undefined) facts.push(['incubationCeiling', `${n(unit.ceilingHeightM)} m`]);
  if (unit.craneT !== undefined) facts.push(['incubationCrane', `${n(unit.craneT)} t`]);
  if (unit.powerKva !== undefined)
    facts.push([
      'incubationPower',
      `${n(unit.powerKva)} kVA${unit.ehv ? ` · ${t('incubationEhvShort')}` : ''}`,
    ]);
  if (unit.cleanClass !== undefined)
    facts.push(['incubationClean', t('incubationIsoClass', { n: unit.cleanClass })]);
  if (unit.seismicIsolation) facts.push(['incubationSeismic', '✓']);
  if (unit.monthlyRentJpy !== undefined)
    facts.push(['incubationRent', t('incubationYen', { n: n(unit.monthlyRentJpy) })]);
  return (
    <dl className="unit-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A unit as a tile coloured by its status: the floor-plan-like grid of a facility and the listing. */
export function UnitTile({ unit }: { unit: Unit }) {
  const { t, pick } = useI18n();
  return (
    <li className="unit-tile" data-status={unit.status} data-unit={unit.key}>
      <div className="unit-tile-head">
        <strong>{pick(unit.name)}</strong>
        <span className="unit-status">{t(statusLabel[unit.status])}</span>
      </div>
      <p className="muted">{pick(unitKinds[unit.kind])}</p>
      <UnitFacts unit={unit} />
    </li>
  );
}
