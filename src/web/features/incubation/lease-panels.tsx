import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { unitKinds } from '../../../core/incubation/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import type { Facility } from './incubation-api.ts';
import { errorsAt } from './incubation-forms-api.ts';
import {
  type Lease,
  type UnitStates,
  useLeases,
  useMoveLease,
  useOccupancy,
  useOfferLease,
  useUnitStates,
  useWaitlist,
  useWaitlistMembership,
} from './leases-api.ts';
import './leases-messages.ts';

const OccupancyChart = lazy(() => import('./occupancy-chart.tsx'));

export const stateLabel: Record<UnitStates['units'][number]['state'], MessageKey> = {
  free: 'leasesStateFree',
  offered: 'leasesStateOffered',
  leased: 'leasesStateLeased',
  ending: 'leasesStateEnding',
};

export const leaseStatusLabel: Record<Lease['status'], MessageKey> = {
  offered: 'leasesStateOffered',
  active: 'leasesStateLeased',
  ending: 'leasesStateEnding',
  ended: 'incubationStatusFree',
};

/** Occupancy over the last two years, in total and per facility, with this month's rate and the waiting lists. */
export function OccupancyPanel({ facility }: { facility?: string }) {
  const { t, pick } = useI18n();
  const occupancy = useOccupancy(facility);
  const data = occupancy.data;
  const chart = useMemo(() => {
    if (!data) return null;
    const months = data.total.map((m) => m.month);
    const series = [
      ...(facility ? [] : [{ name: t('leasesOccupancyTotal'), rates: data.total.map((m) => m.rate) }]),
      ...data.facilities.map((f) => ({ name: pick(f.name), rates: f.months.map((m) => m.rate) })),
    ];
    return { months, series };
  }, [data, facility, t, pick]);
  if (occupancy.isPending) return <LoadingMessage />;
  if (occupancy.isError) return <ErrorMessage error={occupancy.error} />;
  const now = data!.total[data!.total.length - 1];
  return (
    <section aria-labelledby="occupancy-heading" className="occupancy-panel">
      <h2 id="occupancy-heading">{t('leasesOccupancy')}</h2>
      <p data-testid="occupancy-now">
        {t('leasesOccupancyNow', { rate: ((now?.rate ?? 0) * 100).toFixed(1) })} ·{' '}
        {t('leasesWaitlistTotal', { n: data!.waitlist })}
      </p>
      {chart && (
        <Suspense fallback={<LoadingMessage />}>
          <OccupancyChart months={chart.months} series={chart.series} />
        </Suspense>
      )}
    </section>
  );
}

/** A facility's lease side: units coloured by lease state, the office's offer form and leases, the waiting list. */
export function FacilityLeases({ facility }: { facility: Facility }) {
  const { t } = useI18n();
  const { user } = useSession();
  const office = user?.role === 'admin' || (!!user && user.organizationId === facility.organization.id);
  return (
    <>
      <UnitStateGrid facility={facility} />
      <OccupancyPanel facility={facility.id} />
      {user && <WaitlistPanel facility={facility} office={office} />}
      {office && <OfferForm facility={facility} />}
      {user && (
        <section aria-labelledby="facility-leases">
          <h2 id="facility-leases">{t('leasesList')}</h2>
          <LeaseTable facility={facility.id} />
        </section>
      )}
    </>
  );
}

function UnitStateGrid({ facility }: { facility: Facility }) {
  const { t, pick } = useI18n();
  const states = useUnitStates(facility.id);
  if (states.isPending) return <LoadingMessage />;
  if (states.isError) return <ErrorMessage error={states.error} />;
  const names = new Map(facility.units.map((u) => [u.id, u]));
  return (
    <section aria-labelledby="unit-states">
      <h2 id="unit-states">{t('leasesUnitStates')}</h2>
      <ul className="chart-legend unit-legend">
        {(Object.keys(stateLabel) as Array<keyof typeof stateLabel>).map((s) => (
          <li key={s}>
            <span className="swatch lease-swatch" data-state={s} />
            {t(stateLabel[s])}
          </li>
        ))}
      </ul>
      <ul className="lease-grid" aria-label={t('leasesUnitStates')}>
        {states.data.units.map((u) => {
          const unit = names.get(u.id);
          return (
            <li key={u.id} className="lease-tile" data-state={u.state} data-unit={u.key}>
              <strong>{unit ? pick(unit.name) : u.key}</strong>
              <span>{unit ? `${unit.floorAreaM2} m²` : ''}</span>
              <span>{t(stateLabel[u.state])}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);
const inYears = (n: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + n);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The office's lease offer. Coming from an admitted application (the call's "offer a lease" link), the form
 * starts from its unit and company and the offer is tied to it.
 */
function OfferForm({ facility }: { facility: Facility }) {
  const { t, pick } = useI18n();
  const offer = useOfferLease();
  const params = new URLSearchParams(useSearch());
  const applicationId = params.get('application');
  const first = facility.units.find((u) => u.id === params.get('unit')) ?? facility.units[0];
  const [form, setForm] = useState({
    unitId: first?.id ?? '',
    tenant: params.get('tenant') ?? '',
    startOn: today(),
    endOn: inYears(2),
    monthlyRentJpy: String(first?.monthlyRentJpy ?? 0),
    depositJpy: '0',
  });
  if (facility.units.length === 0) return null;
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const err = (p: string) => errorsAt(offer.error, p);
  return (
    <section aria-labelledby="lease-offer" className="card" id="lease-offer-form">
      <h2 id="lease-offer">{t('leasesOffer')}</h2>
      {applicationId && <p className="muted">{t('leasesFromApplication')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          offer.mutate({
            ...form,
            applicationId,
            monthlyRentJpy: Number(form.monthlyRentJpy),
            depositJpy: Number(form.depositJpy),
          });
        }}
      >
        <FormField label={t('leasesUnit')} errors={err('unitId')}>
          {(p) => (
            <select {...p} value={form.unitId} onChange={set('unitId')}>
              {facility.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {pick(u.name)} ({u.key})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('leasesTenant')} errors={err('tenant')}>
          {(p) => <input {...p} name="tenant" value={form.tenant} onChange={set('tenant')} required />}
        </FormField>
        <FormField label={t('leasesStart')} errors={err('startOn')}>
          {(p) => (
            <input
              {...p}
              name="startOn"
              type="date"
              value={form.startOn}
              onChange={set('startOn')}
              required
            />
          )}
        </FormField>
        <FormField label={t('leasesEnd')} errors={err('endOn')}>
          {(p) => (
            <input {...p} name="endOn" type="date" value={form.endOn} onChange={set('endOn')} required />
          )}
        </FormField>
        <FormField label={t('leasesRent')} errors={err('monthlyRentJpy')}>
          {(p) => (
            <input
              {...p}
              name="monthlyRentJpy"
              type="number"
              value={form.monthlyRentJpy}
              onChange={set('monthlyRentJpy')}
            />
          )}
        </FormField>
        <FormField label={t('leasesDeposit')} errors={err('depositJpy')}>
          {(p) => (
            <input
              {...p}
              name="depositJpy"
              type="number"
              value={form.depositJpy}
              onChange={set('depositJpy')}
            />
          )}
        </FormField>
        {offer.error instanceof ApiError && offer.error.details.length === 0 && (
          <ErrorMessage error={offer.error} />
        )}
        {offer.isSuccess && <Alert tone="success">{t('leasesOffered')}</Alert>}
        <button type="submit" className="button button-primary" disabled={offer.isPending}>
          {t('leasesSubmitOffer')}
        </button>
      </form>
    </section>
  );
}

function WaitlistPanel({ facility, office }: { facility: Facility; office: boolean }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const list = useWaitlist(facility.id, true);
  const change = useWaitlistMembership(facility.id);
  if (list.isPending) return <LoadingMessage />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const kinds = list.data.kinds.filter((k) => k.length > 0 || facility.units.some((u) => u.kind === k.kind));
  return (
    <section aria-labelledby="waitlist">
      <h2 id="waitlist">{t('leasesWaitlist')}</h2>
      <ul className="waitlist">
        {kinds.map((k) => (
          <li key={k.kind}>
            <strong>{pick(unitKinds[k.kind])}</strong> {t('leasesWaitlistLength', { n: k.length })}
            {k.ownPosition !== null && <> · {t('leasesWaitlistPosition', { n: k.ownPosition })}</>}
            {user?.role === 'member' && !office && (
              <button
                type="button"
                className="button button-small"
                disabled={change.isPending}
                onClick={() => change.mutate({ kind: k.kind, join: k.ownPosition === null })}
              >
                {k.ownPosition === null ? t('leasesJoin') : t('leasesLeave')}
              </button>
            )}
            {k.entries.length > 0 && (
              <ol>
                {k.entries.map((e) => (
                  <li key={e.organization.id}>{pick(e.organization.name)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
      {change.error && <ErrorMessage error={change.error} />}
    </section>
  );
}

/** Leases the reader may see, with the steps open to it: accept (tenant), notice, end (office). */
export function LeaseTable({ facility }: { facility?: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const leases = useLeases(facility, !!user);
  const move = useMoveLease();
  if (!user) return null;
  if (leases.isPending) return <LoadingMessage />;
  if (leases.isError) return <ErrorMessage error={leases.error} />;
  if (leases.data.items.length === 0) return <p className="muted">{t('leasesNone')}</p>;
  const n = new Intl.NumberFormat('ja-JP');
  return (
    <>
      {move.error && <ErrorMessage error={move.error} />}
      <div className="table-scroll">
        <table className="table lease-table">
          <thead>
            <tr>
              <th scope="col">{t('leasesUnit')}</th>
              <th scope="col">{t('leasesTenant')}</th>
              <th scope="col">{t('leasesPeriod')}</th>
              <th scope="col">{t('leasesRent')}</th>
              <th scope="col">{t('leasesStatus')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('leasesStatus')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {leases.data.items.map((l) => {
              const tenant = user.organizationId === l.tenant.id;
              const office = user.role === 'admin' || !tenant;
              return (
                <tr key={l.id} data-lease={l.key}>
                  <td>
                    {pick(l.facility.name)} · {pick(l.unit.name)}
                  </td>
                  <td>{pick(l.tenant.name)}</td>
                  <td>
                    {l.startOn} – {l.endOn}
                  </td>
                  <td>¥{n.format(l.monthlyRentJpy)}</td>
                  <td>{l.status === 'ended' ? '—' : t(leaseStatusLabel[l.status])}</td>
                  <td className="actions">
                    {l.status === 'offered' && tenant && (
                      <button
                        type="button"
                        className="button button-primary"
                        onClick={() => move.mutate({ lease: l, action: 'accept' })}
                      >
                        {t('leasesAccept')}
                      </button>
                    )}
                    {l.status === 'active' && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => move.mutate({ lease: l, action: 'notice' })}
                      >
                        {t('leasesNotice')}
                      </button>
                    )}
                    {(l.status === 'active' || l.status === 'ending') && office && (
                      <ConfirmButton
                        title={t('leasesConfirmEnd')}
                        body={`${pick(l.tenant.name)} · ${pick(l.unit.name)}`}
                        confirmLabel={t('leasesEndNow')}
                        onConfirm={() => move.mutate({ lease: l, action: 'end' })}
                      >
                        {t('leasesEndNow')}
                      </ConfirmButton>
                    )}
                    {l.sitingLink && <Link href={l.sitingLink}>{t('leasesSiting')}</Link>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
