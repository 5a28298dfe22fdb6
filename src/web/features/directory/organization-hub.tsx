import { Link } from 'wouter';
import { introductionStates, needCategories, seedCategories } from '../../../core/matching/index.ts';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { useOrganizationActivity } from './directory-api.ts';

type Activity = ResponseOf<'getOrganizationActivity'>;
type Post = Activity['needs'][number];
type Label = { ja: string; en: string };

function PostList({ kind, posts, empty }: { kind: 'need' | 'seed'; posts: Post[]; empty: MessageKey }) {
  const { t, lang, pick } = useI18n();
  const categories: Record<string, Label> = kind === 'need' ? needCategories : seedCategories;
  if (posts.length === 0) return <p className="muted">{t(empty)}</p>;
  return (
    <ul className="hub-list">
      {posts.map((p) => (
        <li key={p.id}>
          <Link href={`/matching/${kind}s/${p.id}`}>{pick(p.title)}</Link>{' '}
          <span className="muted">{categories[p.category]?.[lang] ?? ''}</span>
        </li>
      ))}
    </ul>
  );
}

function Relations({ relations }: { relations: Activity['relations'] }) {
  const { t, pick } = useI18n();
  if (relations.length === 0) return <p className="muted">{t('hubNoRelations')}</p>;
  return (
    <ul className="hub-list">
      {relations.map((r) => (
        <li key={`${r.direction}-${r.type}-${r.organization.id}`}>
          <span className="hub-relation">
            {t(`relation${r.direction === 'outgoing' ? 'Out' : 'In'}_${r.type}` as MessageKey)}
          </span>{' '}
          <Link href={`/organizations/${r.organization.id}`}>{pick(r.organization.name)}</Link>
          {r.since && <span className="muted"> {t('hubSince', { since: r.since })}</span>}
        </li>
      ))}
    </ul>
  );
}

function Introductions({ items }: { items: NonNullable<Activity['introductions']> }) {
  const { t, lang, pick } = useI18n();
  if (items.length === 0) return <p className="muted">{t('hubNoIntroductions')}</p>;
  return (
    <ul className="hub-list">
      {items.map((i) => (
        <li key={i.id}>
          <Link href={`/introductions/${i.id}`}>
            {pick(i.fromTitle)} → {pick(i.toTitle)}
          </Link>{' '}
          <span className={`badge state-${i.state}`}>
            {introductionStates[i.state as keyof typeof introductionStates]?.[lang] ?? ''}
          </span>
          <br />
          <span className="muted">
            {i.side === 'requester' ? t('hubAsRequester') : t('hubAsRecipient')}:{' '}
            {i.counterpart ? pick(i.counterpart.name) : t('hubHiddenOwner')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The organisation as a hub on its profile: its open needs and seeds (anonymous ones never: the profile names
 * the owner), its relations, and for its own members and the coordinators its introductions.
 */
export function OrganizationHub({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const activity = useOrganizationActivity(organizationId, user?.id ?? null);
  if (activity.isPending) return <LoadingMessage />;
  if (activity.isError) return <ErrorMessage error={activity.error} />;
  const a = activity.data;
  return (
    <div className="hub">
      <section aria-labelledby="hub-needs">
        <h2 id="hub-needs">{t('hubNeeds')}</h2>
        <PostList kind="need" posts={a.needs} empty="hubNoNeeds" />
      </section>
      <section aria-labelledby="hub-seeds">
        <h2 id="hub-seeds">{t('hubSeeds')}</h2>
        <PostList kind="seed" posts={a.seeds} empty="hubNoSeeds" />
      </section>
      <p className="field-hint hub-wide">{t('hubPostsHint')}</p>
      <section aria-labelledby="hub-relations" className="hub-wide">
        <h2 id="hub-relations">{t('hubRelations')}</h2>
        <Relations relations={a.relations} />
      </section>
      {a.introductions && (
        <section aria-labelledby="hub-introductions" className="hub-wide">
          <h2 id="hub-introductions">{t('hubIntroductions')}</h2>
          <p className="field-hint">{t('hubIntroductionsHint')}</p>
          <Introductions items={a.introductions} />
        </section>
      )}
    </div>
  );
}
