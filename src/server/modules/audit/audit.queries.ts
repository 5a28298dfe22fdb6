import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  auditLog,
  introductions,
  introductionTasks,
  type LocalizedText,
  needs,
  organizations,
  seeds,
  sites,
  sitingProfiles,
  sitingStudies,
  surveys,
  users,
} from '../../db/schema/index.ts';

export type AuditFilter = {
  entity?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  record?: string;
  from?: string;
  to?: string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function auditConditions(filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actor) conditions.push(eq(auditLog.actorId, filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, new Date(filter.to)));
  if (filter.record) {
    const record = filter.record.trim();
    const byKeyOrId = or(
      ilike(auditLog.entityKey, `%${escapeLike(record)}%`),
      eq(auditLog.entityId, record),
    ) as SQL;
    conditions.push(byKeyOrId);
  }
  return and(...conditions);
}

/** A page of audit rows, newest first, with the count of all that match. */
export async function selectAuditPage(db: Db, filter: AuditFilter, limit: number, offset: number) {
  const where = auditConditions(filter);
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The distinct actions and record kinds in the log, for the filter's choices. */
export async function selectAuditVocabulary(db: Db) {
  const [actions, entities] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog),
    db.selectDistinct({ value: auditLog.entity }).from(auditLog),
  ]);
  return { actions: actions.map((r) => r.value), entities: entities.map((r) => r.value) };
}

type Named = { id: string; name: LocalizedText };
const same = (text: string): LocalizedText => ({ ja: text, en: text });
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names of the records a page of the log refers to, by kind, read from each module's table. The log is a
 * read-only view across every module, so it looks names up here instead of asking each module in turn.
 */
const nameLookups: Record<string, (db: Db, ids: string[]) => Promise<Named[]>> = {
  organization: (db, ids) =>
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, ids)),
  need: (db, ids) => db.select({ id: needs.id, name: needs.title }).from(needs).where(inArray(needs.id, ids)),
  seed: (db, ids) => db.select({ id: seeds.id, name: seeds.title }).from(seeds).where(inArray(seeds.id, ids)),
  survey: (db, ids) =>
    db.select({ id: surveys.id, name: surveys.title }).from(surveys).where(inArray(surveys.id, ids)),
  site: (db, ids) => db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, ids)),
  'siting-profile': (db, ids) =>
    db
      .select({ id: sitingProfiles.id, name: sitingProfiles.name })
      .from(sitingProfiles)
      .where(inArray(sitingProfiles.id, ids)),
  'siting-study': async (db, ids) =>
    (
      await db
        .select({ id: sitingStudies.id, title: sitingStudies.title })
        .from(sitingStudies)
        .where(inArray(sitingStudies.id, ids))
    ).map((r) => ({ id: r.id, name: same(r.title) })),
  user: async (db, ids) => userNames(db, ids),
  // A session's row carries the user's id.
  session: async (db, ids) => userNames(db, ids),
  introduction: async (db, ids) => introductionNames(db, ids),
  introduction_task: async (db, ids) =>
    (
      await db
        .select({ id: introductionTasks.id, title: introductionTasks.title })
        .from(introductionTasks)
        .where(inArray(introductionTasks.id, ids))
    ).map((r) => ({ id: r.id, name: same(r.title) })),
};

async function userNames(db: Db, ids: string[]): Promise<Named[]> {
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return rows.map((r) => ({ id: r.id, name: same(r.name) }));
}

/** An introduction is named by the two organisations it brings together. */
async function introductionNames(db: Db, ids: string[]): Promise<Named[]> {
  const from = alias(organizations, 'from_org');
  const to = alias(organizations, 'to_org');
  const rows = await db
    .select({ id: introductions.id, from: from.name, to: to.name })
    .from(introductions)
    .innerJoin(from, eq(from.id, introductions.fromOrganizationId))
    .innerJoin(to, eq(to.id, introductions.toOrganizationId))
    .where(inArray(introductions.id, ids));
  const pair = (lang: 'ja' | 'en', other: 'ja' | 'en') => (r: (typeof rows)[number]) =>
    `${r.from[lang] || r.from[other] || ''} → ${r.to[lang] || r.to[other] || ''}`;
  return rows.map((r) => ({ id: r.id, name: { ja: pair('ja', 'en')(r), en: pair('en', 'ja')(r) } }));
}

/** `entity/id` → the record's name, for those records that still exist. */
export async function selectRecordNames(db: Db, refs: { entity: string; entityId: string | null }[]) {
  const byEntity = new Map<string, Set<string>>();
  for (const { entity, entityId } of refs) {
    if (!entityId || !uuidPattern.test(entityId) || !nameLookups[entity]) continue;
    byEntity.set(entity, (byEntity.get(entity) ?? new Set()).add(entityId));
  }
  const names = new Map<string, LocalizedText>();
  await Promise.all(
    [...byEntity].map(async ([entity, ids]) => {
      for (const row of await (nameLookups[entity] as (typeof nameLookups)[string])(db, [...ids]))
        names.set(`${entity}/${row.id}`, row.name);
    }),
  );
  return names;
}
