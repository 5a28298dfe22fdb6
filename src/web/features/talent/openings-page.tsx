import { Link } from 'wouter';
import { prefectureLabel } from '../../../core/directory/places.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type Opening, useOpenings } from './placement-api.ts';
import { Fact, LevelBadge } from './talent-parts.tsx';

/** Every opening, public; members post, people with an account see their own applications. */
export function OpeningsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const list = useOpenings();
  const canPost = user?.role === 'admin' || (user?.role === 'member' && !!user.organizationId);
  return (
    <>
      <PageHeader
        title={t('openingsTitle')}
        intro={t('openingsIntro')}
        actions={
          <>
            {canPost && (
              <Link className="button" href="/talent/openings/new">
                {t('openingsPost')}
              </Link>
            )}
            {user?.role === 'person' && (
              <Link className="button button-secondary" href="/talent/applications">
                {t('openingsMyApplications')}
              </Link>
            )}
          </>
        }
      />
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('openingsNone')}</p>
      ) : (
        <ul className="talent-list">
          {list.data.items.map((o) => (
            <li key={o.id} className="card">
              <OpeningCard opening={o} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function OpeningCard({ opening: o }: { opening: Opening }) {
  const { t, pick } = useI18n();
  return (
    <>
      <h2>
        <Link href={`/talent/openings/${o.id}`}>{pick(o.title)}</Link>
      </h2>
      <p>
        <LevelBadge level={o.level} /> <span className="badge">{t(`openingStatus_${o.status}`)}</span>{' '}
        {o.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
      </p>
      <OpeningFacts opening={o} />
    </>
  );
}

/** Company, place, start and skills: what a trainee reads first. */
export function OpeningFacts({ opening: o }: { opening: Opening }) {
  const { t, pick } = useI18n();
  return (
    <dl className="talent-facts">
      <Fact label={t('openingCompany')}>{pick(o.organization.name)}</Fact>
      <Fact label={t('openingPlace')}>
        {pick(prefectureLabel(o.prefecture))} {o.municipality}
      </Fact>
      <Fact label={t('openingStart')}>{o.startOn}</Fact>
      <Fact label={t('talentSkills')}>
        {o.skills.map((s) => (
          <span key={s.code} className="badge talent-skill">
            {pick(s.label)}
          </span>
        ))}
      </Fact>
      {o.applications !== null && (
        <Fact label={t('openingStatus')}>{t('openingApplications', { count: o.applications })}</Fact>
      )}
    </dl>
  );
}
