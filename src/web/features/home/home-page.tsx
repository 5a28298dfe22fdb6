import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { type IntroductionState, introductionStates } from '../../../core/matching/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { type CoordinatorHome, type HomeFigures, homeQueries, type MemberHome } from './home-api.ts';
import './home.css';

/** One address, three pages: the coordinator's to-do list, a member's own business, or the cluster for a visitor. */
export function HomePage() {
  const { user, isLoading } = useSession();
  const home = useQuery({ ...homeQueries.home(user?.id ?? null), enabled: !isLoading });
  if (isLoading || home.isLoading) return <LoadingMessage />;
  if (home.error) return <ErrorMessage error={home.error} />;
  const data = home.data;
  if (!data) return null;
  if (data.kind === 'coordinator') return <CoordinatorHomePage home={data} />;
  if (data.kind === 'member') return <MemberHomePage home={data} />;
  return <VisitorHomePage figures={data.figures} />;
}

function useDate() {
  const { lang } = useI18n();
  return (iso: string) => new Date(iso).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}

function Figures({ figures }: { figures: HomeFigures }) {
  const { t, lang } = useI18n();
  const number = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB');
  const items: [MessageKey, number][] = [
    ['figOrganizations', figures.organizations],
    ['figInAomori', figures.inAomori],
    ['figTechnologies', figures.technologiesCovered],
    ['figOpenNeeds', figures.openNeeds],
    ['figOpenSeeds', figures.openSeeds],
    ['figOpenIntroductions', figures.openIntroductions],
  ];
  if (figures.accounts !== null) items.push(['figAccounts', figures.accounts]);
  return (
    <dl className="home-figures">
      {items.map(([label, value]) => (
        <div key={label} className="home-figure">
          <dt>{t(label)}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="card home-section">
      <h2>
        {title}
        {count !== undefined && count > 0 && <span className="badge home-count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

function VisitorHomePage({ figures }: { figures: HomeFigures }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('homeVisitorTitle')} intro={t('homeVisitorIntro')} />
      <p className="home-invite">
        <Link className="button" href="/directory">
          {t('homeExploreDirectory')}
        </Link>
        <Link className="button button-secondary" href="/map">
          {t('homeExploreMap')}
        </Link>
        <Link className="button button-secondary" href="/login">
          {t('homeSignIn')}
        </Link>
      </p>
      <section aria-labelledby="home-figures-title">
        <h2 id="home-figures-title">{t('homeFiguresTitle')}</h2>
        <Figures figures={figures} />
      </section>
    </>
  );
}

type Intro = MemberHome['introductions'][number];

function IntroductionLine({
  intro,
  who,
}: {
  intro: Omit<Intro, 'side'> & { side?: Intro['side'] };
  who: 'from' | 'to' | 'both';
}) {
  const { t, pick, lang } = useI18n();
  const date = useDate();
  const state = introductionStates[intro.state as IntroductionState];
  return (
    <li>
      <Link href={`/introductions/${intro.id}`}>
        {who === 'both' ? `${pick(intro.from.name)} → ${pick(intro.to.name)}` : pick(intro[who].name)}
      </Link>{' '}
      <span className={`badge state-${intro.state}`}>{state ? state[lang] : intro.state}</span>{' '}
      <span className="muted">{t('homeAge', { count: daysSince(intro.stateChangedAt) })}</span>
      {intro.state === 'requested' && (
        <span className="muted"> · {t('homeExpires', { date: date(intro.expiresAt) })}</span>
      )}
    </li>
  );
}

const daysSince = (iso: string) => Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 86_400_000));

function MemberHomePage({ home }: { home: MemberHome }) {
  const { t, pick } = useI18n();
  const date = useDate();
  const title = home.organization ? t('homeWelcome', { name: pick(home.organization.name) }) : t('homeTitle');
  return (
    <>
      <PageHeader title={title} intro={home.organization ? undefined : t('homeNoOrganization')} />
      <div className="home-grid">
        <Section title={t('homeAwaiting')} count={home.awaitingAnswer.length}>
          {home.awaitingAnswer.length === 0 ? (
            <p className="empty">{t('homeAwaitingNone')}</p>
          ) : (
            <ul className="home-list">
              {home.awaitingAnswer.map((i) => (
                <IntroductionLine key={i.id} intro={i} who="from" />
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('homeNotices')} count={home.notices.unread}>
          {home.notices.items.length === 0 ? (
            <p className="empty">{t('homeNoticesNone')}</p>
          ) : (
            <ul className="home-list">
              {home.notices.items.map((n) => (
                <li key={n.id}>
                  {n.link ? <Link href={n.link}>{pick(n.title)}</Link> : pick(n.title)}{' '}
                  <span className="muted">{date(n.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('homePosts')}>
          {home.posts.length === 0 && <p className="empty">{t('homePostsNone')}</p>}
          <ul className="home-list">
            {home.posts.map((p) => (
              <li key={p.id}>
                <span className="badge badge-muted">{t(p.kind === 'need' ? 'homeNeed' : 'homeSeed')}</span>{' '}
                <Link href={`/matching/${p.kind}s/${p.id}`}>{pick(p.title)}</Link>{' '}
                <span className="muted">{t('homeMatches', { count: p.matches })}</span>
                {p.newMatches > 0 && (
                  <span className="badge home-new">{t('homeNewMatches', { count: p.newMatches })}</span>
                )}{' '}
                <span className="muted">{t('homeExpires', { date: date(p.expiresAt) })}</span>
              </li>
            ))}
          </ul>
          {home.organization && (
            <p className="home-actions">
              <Link className="button button-small" href="/matching/needs/new">
                {t('homePostNeed')}
              </Link>
              <Link className="button button-small button-secondary" href="/matching/seeds/new">
                {t('homePostSeed')}
              </Link>
            </p>
          )}
        </Section>
        <Section title={t('homeIntroductions')}>
          {home.introductions.length === 0 ? (
            <p className="empty">{t('homeIntroductionsNone')}</p>
          ) : (
            <ul className="home-list">
              {home.introductions.map((i) => (
                <IntroductionLine key={i.id} intro={i} who={i.side === 'requester' ? 'to' : 'from'} />
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('homeSurveys')} count={home.surveys.length}>
          {home.surveys.length === 0 ? (
            <p className="empty">{t('homeSurveysNone')}</p>
          ) : (
            <ul className="home-list">
              {home.surveys.map((s) => (
                <li key={s.id}>
                  <Link href="/surveys">{pick(s.title)}</Link>
                  {s.closesAt && (
                    <span className="muted"> · {t('homeSurveyCloses', { date: date(s.closesAt) })}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}

function CoordinatorHomePage({ home }: { home: CoordinatorHome }) {
  const { t, pick, lang } = useI18n();
  const date = useDate();
  const percent = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent' });
  const introList = (items: CoordinatorHome['unanswered']) =>
    items.length === 0 ? (
      <p className="empty">{t('homeNothing')}</p>
    ) : (
      <ul className="home-list">
        {items.map((i) => (
          <IntroductionLine key={i.id} intro={i} who="both" />
        ))}
      </ul>
    );
  return (
    <>
      <PageHeader
        title={t('homeActionTitle')}
        actions={
          <Link className="button button-secondary" href="/admin/introductions">
            {t('homeSeeBoard')}
          </Link>
        }
      />
      <Figures figures={home.figures} />
      <div className="home-grid">
        <Section title={t('homeUnanswered')} count={home.unanswered.length}>
          {introList(home.unanswered)}
        </Section>
        <Section title={t('homeNoAccount')} count={home.noAccount.length}>
          {introList(home.noAccount)}
        </Section>
        <Section title={t('homeStalled')} count={home.stalled.length}>
          {introList(home.stalled)}
        </Section>
        <Section title={t('homeSurveysProgress')} count={home.surveys.length}>
          {home.surveys.length === 0 ? (
            <p className="empty">{t('homeNothing')}</p>
          ) : (
            <ul className="home-list">
              {home.surveys.map((s) => (
                <li key={s.id}>
                  <Link href={`/surveys/${s.id}`}>{pick(s.title)}</Link>{' '}
                  <span className="muted">
                    {s.answered}/{s.invited} ({percent.format(s.rate)})
                  </span>
                  <meter className="home-meter" min={0} max={1} value={s.rate} aria-label={pick(s.title)} />
                  {s.notAnswered.length > 0 && (
                    <p className="muted home-small">
                      {t('homeNotAnswered', {
                        names:
                          s.notAnswered.slice(0, 5).join(lang === 'ja' ? '、' : ', ') +
                          (s.notAnswered.length > 5 ? ' …' : ''),
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('homeExpiring')} count={home.expiring.length}>
          {home.expiring.length === 0 ? (
            <p className="empty">{t('homeNothing')}</p>
          ) : (
            <ul className="home-list">
              {home.expiring.map((p) => (
                <li key={p.id}>
                  <span className="badge badge-muted">{t(p.kind === 'need' ? 'homeNeed' : 'homeSeed')}</span>{' '}
                  <Link href={`/matching/${p.kind}s/${p.id}`}>{pick(p.title)}</Link>{' '}
                  <span className="muted">
                    {p.organization ? `${pick(p.organization.name)} · ` : ''}
                    {t('homeExpires', { date: date(p.expiresAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('homeNewOrganizations')} count={home.newOrganizations.total}>
          {home.newOrganizations.total === 0 ? (
            <p className="empty">{t('homeNothing')}</p>
          ) : (
            <ul className="home-list">
              {home.newOrganizations.items.map((o) => (
                <li key={o.id}>
                  <Link href={`/organizations/${o.id}`}>{pick(o.name)}</Link>{' '}
                  <span className="muted">{date(o.createdAt)}</span>
                  {!o.published && <span className="badge badge-muted">{t('homeUnpublished')}</span>}
                </li>
              ))}
            </ul>
          )}
          {home.newOrganizations.total > home.newOrganizations.items.length && (
            <p className="home-actions">
              <Link href="/directory?sort=updated">
                {t('homeAllOrganizations', { count: home.newOrganizations.total })}
              </Link>
            </p>
          )}
        </Section>
      </div>
    </>
  );
}
