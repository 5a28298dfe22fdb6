import { useState } from 'react';
import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type StudySummary,
  useCopyStudy,
  useDeleteStudy,
  useProfiles,
  useSites,
  useStudies,
} from './siting-api.ts';

/**
 * The user's saved studies and the ones others shared, newest first: each can be reopened (as a report or
 * in the workbench), copied into a new study of one's own, or deleted by its author or an admin.
 */
export function StudiesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const studies = useStudies(Boolean(user));
  // The table names sites and profiles: wait for them too, so a row never shows a bare key first.
  const sites = useSites();
  const profiles = useProfiles();
  const header = <PageHeader title={t('sitingStudies')} intro={t('sitingStudiesIntro')} />;
  if (!user)
    return (
      <>
        {header}
        <p>
          <Link href="/login">{t('signIn')}</Link> {t('sitingStudiesSignIn')}
        </p>
      </>
    );
  if (studies.isPending || sites.isPending || profiles.isPending) return <LoadingMessage />;
  if (studies.isError) return <ErrorMessage error={studies.error} />;
  return (
    <>
      {header}
      {studies.data.items.length === 0 ? (
        <div className="empty-state" data-testid="studies-empty">
          <p>{t('sitingStudiesEmpty')}</p>
          <Link className="button" href="/siting">
            {t('sitingStudiesStart')}
          </Link>
        </div>
      ) : (
        <StudyTable items={studies.data.items} admin={user.role === 'admin'} />
      )}
    </>
  );
}

function StudyTable({ items, admin }: { items: StudySummary[]; admin: boolean }) {
  const { t, lang, pick } = useI18n();
  const sites = useSites();
  const profiles = useProfiles();
  const copy = useCopyStudy();
  const remove = useDeleteStudy();
  const [notice, setNotice] = useState<string | null>(null);
  const siteName = (key: string) => pick(sites.data?.items.find((s) => s.key === key)?.name) || key;
  const profileName = (key: string) => pick(profiles.data?.items.find((p) => p.key === key)?.name) || key;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium' });
  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      {copy.isError && <ErrorMessage error={copy.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <div className="table-scroll">
        <table className="studies" data-testid="studies">
          <thead>
            <tr>
              <th scope="col">{t('sitingStudyTitle')}</th>
              <th scope="col">{t('sitingStudyDate')}</th>
              <th scope="col">{t('sitingProfile')}</th>
              <th scope="col">{t('sitingStudyTop')}</th>
              <th scope="col">{t('sitingStudyActions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id} data-study={s.id}>
                <td>
                  <Link href={`/siting/studies/${s.id}`}>{s.title}</Link>
                  {s.shared && (
                    <>
                      {' '}
                      <span className="badge">
                        {s.mine ? t('sitingStudySharedMine') : t('sitingStudyShared')}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <time dateTime={s.createdAt}>{date(s.createdAt)}</time>
                </td>
                <td>{s.profileKey ? profileName(s.profileKey) : t('sitingStudyCustom')}</td>
                <td>{s.top ? siteName(s.top) : t('sitingStudyNoTop')}</td>
                <td className="study-actions">
                  <Link href={`/siting?study=${s.id}`}>{t('sitingStudyReopen')}</Link>
                  <button
                    type="button"
                    className="button-link"
                    disabled={copy.isPending}
                    onClick={() =>
                      copy.mutate(s.id, {
                        onSuccess: (c) => setNotice(t('sitingStudyCopied', { title: c.title })),
                      })
                    }
                  >
                    {t('sitingStudyCopy')}
                  </button>
                  {(s.mine || admin) && (
                    <button
                      type="button"
                      className="button-link danger"
                      disabled={remove.isPending}
                      onClick={() => {
                        // Deleting cannot be undone; a shared study disappears for everyone.
                        if (!window.confirm(t('sitingStudyDeleteConfirm', { title: s.title }))) return;
                        remove.mutate(s.id, {
                          onSuccess: () => setNotice(t('sitingStudyDeleted', { title: s.title })),
                        });
                      }}
                    >
                      {t('sitingStudyDelete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
