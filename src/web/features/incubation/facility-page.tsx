import { Link } from 'wouter';
import { bookingUnits } from '../../../core/incubation/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { labelMap, useTechnologies } from '../../lib/vocabulary.ts';
import { type Facility, type FacilityEquipment, useFacility } from './incubation-api.ts';
import { canEditFacility } from './incubation-forms-api.ts';
import './incubation-forms-messages.ts';
import { FacilityLeases } from './lease-panels.tsx';
import { statusLabel, UnitTile, useNumber } from './unit-facts.tsx';
import { UnitMediaSection } from './unit-media.tsx';

const perUnit: Record<keyof typeof bookingUnits, MessageKey> = {
  hour: 'incubationHour',
  day: 'incubationDay',
  week: 'incubationWeek',
};

/** One facility: its units on a grid coloured by status, and its shared equipment. */
export function FacilityPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const facility = useFacility(id);
  const { user } = useSession();
  if (facility.isPending) return <LoadingMessage />;
  if (facility.isError) return <ErrorMessage error={facility.error} />;
  const f = facility.data;
  return (
    <>
      <p>
        <Link href="/incubation">← {t('incubationBack')}</Link>
      </p>
      <PageHeader
        title={pick(f.name)}
        intro={pick(f.description)}
        actions={
          canEditFacility(user, f) && (
            <Link className="button" href={`/incubation/${f.id}/edit`}>
              {t('incubationFormsEditLink')}
            </Link>
          )
        }
      />
      {f.illustrative && <p className="badge badge-warn">{t('incubationIllustrative')}</p>}
      <dl className="facility-facts">
        <div>
          <dt>{t('incubationOwner')}</dt>
          <dd>
            <Link href={`/organizations/${f.organization.id}`}>{pick(f.organization.name)}</Link>
          </dd>
        </div>
        {f.site && (
          <div>
            <dt>{t('incubationSite')}</dt>
            <dd>{pick(f.site.name)}</dd>
          </div>
        )}
        <div>
          <dt>{t('incubationMaxTerm')}</dt>
          <dd>{t('incubationMonths', { n: f.maxTermMonths })}</dd>
        </div>
      </dl>
      <section aria-labelledby="facility-units">
        <h2 id="facility-units">{t('incubationUnits')}</h2>
        {f.units.length === 0 ? (
          <p className="muted">{t('incubationNoUnits')}</p>
        ) : (
          <>
            <StatusLegend />
            <ul className="unit-grid unit-floor" aria-label={t('incubationFloorPlan')}>
              {f.units.map((u) => (
                <UnitTile key={u.id} unit={u} />
              ))}
            </ul>
          </>
        )}
      </section>
      <UnitMediaSection facility={f} />
      <FacilityLeases facility={f} />
      <section aria-labelledby="facility-equipment">
        <h2 id="facility-equipment">{t('incubationEquipment')}</h2>
        {f.equipment.length === 0 ? (
          <p className="muted">{t('incubationNoEquipment')}</p>
        ) : (
          <ul className="equipment-list">
            {f.equipment.map((e) => (
              <EquipmentItem key={e.id} item={e} />
            ))}
          </ul>
        )}
      </section>
      <Sources sources={f.sources} />
    </>
  );
}

function StatusLegend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend unit-legend">
      {(Object.keys(statusLabel) as Array<keyof typeof statusLabel>).map((s) => (
        <li key={s}>
          <span className="swatch unit-swatch" data-status={s} />
          {t(statusLabel[s])}
        </li>
      ))}
    </ul>
  );
}

function EquipmentItem({ item }: { item: FacilityEquipment }) {
  const { t, pick } = useI18n();
  const n = useNumber();
  // Labels only: a code is never shown, so the tags wait for the taxonomy to load.
  const taxonomy = useTechnologies().data?.items;
  const technologies = labelMap(taxonomy);
  const capabilities = item.technologies.flatMap((code) => {
    const label = technologies.get(code);
    return label ? [{ code, label }] : [];
  });
  const unit = t(perUnit[item.bookingUnit]);
  const fee = (v: number | undefined) =>
    v === undefined
      ? t('incubationFeeUnpublished')
      : t('incubationPerUnit', { fee: t('incubationYen', { n: n(v) }), unit });
  return (
    <li className="card equipment-item" data-equipment={item.key}>
      <h3>
        {pick(item.name)}
        {item.illustrative && <span className="badge badge-warn">{t('incubationIllustrative')}</span>}
      </h3>
      {item.description && <p>{pick(item.description)}</p>}
      <dl className="unit-facts">
        <div>
          <dt>{t('incubationBookingUnit')}</dt>
          <dd>{pick(bookingUnits[item.bookingUnit])}</dd>
        </div>
        <div>
          <dt>{t('incubationFeeMember')}</dt>
          <dd>{fee(item.feeMemberJpy)}</dd>
        </div>
        <div>
          <dt>{t('incubationFeeOther')}</dt>
          <dd>{fee(item.feeNonMemberJpy)}</dd>
        </div>
      </dl>
      <p className="muted">{item.approvalRequired ? t('incubationApproval') : t('incubationNoApproval')}</p>
      <p>
        <Link href={`/incubation/equipment/${item.id}`}>{t('bookingCalendarLink')}</Link>
      </p>
      {capabilities.length > 0 && (
        <ul className="tags" aria-label={t('incubationCapabilities')}>
          {capabilities.map(({ code, label }) => (
            <li key={code} className="tag">
              {pick(label)}
            </li>
          ))}
        </ul>
      )}
      <Sources sources={item.sources} />
    </li>
  );
}

function Sources({ sources }: { sources: Facility['sources'] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t('incubationSources')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={`${s.url}${s.note ?? ''}`}>
            <a href={s.url} rel="noreferrer" target="_blank">
              {s.url}
            </a>
            {s.asOf ? ` (${s.asOf})` : ''}
            {s.note ? <p className="muted">{s.note}</p> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
