import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { joinList } from '../../../core/directory/places.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import type { LocalizedText, Organization } from '../../lib/api-types.ts';
import { pickLang, useI18n } from '../../lib/i18n.tsx';
import { canEditOrganization, useSession } from '../../lib/session.ts';
import { labelMap, useClusters, useTechnologies, useVocabulary } from '../../lib/vocabulary.ts';
import { useDeleteOrganization, useOrganization } from './directory-api.ts';
import { OrganizationContacts } from './organization-contacts.tsx';
import { OrganizationHub } from './organization-hub.tsx';
import { formatLocation } from './organization-result.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ProfileActions({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const { user } = useSession();
  const remove = useDeleteOrganization();
  const [, navigate] = useLocation();
  if (!canEditOrganization(user, organization)) return null;
  return (
    <>
      <Link className="button" href={`/organizations/${organization.id}/edit`}>
        {t('edit')}
      </Link>
      {user?.role === 'admin' && (
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t('confirmDelete')))
              remove.mutate(organization.id, { onSuccess: () => navigate('/') });
          }}
        >
          {t('delete')}
        </button>
      )}
    </>
  );
}

export function OrganizationProfilePage({ id }: { id: string }) {
  const { t, lang, pick } = useI18n();
  const query = useOrganization(id);
  const vocabulary = useVocabulary().data;
  const technologies = labelMap(useTechnologies().data?.items);
  const clusters = useClusters().data?.items ?? [];
  if (query.isPending) return <LoadingMessage />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const o = query.data;
  const kinds = labelMap(vocabulary?.kinds);
  const roles = labelMap(vocabulary?.roles);
  const applications = labelMap(vocabulary?.applications);
  const memberships = new Map((vocabulary?.memberships ?? []).map((m) => [m.key, m.name]));
  const list = (codes: string[], labels: Map<string, LocalizedText>) =>
    codes.length
      ? joinList(
          codes.map((c) => labels.get(c)?.[lang] ?? c),
          lang,
        )
      : t('none');
  const otherName = lang === 'ja' ? o.name.en : o.name.ja;

  return (
    <article className="profile">
      <PageHeader title={pick(o.name)} actions={<ProfileActions organization={o} />} />
      {otherName && otherName !== pick(o.name) && (
        <p className="profile-alt-name" lang={lang === 'ja' ? 'en' : 'ja'}>
          {otherName}
        </p>
      )}
      <p className="profile-badges">
        {o.illustrative && (
          <span className="badge badge-warn" title={t('illustrativeHint')}>
            {t('illustrative')}
          </span>
        )}
        {!o.published && <span className="badge badge-muted">{t('unpublished')}</span>}
      </p>
      {o.illustrative && <p className="field-hint">{t('illustrativeHint')}</p>}
      {pick(o.description) && (
        <section>
          <h2>{t('profileDescription')}</h2>
          <p className="profile-description" lang={pickLang(o.description, lang)}>
            {pick(o.description)}
          </p>
        </section>
      )}
      <dl className="profile-facts">
        <Row label={t('profileKind')}>{kinds.get(o.kind)?.[lang] ?? o.kind}</Row>
        <Row label={t('profileRoles')}>{list(o.roles, roles)}</Row>
        <Row label={t('profileClusters')}>
          {joinList(
            o.clusters.map((c) => pick(clusters.find((x) => x.key === c)?.name) || c),
            lang,
          ) || t('none')}
        </Row>
        <Row label={t('profileTechnologies')}>
          {o.technologies.length ? (
            <ul className="tags">
              {o.technologies.map((code) => (
                <li key={code}>
                  <Link className="tag" href={`/?technology=${encodeURIComponent(code)}`}>
                    {technologies.get(code)?.[lang] ?? code}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('profileApplications')}>{list(o.applications, applications)}</Row>
        <Row label={t('profileLocation')}>{formatLocation(o.location, lang) || t('none')}</Row>
        <Row label={t('profileMemberships')}>
          {o.memberships.length ? (
            <ul className="plain-list">
              {o.memberships.map((key) => (
                <li key={key}>
                  <Link href={`/?membership=${encodeURIComponent(key)}`}>
                    {pick(memberships.get(key)) || key}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('profileWebsite')}>
          {o.website ? (
            <a href={o.website} rel="noopener noreferrer" target="_blank">
              {o.website}
            </a>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('profileSources')}>
          {o.sources.length ? (
            <ul className="plain-list">
              {o.sources.map((s) => (
                <li key={`${s.url}-${s.asOf ?? ''}`}>
                  <a href={s.url} rel="noopener noreferrer" target="_blank">
                    {s.url}
                  </a>
                  {s.asOf && (
                    <span className="muted">
                      {' '}
                      （{t('profileAsOf')} {s.asOf}）
                    </span>
                  )}
                  {s.note && <span className="muted"> {s.note}</span>}
                </li>
              ))}
            </ul>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('profileKey')}>
          <code>{o.key}</code>
        </Row>
        <Row label={t('profileUpdated')}>
          {new Date(o.updatedAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB')}
        </Row>
      </dl>
      <OrganizationHub organizationId={o.id} />
      <OrganizationContacts organizationId={o.id} />
    </article>
  );
}
