import { useState } from 'react';
import { Link } from 'wouter';
import { supplyChainRoles } from '../../../core/directory/vocabulary.ts';
import { needCategories, postVisibilities, seedCategories } from '../../../core/matching/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { labelMap, useTechnologies } from '../../lib/vocabulary.ts';
import { MatchExplanation } from './match-explanation.tsx';
import {
  type Match,
  type Post,
  type PostKind,
  useMatches,
  usePost,
  useRequestIntroduction,
  useUpdatePost,
} from './matching-api.ts';

/** A need or seed, and its ranked matches with their explanation; the owner can ask for introductions. */
export function PostPage({ kind, id }: { kind: PostKind; id: string }) {
  const { t, pick, lang } = useI18n();
  const post = usePost(kind, id);
  const matches = useMatches(kind, id);
  const update = useUpdatePost(kind, id, post.data?.version);
  const techLabels = labelMap(useTechnologies().data?.items);
  if (post.isLoading) return <LoadingMessage />;
  if (post.error) return <ErrorMessage error={post.error} />;
  const p = post.data!;
  return (
    <>
      <PageHeader title={pick(p.title)} />
      <section className="card post-detail">
        <p className="result-meta">
          {kind === 'need' ? t('matchType_need') : t('matchType_seed')} ·{' '}
          {p.organization ? (
            <Link href={`/organizations/${p.organization.id}`}>{pick(p.organization.name)}</Link>
          ) : (
            t('matchAnonymousOwner')
          )}{' '}
          · {postVisibilities[p.visibility][lang]}
        </p>
        {pick(p.body) && <p className="profile-description">{pick(p.body)}</p>}
        <dl className="profile-facts">
          <dt>{t('matchCategory')}</dt>
          <dd>{categoryLabel(p.kind, p.category, lang)}</dd>
          <dt>{t('matchTechnologies')}</dt>
          <dd>
            {p.technologies.length === 0 ? (
              t('matchNoTechnology')
            ) : (
              <ul className="tags">
                {p.technologies.map((code) => (
                  <li key={code} className="tag">
                    {pick(techLabels.get(code) ?? {}) || code}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {kind === 'need' && (
            <>
              <dt>{t('matchSeeksRoles')}</dt>
              <dd>
                {p.seeksRoles.length === 0
                  ? t('matchNoRoleSought')
                  : p.seeksRoles
                      .map((r) => supplyChainRoles[r as keyof typeof supplyChainRoles]?.[lang] ?? r)
                      .join(lang === 'ja' ? '、' : ', ')}
              </dd>
            </>
          )}
          {p.quantity && (
            <>
              <dt>{t('matchQuantity')}</dt>
              <dd>{p.quantity}</dd>
            </>
          )}
          {p.timeline && (
            <>
              <dt>{t('matchTimeline')}</dt>
              <dd>{p.timeline}</dd>
            </>
          )}
          {p.trl && (
            <>
              <dt>TRL</dt>
              <dd>{p.trl}</dd>
            </>
          )}
          <dt>{t('matchExpires')}</dt>
          <dd>
            {p.expiresAt.slice(0, 10)}{' '}
            {p.expired && <span className="badge badge-warn">{t('matchExpired')}</span>}
          </dd>
        </dl>
        {isStaleEdit(update.error) ? (
          <StaleEditMessage
            onReload={() => {
              update.reset();
              void post.refetch();
            }}
          />
        ) : (
          update.error && <ErrorMessage error={update.error} />
        )}
        {p.mine && (
          <div className="form-actions">
            <button
              className="button button-small button-secondary"
              type="button"
              onClick={() => update.mutate('renew')}
            >
              {t('matchRenew')}
            </button>
            {p.status === 'open' && (
              <button
                className="button button-small button-secondary"
                type="button"
                onClick={() => update.mutate('close')}
              >
                {t('matchClose')}
              </button>
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="matches-heading">
        <h2 id="matches-heading">{t('matchMatches')}</h2>
        <p className="muted">{t('matchMatchesIntro')}</p>
        {matches.isLoading && <LoadingMessage />}
        {matches.error && <ErrorMessage error={matches.error} />}
        {matches.data?.items.length === 0 && <p className="empty">{t('matchNoMatches')}</p>}
        <ol className="result-list match-list">
          {matches.data?.items.map((m) => (
            <MatchItem key={m.id} match={m} post={p} />
          ))}
        </ol>
      </section>
    </>
  );
}

function categoryLabel(kind: PostKind, category: string, lang: 'ja' | 'en'): string {
  const labels: Record<string, { ja: string; en: string }> =
    kind === 'need' ? needCategories : seedCategories;
  return labels[category]?.[lang] ?? category;
}

function MatchItem({ match, post }: { match: Match; post: Post }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const request = useRequestIntroduction();
  const href =
    match.type === 'organization' ? `/organizations/${match.id}` : `/matching/${match.type}s/${match.id}`;
  return (
    <li className="result match">
      <h3>
        <span className="badge badge-muted">{t(`matchType_${match.type}`)}</span>{' '}
        <Link href={href}>{pick(match.title)}</Link>
      </h3>
      <p className="result-meta">
        {match.organization ? pick(match.organization.name) : t('matchAnonymousOwner')}
      </p>
      <MatchExplanation signals={match.signals} score={match.score} />
      {post.mine && !request.isSuccess && (
        <div className="intro-request">
          {!open ? (
            <button className="button button-small" type="button" onClick={() => setOpen(true)}>
              {t('matchRequestIntro')}
            </button>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                request.mutate({
                  fromKind: post.kind,
                  fromId: post.id,
                  toType: match.type,
                  toId: match.id,
                  message,
                });
              }}
            >
              <label htmlFor={`msg-${match.id}`}>{t('matchMessage')}</label>
              <textarea
                id={`msg-${match.id}`}
                rows={3}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
              />
              <button className="button button-small" type="submit" disabled={request.isPending}>
                {t('matchSend')}
              </button>
            </form>
          )}
          {request.error && <ErrorMessage error={request.error} />}
        </div>
      )}
      {request.isSuccess && (
        <Alert tone="success">
          {t('matchRequested')} <Link href="/introductions">{t('introTitle')}</Link>
          {!request.data.recipientHasAccount && <> {t('matchNoAccountYet')}</>}
        </Alert>
      )}
    </li>
  );
}
