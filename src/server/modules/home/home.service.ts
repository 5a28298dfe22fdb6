import type { AppDeps, AuthUser } from '../../lib/http.ts';
import { matchesFor } from '../matching/index.ts';
import {
  countFigures,
  createdAtOf,
  expiringPosts,
  latestNotices,
  openSurveys,
  organizationIntroductions,
  organizationRef,
  ownPosts,
  previousSignIn,
  recentOrganizations,
  requestedIntroductions,
  stalledIntroductions,
  surveysToAnswer,
} from './home.queries.ts';
import type { IntroductionItem } from './home.schemas.ts';

type Deps = Pick<AppDeps, 'db' | 'config' | 'reference'>;

const DAY = 86_400_000;
// A request unanswered this long, or an introduction not moved this long, needs a coordinator's nudge.
const STALLED_DAYS = 14;
// Posts that expire within this many days are worth a reminder call; organisations this new, a review.
const EXPIRING_DAYS = 14;
const NEW_ORGANIZATION_DAYS = 30;
const MATCHES_PER_POST = 20;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type IntroRow = Awaited<ReturnType<typeof requestedIntroductions>>[number];
const introductionOut = (r: IntroRow): IntroductionItem => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  stateChangedAt: r.stateChangedAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  recipientHasAccount: Boolean(r.recipientHasAccount),
});

/** The home page for whoever asks: what needs action for a coordinator, a member's own business, or the cluster. */
export async function homeFor(deps: Deps, user: AuthUser | null, now = new Date()) {
  if (user?.role === 'admin') return coordinatorHome(deps, now);
  if (user) return memberHome(deps, user, now);
  const { accounts: _withheld, ...figures } = await countFigures(deps.db, now);
  return { kind: 'visitor' as const, figures: { ...figures, accounts: null } };
}

async function coordinatorHome({ db }: Deps, now: Date) {
  const requested = (await requestedIntroductions(db)).map(introductionOut);
  const stalledBefore = new Date(now.getTime() - STALLED_DAYS * DAY);
  return {
    kind: 'coordinator' as const,
    figures: await countFigures(db, now),
    // Requests nobody can answer in the app go to their own list: the coordinator follows them up by hand.
    unanswered: requested.filter((r) => r.recipientHasAccount),
    noAccount: requested.filter((r) => !r.recipientHasAccount),
    stalled: [
      ...requested.filter((r) => r.recipientHasAccount && Date.parse(r.createdAt) < stalledBefore.getTime()),
      ...(await stalledIntroductions(db, stalledBefore)).map(introductionOut),
    ],
    surveys: (await openSurveys(db)).map((s) => {
      const answered = s.invitations.filter((i) => i.submittedAt).length;
      return {
        id: s.id,
        title: s.title,
        closesAt: iso(s.closesAt),
        invited: s.invitations.length,
        answered,
        rate: s.invitations.length ? answered / s.invitations.length : 0,
        notAnswered: s.invitations.filter((i) => !i.submittedAt).map((i) => i.invitee),
      };
    }),
    expiring: (await expiringPosts(db, now, new Date(now.getTime() + EXPIRING_DAYS * DAY))).map((p) => ({
      ...p,
      expiresAt: p.expiresAt.toISOString(),
    })),
    newOrganizations: await newOrganizations(db, now),
  };
}

// A first import brings in the whole region at once: the page shows the newest few and how many there are.
async function newOrganizations(db: Deps['db'], now: Date) {
  const since = new Date(now.getTime() - NEW_ORGANIZATION_DAYS * DAY);
  const { items, total } = await recentOrganizations(db, since, 8);
  return { items: items.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })), total };
}

async function memberHome(deps: Deps, user: AuthUser, now: Date) {
  const { db } = deps;
  const lastVisit = await previousSignIn(db, user.id);
  const organizationId = user.organizationId;
  const notices = await latestNotices(db, user.id);
  const base = {
    kind: 'member' as const,
    lastVisitAt: iso(lastVisit),
    notices: {
      unread: notices.unread,
      items: notices.items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    },
  };
  if (!organizationId)
    return { ...base, organization: null, posts: [], awaitingAnswer: [], introductions: [], surveys: [] };
  const organization = await organizationRef(db, organizationId);
  const introductions = (await organizationIntroductions(db, organizationId)).map((r) => ({
    ...introductionOut(r),
    side: r.from.id === organizationId ? ('requester' as const) : ('recipient' as const),
  }));
  return {
    ...base,
    organization,
    posts: await postsWithMatches(deps, user, organizationId, lastVisit, now),
    awaitingAnswer: introductions.filter((i) => i.side === 'recipient' && i.state === 'requested'),
    introductions,
    surveys: (await surveysToAnswer(db, organizationId)).map((s) => ({ ...s, closesAt: iso(s.closesAt) })),
  };
}

/** Each open post with its match count, and how many of those matches are records added since the last visit. */
async function postsWithMatches(
  deps: Deps,
  user: AuthUser,
  organizationId: string,
  lastVisit: Date | null,
  now: Date,
) {
  const organization = await organizationRef(deps.db, organizationId);
  const out = [];
  for (const post of await ownPosts(deps.db, organizationId)) {
    if (post.expiresAt <= now) continue;
    const { items } = await matchesFor({ ...deps, user }, post.kind, post.id, MATCHES_PER_POST);
    const created = await createdAtOf(deps.db, {
      organizations: items.filter((m) => m.type === 'organization').map((m) => m.id),
      needs: items.filter((m) => m.type === 'need').map((m) => m.id),
      seeds: items.filter((m) => m.type === 'seed').map((m) => m.id),
    });
    const isNew = (id: string) =>
      lastVisit !== null && (created.get(id)?.getTime() ?? 0) > lastVisit.getTime();
    out.push({
      ...post,
      organization,
      expiresAt: post.expiresAt.toISOString(),
      matches: items.length,
      newMatches: items.filter((m) => isNew(m.id)).length,
    });
  }
  return out;
}
