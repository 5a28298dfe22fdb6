import { useState } from 'react';
import { Link } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { errorsAt } from './incubation-forms-api.ts';
import { LeaseTable, OccupancyPanel } from './lease-panels.tsx';
import {
  type FollowUpInput,
  type Graduation,
  type Lease,
  useFollowUp,
  useGraduate,
  useGraduations,
  useLeases,
} from './leases-api.ts';

const bands: Record<FollowUpInput['revenueBand'], MessageKey> = {
  '<10m': 'leasesRevenue_lt10m',
  '10m-100m': 'leasesRevenue_10m',
  '100m-1b': 'leasesRevenue_100m',
  '1b-10b': 'leasesRevenue_1b',
  '>10b': 'leasesRevenue_gt10b',
};
/** The office's and the tenant's lease desk: leases, graduation records and the yearly follow-up reports. */
export function LeasesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <p>
        <Link href="/incubation">← {t('incubationBack')}</Link>
      </p>
      <PageHeader title={t('leasesTitle')} intro={t('leasesIntro')} />
      <OccupancyPanel />
      {user && (
        <>
          <section aria-labelledby="my-leases">
            <h2 id="my-leases">{t('leasesList')}</h2>
            <LeaseTable />
          </section>
          <GraduationDesk />
          <Graduates />
        </>
      )}
    </>
  );
}

/** Ending and ended leases without a graduation record: the office records where the company went. */
function GraduationDesk() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const leases = useLeases(undefined, !!user);
  const graduations = useGraduations(!!user);
  if (!leases.data || !graduations.data) return null;
  const done = new Set(graduations.data.items.map((g) => g.leaseId));
  const open = leases.data.items.filter(
    (l) =>
      (l.status === 'ending' || l.status === 'ended') &&
      !done.has(l.id) &&
      (user?.role === 'admin' || user?.organizationId !== l.tenant.id),
  );
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="graduate">
      <h2 id="graduate">{t('leasesGraduate')}</h2>
      {open.map((l) => (
        <details key={l.id} className="card">
          <summary>
            {pick(l.tenant.name)} · {pick(l.unit.name)} ({l.endOn})
          </summary>
          <GraduationForm lease={l} />
        </details>
      ))}
    </section>
  );
}

function GraduationForm({ lease }: { lease: Lease }) {
  const { t } = useI18n();
  const graduate = useGraduate();
  const [form, setForm] = useState({
    graduatedOn: lease.endOn,
    site: '',
    address: '',
    jobs: '0',
    investment: '0',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const err = (p: string) => errorsAt(graduate.error, p);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        graduate.mutate({
          lease,
          input: {
            graduatedOn: form.graduatedOn,
            ...(form.site ? { site: form.site } : {}),
            ...(form.address ? { address: form.address } : {}),
            jobsAtExit: Number(form.jobs),
            investmentJpy: Number(form.investment),
          },
        });
      }}
    >
      <FormField label={t('leasesGraduatedOn')} errors={err('graduatedOn')}>
        {(p) => <input {...p} type="date" value={form.graduatedOn} onChange={set('graduatedOn')} />}
      </FormField>
      <FormField label={t('leasesDestinationSite')} errors={err('site')}>
        {(p) => <input {...p} value={form.site} onChange={set('site')} />}
      </FormField>
      <FormField label={t('leasesDestinationAddress')} errors={err('address')}>
        {(p) => <input {...p} value={form.address} onChange={set('address')} />}
      </FormField>
      <FormField label={t('leasesJobs')} errors={err('jobsAtExit')}>
        {(p) => <input {...p} type="number" min={0} value={form.jobs} onChange={set('jobs')} />}
      </FormField>
      <FormField label={t('leasesInvestment')} errors={err('investmentJpy')}>
        {(p) => <input {...p} type="number" min={0} value={form.investment} onChange={set('investment')} />}
      </FormField>
      {graduate.error instanceof ApiError && graduate.error.details.length === 0 && (
        <ErrorMessage error={graduate.error} />
      )}
      <button type="submit" className="button button-primary" disabled={graduate.isPending}>
        {t('leasesGraduate')}
      </button>
    </form>
  );
}

function Graduates() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const graduations = useGraduations(!!user);
  if (graduations.isPending) return <LoadingMessage />;
  if (graduations.isError) return <ErrorMessage error={graduations.error} />;
  return (
    <section aria-labelledby="graduates">
      <h2 id="graduates">{t('leasesGraduations')}</h2>
      {graduations.data.items.length === 0 ? (
        <p className="muted">{t('leasesNoGraduations')}</p>
      ) : (
        <ul className="graduates">
          {graduations.data.items.map((g) => (
            <li key={g.id} className="card" data-graduation={g.tenant.key}>
              <h3>
                {pick(g.tenant.name)} · {pick(g.facility.name)} ({g.graduatedOn})
              </h3>
              <p>
                {g.site ? pick(g.site.name) : g.address} · {t('leasesJobs')}: {g.jobsAtExit}
              </p>
              <p>
                {g.missing ? (
                  <span className="badge badge-warn">{t('leasesMissing')}</span>
                ) : g.dueYear === null ? (
                  <span className="badge">{t('leasesNotDue')}</span>
                ) : (
                  <span className="badge">{t('leasesReported')}</span>
                )}
              </p>
              {g.missing && g.dueYear !== null && user?.organizationId === g.tenant.id && (
                <FollowUpForm graduation={g} year={g.dueYear} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FollowUpForm({ graduation, year }: { graduation: Graduation; year: number }) {
  const { t } = useI18n();
  const send = useFollowUp();
  const [form, setForm] = useState({
    employees: '0',
    revenueBand: '<10m' as FollowUpInput['revenueBand'],
    inRegion: true,
    comment: '',
  });
  const err = (p: string) => errorsAt(send.error, p);
  return (
    <form
      className="follow-up"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({ graduation, input: { year, ...form, employees: Number(form.employees) } });
      }}
    >
      <h4>{t('leasesFollowUp', { year })}</h4>
      <FormField label={t('leasesEmployees')} errors={err('employees')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            value={form.employees}
            onChange={(e) => setForm({ ...form, employees: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('leasesRevenue')} errors={err('revenueBand')}>
        {(p) => (
          <select
            {...p}
            value={form.revenueBand}
            onChange={(e) =>
              setForm({ ...form, revenueBand: e.target.value as FollowUpInput['revenueBand'] })
            }
          >
            {(Object.keys(bands) as FollowUpInput['revenueBand'][]).map((b) => (
              <option key={b} value={b}>
                {t(bands[b])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.inRegion}
          onChange={(e) => setForm({ ...form, inRegion: e.target.checked })}
        />
        {t('leasesInRegion')}
      </label>
      <FormField label={t('leasesComment')} errors={err('comment')}>
        {(p) => (
          <textarea
            {...p}
            value={form.comment}
            onChange={(e) => setForm({ ...form, comment: e.target.value })}
          />
        )}
      </FormField>
      {send.isSuccess && <Alert tone="success">{t('leasesReported')}</Alert>}
      <button type="submit" className="button button-primary" disabled={send.isPending}>
        {t('leasesSend')}
      </button>
    </form>
  );
}
