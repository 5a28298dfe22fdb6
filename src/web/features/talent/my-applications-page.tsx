import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { ApplicationCard } from './opening-page.tsx';
import { useApplications, useMyProfile, usePutProfile } from './placement-api.ts';

/** A trainee's or graduate's own applications, and their consent to be shown to employers. */
export function MyApplicationsPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const list = useApplications(user?.role === 'person');
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'person')
    return <AccessNotice title={t('myApplicationsTitle')} signedIn={user !== null} />;
  return (
    <>
      <PageHeader
        title={t('myApplicationsTitle')}
        actions={<Link href="/talent/openings">{t('openingsBack')}</Link>}
      />
      <Profile />
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('myApplicationsNone')}</p>
      ) : (
        <ul className="talent-list">
          {list.data.items.map((a) => (
            <li key={a.id} className="card">
              <p>
                <Link href={`/talent/openings/${a.opening.id}`}>{t(`stage_${a.stage}`)}</Link>
              </p>
              <ApplicationCard application={a} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Profile() {
  const profile = useMyProfile(true);
  if (profile.isPending) return <LoadingMessage />;
  if (profile.isError) return <ErrorMessage error={profile.error} />;
  return <ProfileForm initial={profile.data} />;
}

function ProfileForm({
  initial,
}: {
  initial: { visibleToEmployers: boolean; prefecture: string; municipality: string };
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const save = usePutProfile();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(form);
  };
  return (
    <form className="card talent-form" onSubmit={submit}>
      <h2>{t('profileTitle')}</h2>
      <label className="talent-check">
        <input
          type="checkbox"
          checked={form.visibleToEmployers}
          onChange={(e) => setForm({ ...form, visibleToEmployers: e.target.checked })}
        />{' '}
        {t('profileVisible')}
      </label>
      <label>
        {t('openingPrefecture')}{' '}
        <input value={form.prefecture} onChange={(e) => setForm({ ...form, prefecture: e.target.value })} />
      </label>
      <label>
        {t('openingMunicipality')}{' '}
        <input
          value={form.municipality}
          onChange={(e) => setForm({ ...form, municipality: e.target.value })}
        />
      </label>
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && <p role="status">{t('profileSaved')}</p>}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('profileSave')}
      </button>
    </form>
  );
}
