import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { openIntroductionStates } from '../../../core/matching/workflow.ts';
import type { Db } from '../../db/client.ts';
import {
  auditLog,
  introductions,
  needs,
  notifications,
  organizations,
  seeds,
  surveyInvitations,
  surveyResponses,
  surveys,
  users,
} from '../../db/schema/index.ts';
import { hasActiveAccount } from '../../lib/notify.ts';

// The home pages read across modules' tables: a read model of counts and short lists, no rules of its own.

const count = sql<number>`count(*)::int`;

export async function countFigures(db: Db, now: Date) {
  const [orgs] = await db
    .select({
      total: count,
      aomori: sql<number>`count(*) filter (where ${organizations.prefecture} = '青森県')::int`,
    })
    .from(organizations)
    .where(eq(organizations.published, true));
  const [tech] = await db
    .select({ n: sql<number>`count(distinct code)::int` })
    .from(sql`${organizations}, unnest(${organizations.technologies}) as code`)
    .where(eq(organizations.published, true));
  const openPosts = async (table: typeof needs | typeof seeds) => {
    const [row] = await db
      .select({ n: count })
      .from(table)
      .where(and(eq(table.status, 'open'), gt(table.expiresAt, now)));
    return row?.n ?? 0;
  };
  const [intros] = await db
    .select({ n: count })
    .from(introductions)
    .where(inArray(introductions.state, [...openIntroductionStates]));
  const [accounts] = await db.select({ n: count }).from(users).where(isNull(users.disabledAt));
  return {
    organizations: orgs?.total ?? 0,
    inAomori: orgs?.aomori ?? 0,
    technologiesCovered: tech?.n ?? 0,
    openNeeds: await openPosts(needs),
    openSeeds: await openPosts(seeds),
    openIntroductions: intros?.n ?? 0,
    accounts: accounts?.n ?? 0,
  };
}

const fromOrg = alias(organizations, 'from_org');
const toOrg = alias(organizations, 'to_org');

/** Introductions with both organisations named, and whether anyone at the recipient can answer. */
export function selectIntroductions(db: Db) {
  return db
    .select({
      id: introductions.id,
      state: introductions.state,
      from: { id: fromOrg.id, key: fromOrg.key, name: fromOrg.name },
      to: { id: toOrg.id, key: toOrg.key, name: toOrg.name },
      createdAt: introductions.createdAt,
      stateChangedAt: introductions.stateChangedAt,
      expiresAt: introductions.expiresAt,
      recipientHasAccount: hasActiveAccount(introductions.toOrganizationId),
    })
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganizationId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganizationId))
    .$dynamic();
}

export const requestedIntroductions = (db: Db) =>
  selectIntroductions(db)
    .where(eq(introductions.state, 'requested'))
    .orderBy(asc(introductions.createdAt))
    .limit(50);

/** Open, past the first answer, and not moved for `days`. */
export const stalledIntroductions = (db: Db, before: Date) =>
  selectIntroductions(db)
    .where(
      and(
        inArray(
          introductions.state,
          openIntroductionStates.filter((s) => s !== 'requested'),
        ),
        lt(introductions.stateChangedAt, before),
      ),
    )
    .orderBy(asc(introductions.stateChangedAt))
    .limit(50);

export const organizationIntroductions = (db: Db, organizationId: string) =>
  selectIntroductions(db)
    .where(
      sql`${introductions.fromOrganizationId} = ${organizationId} or ${introductions.toOrganizationId} = ${organizationId}`,
    )
    .orderBy(desc(introductions.stateChangedAt))
    .limit(20);

/**
 * The coordinator's own open surveys with their tallies and the first invitees that have not answered (not the
 * surveys other modules open for themselves: a desk case's aftercare question, an event's feedback).
 */
export async function openSurveys(db: Db) {
  const rows = await db
    .select({ id: surveys.id, title: surveys.title, closesAt: surveys.closesAt })
    .from(surveys)
    .where(and(eq(surveys.status, 'open'), eq(surveys.synthetic, false), eq(surveys.origin, 'coordinator')))
    .orderBy(asc(surveys.closesAt));
  if (rows.length === 0) return [];
  const invitations = await db
    .select({
      surveyId: surveyInvitations.surveyId,
      invitee: surveyInvitations.invitee,
      submittedAt: surveyResponses.submittedAt,
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(
      inArray(
        surveyInvitations.surveyId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(surveyInvitations.invitee));
  return rows.map((r) => ({ ...r, invitations: invitations.filter((i) => i.surveyId === r.id) }));
}

/** Open posts expiring between now and `until`, with their organisation. */
export async function expiringPosts(db: Db, now: Date, until: Date) {
  const select = (table: typeof needs | typeof seeds, kind: 'need' | 'seed') =>
    db
      .select({
        kind: sql<'need' | 'seed'>`${kind}`,
        id: table.id,
        title: table.title,
        expiresAt: table.expiresAt,
        organization: { id: organizations.id, key: organizations.key, name: organizations.name },
      })
      .from(table)
      .innerJoin(organizations, eq(organizations.id, table.organizationId))
      .where(and(eq(table.status, 'open'), gt(table.expiresAt, now), lte(table.expiresAt, until)));
  const rows = [...(await select(needs, 'need')), ...(await select(seeds, 'seed'))];
  return rows.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime()).slice(0, 50);
}

export async function recentOrganizations(db: Db, since: Date, limit: number) {
  const items = await db
    .select({
      id: organizations.id,
      key: organizations.key,
      name: organizations.name,
      createdAt: organizations.createdAt,
      published: organizations.published,
    })
    .from(organizations)
    .where(gte(organizations.createdAt, since))
    .orderBy(desc(organizations.createdAt))
    .limit(limit);
  const [total] = await db
    .select({ n: count })
    .from(organizations)
    .where(gte(organizations.createdAt, since));
  return { items, total: total?.n ?? 0 };
}

export async function organizationRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row ?? null;
}

/** The organisation's own open posts, every visibility (it is the owner asking). */
export async function ownPosts(db: Db, organizationId: string) {
  const select = (table: typeof needs | typeof seeds, kind: 'need' | 'seed') =>
    db
      .select({
        kind: sql<'need' | 'seed'>`${kind}`,
        id: table.id,
        title: table.title,
        expiresAt: table.expiresAt,
      })
      .from(table)
      .where(and(eq(table.organizationId, organizationId), eq(table.status, 'open')))
      .orderBy(asc(table.expiresAt));
  return [...(await select(needs, 'need')), ...(await select(seeds, 'seed'))];
}

/** When the record behind each match was created: a match is new when its record is newer than the last visit. */
export async function createdAtOf(
  db: Db,
  ids: { organizations: string[]; needs: string[]; seeds: string[] },
) {
  const out = new Map<string, Date>();
  const read = async (table: typeof organizations | typeof needs | typeof seeds, list: string[]) => {
    if (list.length === 0) return;
    for (const r of await db
      .select({ id: table.id, createdAt: table.createdAt })
      .from(table)
      .where(inArray(table.id, list)))
      out.set(r.id, r.createdAt);
  };
  await read(organizations, ids.organizations);
  await read(needs, ids.needs);
  await read(seeds, ids.seeds);
  return out;
}

export async function latestNotices(db: Db, userId: string) {
  const items = await db
    .select({
      id: notifications.id,
      title: notifications.title,
      link: notifications.link,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .orderBy(desc(notifications.createdAt))
    .limit(5);
  const [unread] = await db
    .select({ n: count })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { unread: unread?.n ?? 0, items };
}

/** Open surveys the organisation is invited to and has not submitted. */
export const surveysToAnswer = (db: Db, organizationId: string) =>
  db
    .select({ id: surveys.id, title: surveys.title, closesAt: surveys.closesAt })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveys.status, 'open'),
        isNull(surveyResponses.submittedAt),
      ),
    )
    .orderBy(asc(surveys.closesAt));

/**
 * The sign-in before this one (each sign-in writes an audit row): "since your last visit" means since then.
 * The current session's own sign-in is the newest row, so the previous one is the second.
 */
export async function previousSignIn(db: Db, userId: string) {
  const rows = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'login'), eq(auditLog.entity, 'session'), eq(auditLog.entityId, userId)))
    .orderBy(desc(auditLog.at))
    .limit(2);
  return rows[1]?.at ?? null;
}
