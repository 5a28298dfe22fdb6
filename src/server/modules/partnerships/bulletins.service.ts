import {
  type BulletinAudience,
  type BulletinKind,
  type BulletinViewer,
  mayPublishBulletin,
} from '../../../core/partnerships/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import { bulletinsAtom } from './bulletins.export.ts';
import {
  type BulletinFilter,
  getBulletinRow,
  insertBulletin,
  isAgreementParty,
  listBulletinRows,
  lockBulletin,
  publicBulletinRows,
  replaceSubscriptions,
  subscriptionTags,
  updateBulletinRow,
} from './bulletins.queries.ts';
import type { BulletinInput, BulletinPatch } from './bulletins.schemas.ts';
import { allAreas } from './partnerships.queries.ts';

export type BulletinsCtx = {
  db: Db;
  config: Config;
  reference: ReferenceData;
  now: Date;
  user: AuthUser | null;
};

const bulletinNotFound = () =>
  new AppError('not_found', say({ ja: '情報共有ノートが見つかりません', en: 'Bulletin not found' }));

export async function viewerOf(db: Db, user: AuthUser | null): Promise<BulletinViewer> {
  return {
    role: user?.role ?? null,
    organizationId: user?.organizationId ?? null,
    partyToAgreement: user?.organizationId ? await isAgreementParty(db, user.organizationId) : false,
  };
}

/** Technology codes against the taxonomy, area tags against the agreements; each bad one named. */
async function checkTags(
  ctx: BulletinsCtx,
  technologies: string[],
  areas: string[],
  at: { tech: string; area: string },
) {
  const known = new Map((await allAreas(ctx.db)).map((a) => [`area:${a.agreementKey}/${a.key}`, a.id]));
  const bad: ErrorDetail[] = [
    ...unknownTechnologies(ctx.reference, technologies, at.tech),
    ...areas.flatMap((tag, i) =>
      known.has(tag)
        ? []
        : [
            {
              path: `${at.area}[${i}]`,
              message: say({ ja: `協定の分野「${tag}」はありません`, en: `unknown agreement area "${tag}"` }),
            },
          ],
    ),
  ];
  if (bad.length) throw invalidFields(bad);
  return areas.map((t) => known.get(t)!);
}

type Row = NonNullable<Awaited<ReturnType<typeof getBulletinRow>>>;

function bulletinOut(row: Row, user: AuthUser | null) {
  const b = row.bulletin;
  return {
    id: b.id,
    kind: b.kind as BulletinKind,
    title: b.title,
    body: b.body,
    technologies: b.technologies,
    areas: b.tags.filter((t) => t.startsWith('area:')),
    tags: b.tags,
    audience: b.audience as BulletinAudience,
    author: row.authorKey ? { key: row.authorKey, name: row.authorName ?? {} } : null,
    publishedAt: b.publishedAt.toISOString(),
    illustrative: b.illustrative,
    version: b.version,
    mayEdit: mayEdit(user, b),
  };
}

const mayEdit = (
  user: AuthUser | null,
  b: { authorOrganizationId: string | null; authorUserId: string | null },
) =>
  !!user &&
  (user.role === 'admin' ||
    user.id === b.authorUserId ||
    (!!user.organizationId && user.organizationId === b.authorOrganizationId));

export async function listBulletins(ctx: BulletinsCtx, f: BulletinFilter) {
  const viewer = await viewerOf(ctx.db, ctx.user);
  const { rows, total } = await listBulletinRows(ctx.db, viewer, f);
  return { items: rows.map((r) => bulletinOut(r, ctx.user)), total, mayPublish: mayPublishBulletin(viewer) };
}

export async function getBulletin(ctx: BulletinsCtx, id: string) {
  const row = await getBulletinRow(ctx.db, id, await viewerOf(ctx.db, ctx.user));
  if (!row) throw bulletinNotFound();
  return bulletinOut(row, ctx.user);
}

export async function publishBulletin(ctx: BulletinsCtx, user: AuthUser, input: BulletinInput) {
  if (!mayPublishBulletin(await viewerOf(ctx.db, user)))
    throw forbidden({
      ja: '情報共有ノートを発信できるのは事務局・支援機関・協定当事者の会員です',
      en: 'Coordinators, partner agencies and members of an agreement party publish bulletins',
    });
  const areaIds = await checkTags(ctx, input.technologies, input.areas, {
    tech: 'body.technologies',
    area: 'body.areas',
  });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertBulletin(tx, {
      kind: input.kind,
      title: input.title,
      body: input.body,
      technologies: input.technologies,
      areaIds,
      tags: [...new Set([...input.technologies, ...input.areas])],
      audience: input.audience,
      authorUserId: user.id,
      authorOrganizationId: user.organizationId,
      publishedAt: ctx.now,
    });
    await writeAudit(tx, user, { action: 'publish', entity: 'bulletin', entityId: row.id });
    return row.id;
  });
  return getBulletin({ ...ctx, user }, id);
}

export async function patchBulletin(
  ctx: BulletinsCtx,
  user: AuthUser,
  id: string,
  patch: BulletinPatch,
  ifMatch: IfMatch,
) {
  await ctx.db.transaction(async (tx) => {
    const before = await lockBulletin(tx, id);
    if (!before || !(await getBulletinRow(tx, id, await viewerOf(tx, user)))) throw bulletinNotFound();
    if (!mayEdit(user, before)) throw forbidden();
    checkIfMatch(ifMatch, before.version);
    const technologies = patch.technologies ?? before.technologies;
    const areas = patch.areas ?? before.tags.filter((t) => t.startsWith('area:'));
    const areaIds = await checkTags({ ...ctx, db: tx }, technologies, areas, {
      tech: 'body.technologies',
      area: 'body.areas',
    });
    const { areas: _areas, ...fields } = patch;
    const values = { ...fields, technologies, areaIds, tags: [...new Set([...technologies, ...areas])] };
    await updateBulletinRow(tx, id, values);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'bulletin',
      entityId: id,
      changes: diffFields(before as unknown as Record<string, unknown>, fields as Record<string, unknown>),
    });
  });
  return getBulletin({ ...ctx, user }, id);
}

/** The Atom feed of one tag (or all): public bulletins only, whoever asks. */
export async function bulletinFeed(ctx: BulletinsCtx, tag: string | undefined) {
  const rows = await publicBulletinRows(ctx.db, tag, 50);
  return bulletinsAtom(rows, ctx.config.publicUrl, tag);
}

export async function mySubscriptions(ctx: BulletinsCtx, user: AuthUser) {
  return { tags: await subscriptionTags(ctx.db, user.id) };
}

export async function setSubscriptions(ctx: BulletinsCtx, user: AuthUser, tags: string[]) {
  const known = new Set((await allAreas(ctx.db)).map((a) => `area:${a.agreementKey}/${a.key}`));
  const bad: ErrorDetail[] = tags.flatMap((t, i) =>
    (t.startsWith('area:') ? known.has(t) : ctx.reference.technologies.has(t))
      ? []
      : [
          {
            path: `body.tags[${i}]`,
            message: say({ ja: `タグ「${t}」はありません`, en: `unknown tag "${t}"` }),
          },
        ],
  );
  if (bad.length) throw invalidFields(bad);
  const unique = [...new Set(tags)].sort();
  await ctx.db.transaction(async (tx) => {
    await replaceSubscriptions(tx, user.id, unique);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'bulletin-subscription',
      changes: { tags: unique },
    });
  });
  return { tags: unique };
}
