import { useLocation } from 'wouter';
import { SignInLink } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { canEditOrganization, useSession } from '../../lib/session.ts';
import { useOrganization, useSaveOrganization } from './directory-api.ts';
import { draftFrom, draftToBody, emptyDraft } from './organization-draft.ts';
import { OrganizationForm } from './organization-form.tsx';

function NotAllowed({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('editOrganization')} />
      <Alert>
        <p>{signedIn ? t('forbiddenOwnOnly') : t('signInToEdit')}</p>
        {!signedIn && <SignInLink />}
      </Alert>
    </>
  );
}

const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403;

export function OrganizationEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const query = useOrganization(id);
  const save = useSaveOrganization(id, query.data?.version);
  const [, navigate] = useLocation();
  if (isLoading || query.isPending) return <LoadingMessage />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  // The server would answer 403 on save; say so before the member types anything.
  if (!canEditOrganization(user, query.data) || isForbidden(save.error))
    return <NotAllowed signedIn={!!user} />;
  const isAdmin = user?.role === 'admin';
  return (
    <>
      <PageHeader title={t('editOrganization')} />
      {isStaleEdit(save.error) && (
        <StaleEditMessage
          onReload={() => {
            save.reset();
            void query.refetch();
          }}
        />
      )}
      <OrganizationForm
        // A reloaded version starts the form again from what is now saved.
        key={query.data.version}
        initial={draftFrom(query.data)}
        showKey={isAdmin}
        error={isStaleEdit(save.error) ? null : save.error}
        saving={save.isPending}
        onSubmit={(draft) =>
          save.mutate(draftToBody(draft, isAdmin), { onSuccess: (o) => navigate(`/organizations/${o.id}`) })
        }
        onCancel={() => navigate(`/organizations/${id}`)}
      />
    </>
  );
}

export function OrganizationCreatePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const save = useSaveOrganization(null);
  const [, navigate] = useLocation();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') {
    return (
      <>
        <PageHeader title={t('newOrganization')} />
        <Alert>
          <p>{t('adminOnly')}</p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('newOrganization')} />
      <OrganizationForm
        initial={emptyDraft()}
        showKey
        error={save.error}
        saving={save.isPending}
        onSubmit={(draft) =>
          save.mutate(draftToBody(draft, true), { onSuccess: (o) => navigate(`/organizations/${o.id}`) })
        }
        onCancel={() => navigate('/')}
      />
    </>
  );
}
