import { findByReference } from '../../../core/directory/lookup.ts';
import { prefectureLabel, prefectureOf } from '../../../core/directory/places.ts';
import { encodePoints, type PlacedPoint } from '../../../core/directory/points-codec.ts';
import {
  organizationKinds as kindsSet,
  supplyChainRoles as rolesSet,
} from '../../../core/directory/vocabulary.ts';
import { type CodeTable, type FacetOrganization, scopeTest } from '../../../core/industry-map/facets.ts';
import { inRegion, resolveRegion } from '../../../core/industry-map/regions.ts';
import { highlightRanges, parseQuery, type QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import type { DirectoryFacets, DirectorySnapshot } from '../../lib/directory-snapshot.ts';
import {
  AppError,
  type ErrorDetail,
  forbidden,
  invalidFields,
  keyTaken,
  notFound,
} from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { type Lang, requestLang, say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import { organizationIntroductions, organizationPosts, type PostOut } from '../matching/index.ts';
import {
  type ContactRow,
  deleteContact,
  deleteOrganizationRow,
  detachOrganizationUsers,
  existingKeys,
  filterRows,
  getOrganizationRow,
  insertContact,
  insertOrganization,
  type ListFilter,
  listOrganizationRows,
  lockOrganizationRow,
  matchingIds,
  type OrganizationRow,
  organizationIdByKey,
  placeCounts,
  rowsByIds,
  selectContact,
  selectContacts,
  selectOrganizationRelations,
  toBundleForm,
  toValues,
  updateContact,
  updateOrganizationRow,
} from './organizations.queries.ts';
import {
  type ContactInput,
  type ContactOut,
  type ContactPatch,
  type OrganizationActivity,
  type OrganizationFacets,
  type OrganizationFilter,
  type OrganizationInput,
  type OrganizationOut,
  type OrganizationPatch,
  type OrganizationSort,
  organizationInputSchema,
} from './organizations.schemas.ts';

type Ctx = { db: Db; reference: ReferenceData; user: AuthUser | null };

export function toOrganizationOut(row: OrganizationRow, groups: QueryGroup[] = []): OrganizationOut {
  const { location = {}, website, published, illustrative, ...bundle } = toBundleForm(row);
  const out: OrganizationOut = {
    id: row.id,
    ...bundle,
    location,
    website,
    illustrative,
    published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (groups.length > 0) {
    const ranges = (t: { ja?: string; en?: string }) => ({
      ja: t.ja ? highlightRanges(t.ja, groups) : undefined,
      en: t.en ? highlightRanges(t.en, groups) : undefined,
    });
    out.highlights = { name: ranges(bundle.name), description: ranges(bundle.description) };
  }
  return out;
}

/** Turns validated query parameters into a filter, refusing codes the taxonomy does not have. */
export function resolveFilter(ctx: Ctx, q: OrganizationFilter): ListFilter {
  const ref = ctx.reference;
  const details: ErrorDetail[] = [];
  for (const code of q.technology) {
    if (!ref.technologies.has(code))
      details.push({ path: 'query.technology', message: unknownValue('code', code) });
  }
  if (q.cluster && !ref.clusters.some((c) => c.key === q.cluster)) {
    details.push({ path: 'query.cluster', message: unknownValue('cluster', q.cluster) });
  }
  for (const kind of q.kind) {
    if (!(kind in kindsSet)) details.push({ path: 'query.kind', message: unknownValue('kind', kind) });
  }
  for (const role of q.role) {
    if (!(role in rolesSet)) details.push({ path: 'query.role', message: unknownValue('role', role) });
  }
  const region = q.region ? resolveRegion(q.region) : undefined;
  if (q.region && !region) details.push({ path: 'query.region', message: unknownValue('region', q.region) });
  if (details.length) throw invalidFields(details);
  return {
    region: region?.match,
    groups: parseQuery(q.q ?? '', ref.glossary),
    key: q.key,
    cluster: q.cluster,
    technologies: [...new Set(q.technology.flatMap((c) => ref.withDescendants(c)))],
    kinds: q.kind,
    roles: q.role,
    prefecture: q.prefecture,
    country: q.country,
    membership: q.membership,
    visibility: visibilityFor(ctx.user, q.status),
  };
}

function visibilityFor(
  user: AuthUser | null,
  status: OrganizationFilter['status'],
): ListFilter['visibility'] {
  if (user?.role === 'admin') {
    return { published: status === 'all' ? 'any' : status === 'published' };
  }
  // Others see published profiles, plus their own organisation whatever its state; `status` is an admin tool.
  return { published: true, orOrganizationId: user?.organizationId ?? null };
}

/**
 * Memberships as this viewer may see them: a membership in an unpublished organisation would show the key of
 * a profile that answers 404, so it is left out for anyone but a coordinator (as the export leaves it out) and
 * the organisation's own accounts (whose form sends its memberships back unchanged).
 */
async function withVisibleMemberships(ctx: Ctx, outs: OrganizationOut[]): Promise<OrganizationOut[]> {
  if (ctx.user?.role === 'admin') return outs;
  const wanted = [...new Set(outs.flatMap((o) => o.memberships))];
  if (wanted.length === 0) return outs;
  const shown = await existingKeys(ctx.db, wanted, { publishedOnly: true });
  return outs.map((o) =>
    o.id === ctx.user?.organizationId || o.memberships.every((k) => shown.has(k))
      ? o
      : { ...o, memberships: o.memberships.filter((k) => shown.has(k)) },
  );
}

/** Each organisation's place in name order for one language, worked out once per data version. */
function collationRanks(snapshot: DirectorySnapshot, lang: Lang): Promise<Map<string, number>> {
  return snapshot.memo(`collation:${lang}`, () => {
    const collator = new Intl.Collator(lang, { numeric: true });
    const other: Lang = lang === 'ja' ? 'en' : 'ja';
    const named = [...snapshot.byId.values()].map((o) => ({
      id: o.id,
      key: o.key,
      name: (o.name[lang] ?? o.name[other] ?? o.key).normalize('NFKC'),
    }));
    named.sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return new Map(named.map((o, i) => [o.id, i]));
  });
}

/**
 * Name order in the reader's language: Japanese collation (kana by the gojūon, kanji in JIS order) on a
 * Japanese page, the English name on an English one. Neither is the database's byte order, so the matches'
 * ids are ordered by ranks kept with the directory snapshot and only the page's rows are read.
 */
async function rowsInNameOrder(ctx: ListCtx, filter: ListFilter, limit: number, offset: number) {
  const [ids, ranks] = await Promise.all([
    matchingIds(ctx.db, filter),
    ctx.directory.current().then((snapshot) => collationRanks(snapshot, requestLang())),
  ]);
  const rank = (id: string) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  ids.sort((a, b) => rank(a) - rank(b));
  return { rows: await rowsByIds(ctx.db, ids.slice(offset, offset + limit)), total: ids.length };
}

type ListCtx = Ctx & { directory: DirectoryFacets };

function listRows(ctx: ListCtx, filter: ListFilter, sort: OrganizationSort, limit: number, offset: number) {
  if (sort === 'name') return rowsInNameOrder(ctx, filter, limit, offset);
  if (sort === 'updated') return filterRows(ctx.db, filter, limit, offset, 'updated');
  return listOrganizationRows(ctx.db, filter, limit, offset);
}

export async function listOrganizations(
  ctx: ListCtx,
  q: OrganizationFilter & { sort?: OrganizationSort },
  limit: number,
  offset: number,
) {
  const filter = resolveFilter(ctx, q);
  const { rows, total } = await listRows(ctx, filter, q.sort ?? 'relevance', limit, offset);
  return {
    items: await withVisibleMemberships(
      ctx,
      rows.map((r) => toOrganizationOut(r, filter.groups)),
    ),
    total,
  };
}

/** The regions the directory offers beside the prefecture list, in this order. */
const facetRegions = [
  'tohoku',
  'aomori',
  'iwate',
  'miyagi',
  'akita',
  'yamagata',
  'fukushima',
  'japan',
  'abroad',
];

/**
 * How many organisations each place filter would give with the search and the other filters as they are:
 * the place filters themselves are left out, so the counts are what choosing another place shows (a count
 * that ignored the keyword offered 宮城県 (4) for 超伝導 and then gave nothing). Prefectures in JIS order,
 * places abroad by country and name.
 */
export async function organizationFacets(ctx: Ctx, q: OrganizationFilter): Promise<OrganizationFacets> {
  const filter = resolveFilter(ctx, { ...q, prefecture: undefined, region: undefined });
  const places = await placeCounts(ctx.db, filter);
  const regions = facetRegions.map((key) => {
    const region = resolveRegion(key)!;
    const organizations = places
      .filter((p) => inRegion(region.match, p.country, p.prefecture))
      .reduce((sum, p) => sum + p.n, 0);
    return { key, label: region.label, organizations };
  });
  const prefectures = places
    .filter((p): p is typeof p & { prefecture: string } => p.prefecture !== null)
    .map((p) => {
      const official = p.country === 'JP' || p.country === null ? prefectureOf(p.prefecture) : undefined;
      return {
        country: p.country,
        prefecture: p.prefecture,
        code: official?.code ?? null,
        label: prefectureLabel(p.prefecture),
        organizations: p.n,
      };
    })
    .sort(
      (a, b) =>
        (a.code ?? '99').localeCompare(b.code ?? '99') ||
        (a.country ?? '').localeCompare(b.country ?? '') ||
        a.prefecture.localeCompare(b.prefecture, 'en'),
    );
  return { regions, prefectures };
}

/**
 * A list filter's conditions on a directory record, text search aside (see `whereFor`). The facets it shares
 * with the industry map (cluster, kind, role, membership, technology) are tested the way the map tests them.
 */
function filterTest(f: ListFilter, table: CodeTable): (o: FacetOrganization) => boolean {
  const { published, orOrganizationId } = f.visibility;
  const { focused } = scopeTest({ ...f, published: 'any' }, table);
  return (o) =>
    (published === 'any' || o.published === published || o.id === orOrganizationId) &&
    (!f.key || o.key === f.key) &&
    (!f.prefecture || o.prefecture === f.prefecture) &&
    (!f.country || o.country === f.country) &&
    (!f.region || inRegion(f.region, o.country, o.prefecture)) &&
    focused(o);
}

/** Every placed match in name order, in the map's columnar encoding, and the count of matches without coordinates. */
function pointsJson(orgs: readonly FacetOrganization[], passes: (o: FacetOrganization) => boolean): Buffer {
  // Records are passed as they are (copying 90,000 of them to narrow lat/lng's type cost more than encoding).
  const placed: PlacedPoint[] = [];
  let unplaced = 0;
  for (const o of orgs) {
    if (!passes(o)) continue;
    if (o.lat === null || o.lng === null) unplaced++;
    else placed.push(o as FacetOrganization & PlacedPoint);
  }
  return Buffer.from(JSON.stringify(encodePoints(placed, unplaced)));
}

/**
 * Every placed organisation matching the filters, in the compact columnar encoding of
 * `core/directory/points-codec.ts`: the map's one big request, with the same visibility rules as the list.
 * Built from the in-memory directory snapshot (a text search asks the database which profiles match) and
 * kept per data version and viewer, so it costs a lookup between writes.
 */
export async function organizationPoints(ctx: Ctx & { directory: DirectoryFacets }, q: OrganizationFilter) {
  const filter = resolveFilter(ctx, q);
  const viewer = ctx.user?.role === 'admin' ? 'admin' : (ctx.user?.organizationId ?? 'public');
  const snapshot = await ctx.directory.current();
  return snapshot.memo(`points:${viewer}:${JSON.stringify(q)}`, async () => {
    const passes = filterTest(filter, snapshot.table);
    if (filter.groups.length === 0) return pointsJson(snapshot.inNameOrder(), passes);
    const matches = new Set(await matchingIds(ctx.db, filter));
    return pointsJson(snapshot.inNameOrder(), (o) => matches.has(o.id) && passes(o));
  });
}

function canRead(user: AuthUser | null, row: OrganizationRow) {
  return row.published || user?.role === 'admin' || (user !== null && user.organizationId === row.id);
}

function canEdit(user: AuthUser, row: OrganizationRow) {
  return user.role === 'admin' || (user.role === 'member' && user.organizationId === row.id);
}

export async function getOrganization(ctx: Ctx, id: string) {
  const row = await getOrganizationRow(ctx.db, id);
  // An unpublished profile answers 404 to outsiders: its existence is private too.
  if (!row || !canRead(ctx.user, row)) throw notFound('Organization');
  return (await withVisibleMemberships(ctx, [toOrganizationOut(row)]))[0]!;
}

/** Checks codes and references that a schema cannot: taxonomy codes, clusters, membership keys. */
export function referenceErrors(
  input: OrganizationInput,
  ref: ReferenceData,
  knownKeys: ReadonlySet<string>,
  prefix = '',
): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const at = (p: string) => (prefix ? `${prefix}.${p}` : p);
  errors.push(...unknownTechnologies(ref, input.technologies, at('technologies')));
  input.clusters.forEach((key, i) => {
    if (!ref.clusters.some((c) => c.key === key)) {
      errors.push({ path: at(`clusters[${i}]`), message: unknownValue('cluster', key) });
    }
  });
  input.applications.forEach((code, i) => {
    if (!ref.applications.has(code)) {
      errors.push({ path: at(`applications[${i}]`), message: unknownValue('application field', code) });
    }
  });
  input.memberships.forEach((key, i) => {
    if (key === input.key)
      errors.push({
        path: at(`memberships[${i}]`),
        message: say({ ja: '自分自身の会員にはなれません', en: 'an organisation cannot be its own member' }),
      });
    else if (!knownKeys.has(key))
      errors.push({ path: at(`memberships[${i}]`), message: unknownValue('organisation', key) });
  });
  return errors;
}

/**
 * For anyone but a coordinator, an unpublished organisation's key is as unknown as a key nobody holds (same
 * status, same message), so a membership cannot confirm that a hidden profile exists; memberships the record
 * already has (set by a coordinator) stay valid.
 */
async function assertReferences(
  db: Db,
  ref: ReferenceData,
  actor: AuthUser,
  input: OrganizationInput,
  kept: readonly string[] = [],
) {
  const known = await existingKeys(db, input.memberships, { publishedOnly: actor.role !== 'admin' });
  for (const key of kept) known.add(key);
  const errors = referenceErrors(input, ref, known, 'body');
  if (errors.length) throw invalidFields(errors);
}

/**
 * What a coordinator sets and a member may not: the key (the bundle's reference), the kind, the memberships
 * an association grants, and the mark that a profile's figures are illustrative.
 */
const coordinatorFields = ['key', 'kind', 'memberships', 'illustrative'] as const;
const fieldLabel: Record<(typeof coordinatorFields)[number], { ja: string; en: string }> = {
  key: { ja: 'キー', en: 'key' },
  kind: { ja: '種別', en: 'kind' },
  memberships: { ja: '所属団体', en: 'memberships' },
  illustrative: { ja: '例示データの印', en: 'illustrative flag' },
};

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
    : a === b;

/** A member's patch may repeat a coordinator's field (a form sends the whole record) but not change it. */
function assertMemberMayChange(actor: AuthUser, before: OrganizationInput, patch: OrganizationPatch) {
  if (actor.role === 'admin') return;
  const changed = coordinatorFields.filter((f) => patch[f] !== undefined && !sameValue(patch[f], before[f]));
  if (changed.length === 0) return;
  const names = (lang: 'ja' | 'en') =>
    changed.map((f) => fieldLabel[f][lang]).join(lang === 'ja' ? '、' : ', ');
  throw new AppError(
    'forbidden',
    say({
      ja: `${names('ja')}を変更できるのは事務局（管理者）だけです`,
      en: `Only a coordinator can change an organisation's ${names('en')}`,
    }),
    changed.map((f) => ({
      path: `body.${f}`,
      message: say({ ja: '事務局が設定します', en: 'set by a coordinator' }),
    })),
  );
}

/** A taken key is refused by the unique index, so two simultaneous creations of one key cannot both pass. */
export async function createOrganization(ctx: Ctx, actor: AuthUser, input: OrganizationInput) {
  return ctx.db.transaction(async (tx) => {
    await assertReferences(tx, ctx.reference, actor, input);
    const row = await insertOrganization(tx, toValues(input, ctx.reference));
    if (!row) throw keyTaken(input.key);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'organization',
      entityId: row.id,
      entityKey: input.key,
      changes: { after: input },
    });
    return toOrganizationOut(row);
  });
}

export async function updateOrganization(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  patch: OrganizationPatch,
  ifMatch?: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrganizationRow(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Organization');
    if (!canEdit(actor, row))
      throw forbidden({
        ja: '編集できるのは自分の組織だけです',
        en: 'You can edit only your own organisation',
      });
    checkIfMatch(ifMatch, row.version);
    const before = toBundleForm(row);
    assertMemberMayChange(actor, before as OrganizationInput, patch);
    // Re-validate the merged record so cross-field rules (lat with lng) hold after the patch.
    const cleared = Object.keys(patch).filter((k) => patch[k as keyof OrganizationPatch] === null);
    const merged = organizationInputSchema.safeParse(
      Object.fromEntries(Object.entries({ ...before, ...patch }).filter(([k]) => !cleared.includes(k))),
    );
    if (!merged.success) {
      throw invalidFields(
        merged.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
      );
    }
    const after = merged.data;
    await assertReferences(tx, ctx.reference, actor, after, before.memberships);
    // The precise message for a key already held; a concurrent rename to the same key is still refused by
    // the unique index (a 409 naming body.key).
    if (after.key !== row.key && (await organizationIdByKey(tx, after.key))) throw keyTaken(after.key);
    const updated = await updateOrganizationRow(tx, id, toValues(after, ctx.reference));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'organization',
      entityId: id,
      entityKey: after.key,
      changes: diffFields(before, after),
    });
    return toOrganizationOut(updated!);
  });
}

export async function deleteOrganization(ctx: Ctx, actor: AuthUser, id: string, ifMatch?: IfMatch) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockOrganizationRow(tx, id);
    if (!row) throw notFound('Organization');
    checkIfMatch(ifMatch, row.version);
    // Accounts tied to the organisation lose it (FK set null); they cannot act for a deleted one.
    await detachOrganizationUsers(tx, id);
    await deleteOrganizationRow(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'organization',
      entityId: id,
      entityKey: row.key,
      changes: { before: toBundleForm(row) },
    });
  });
}

type HubCtx = Ctx & { config: Config };

/**
 * The organisation as a hub, for its profile: its open needs and seeds (never anonymous ones: the profile
 * names the owner), its relations to organisations this viewer may see, and, for its own members and the
 * coordinators only, its introductions.
 */
export async function organizationActivity(ctx: HubCtx, id: string): Promise<OrganizationActivity> {
  const row = await getOrganizationRow(ctx.db, id);
  if (!row || !canRead(ctx.user, row)) throw notFound('Organization');
  const [needs, seeds, links, introductions] = await Promise.all([
    organizationPosts(ctx, 'need', id),
    organizationPosts(ctx, 'seed', id),
    selectOrganizationRelations(ctx.db, id, ctx.user?.role !== 'admin'),
    organizationIntroductions(ctx, id),
  ]);
  const post = (p: PostOut) => ({
    id: p.id,
    title: p.title,
    category: p.category,
    technologies: p.technologies,
    expiresAt: p.expiresAt,
  });
  return {
    needs: needs.map(post),
    seeds: seeds.map(post),
    relations: links.map((l) => ({
      type: l.type,
      since: l.since,
      direction: l.fromId === id ? 'outgoing' : 'incoming',
      organization: l.other,
    })),
    introductions:
      introductions?.map((i) => ({
        id: i.id,
        state: i.state,
        side: i.side === 'recipient' ? 'recipient' : 'requester',
        counterpart: i.side === 'recipient' ? i.from.organization : i.to.organization,
        fromTitle: i.from.title,
        toTitle: i.to.title,
        stateChangedAt: i.stateChangedAt,
      })) ?? null,
  };
}

const toContact = (c: ContactRow): ContactOut => ({
  id: c.id,
  name: c.name,
  title: c.title,
  email: c.email,
  phone: c.phone,
  consent: {
    at: c.consentedAt.toISOString().slice(0, 10),
    purpose: c.consentPurpose,
    recordedBy: c.recordedBy,
  },
  updatedAt: c.updatedAt.toISOString(),
});

/** Contact persons are for signed-in users (the route's gate); the profile must be one they can read. */
export async function listContacts(ctx: Ctx, viewer: AuthUser, id: string) {
  const row = await getOrganizationRow(ctx.db, id);
  if (!row || !canRead(viewer, row)) throw notFound('Organization');
  const items = (await selectContacts(ctx.db, id)).map(toContact);
  return { items, total: items.length };
}

/** The organisation, readable and editable by this account: its own members and the coordinators. */
async function editableOrganization(db: Db, actor: AuthUser, id: string) {
  const row = await getOrganizationRow(db, id);
  if (!row || !canRead(actor, row)) throw notFound('Organization');
  if (!canEdit(actor, row))
    throw forbidden({
      ja: '連絡先を編集できるのは、その組織の会員と事務局だけです',
      en: "Only the organisation's own members and the coordinators can edit its contacts",
    });
  return row;
}

const contactNotFound = () =>
  new AppError('not_found', say({ ja: '連絡先が見つかりません', en: 'Contact not found' }));

/**
 * A consent given in the future is a typing mistake; naming the field lets the form point at it. "Today" is
 * the person's, which can be a day ahead of UTC (Japan until 9:00), so a day counts as past from the moment
 * it has begun anywhere (UTC+14).
 */
function consentDate(at: string) {
  const date = new Date(`${at}T00:00:00Z`);
  if (date.getTime() > Date.now() + 14 * 3_600_000)
    throw invalidFields([
      {
        path: 'body.consent.at',
        message: say({ ja: '未来の日付は指定できません', en: 'cannot be in the future' }),
      },
    ]);
  return date;
}

// The audit row names the fields a write touched, not their values: contact details are personal data, and
// the audit log keeps rows longer than the contact itself is kept.
const contactAudit = (action: string, organizationId: string, contactId: string, fields: string[]) => ({
  action,
  entity: 'organization_contact',
  entityId: contactId,
  changes: { organizationId, fields },
});

export async function createContact(ctx: Ctx, actor: AuthUser, id: string, input: ContactInput) {
  return ctx.db.transaction(async (tx) => {
    await editableOrganization(tx, actor, id);
    const contactId = await insertContact(tx, {
      organizationId: id,
      name: input.name,
      title: input.title ?? null,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      consentedAt: consentDate(input.consent.at),
      consentPurpose: input.consent.purpose,
      consentRecordedBy: actor.id,
    });
    await writeAudit(tx, actor, contactAudit('create', id, contactId, Object.keys(input)));
    return toContact((await selectContact(tx, id, contactId))!);
  });
}

export async function updateContactById(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  contactId: string,
  patch: ContactPatch,
) {
  return ctx.db.transaction(async (tx) => {
    await editableOrganization(tx, actor, id);
    const changed = await updateContact(tx, id, contactId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.email !== undefined ? { email: patch.email?.toLowerCase() ?? null } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      // A consent restated is recorded anew, by whoever restated it.
      ...(patch.consent
        ? {
            consentedAt: consentDate(patch.consent.at),
            consentPurpose: patch.consent.purpose,
            consentRecordedBy: actor.id,
          }
        : {}),
    });
    if (!changed) throw contactNotFound();
    await writeAudit(tx, actor, contactAudit('update', id, contactId, Object.keys(patch)));
    return toContact((await selectContact(tx, id, contactId))!);
  });
}

export async function deleteContactById(ctx: Ctx, actor: AuthUser, id: string, contactId: string) {
  await ctx.db.transaction(async (tx) => {
    await editableOrganization(tx, actor, id);
    if (!(await deleteContact(tx, id, contactId))) throw contactNotFound();
    await writeAudit(tx, actor, contactAudit('delete', id, contactId, []));
  });
}

/**
 * Organisations whose name, key or id fits what an admin types, for the accounts page's picker: a scan of the
 * in-memory directory (names folded once per record), since the search index holds words and bigrams, not
 * half-typed names, and a scan of the table took seconds at 100,000 organisations.
 */
export async function lookupOrganizations(directory: DirectoryFacets, text: string) {
  const snapshot = await directory.current();
  const items = findByReference(text, snapshot.inNameOrder()).map(({ id, key, name, published }) => ({
    id,
    key,
    name,
    published,
  }));
  return { items, total: items.length };
}

/**
 * The one organisation a person means by a name, key or id (the CLI's --organization, the same matching as the
 * accounts page's picker): a whole match wins; otherwise a part of a name that fits only one. Refused with the
 * candidates when it fits several, so the person can retype it as a key.
 */
export async function resolveOrganization(directory: DirectoryFacets, text: string) {
  const wanted = text.trim();
  const found = findByReference(wanted, (await directory.current()).inNameOrder(), 10);
  const exact = found.filter((o) => o.exact);
  const candidates = exact.length > 0 ? exact : found;
  if (candidates.length === 1) return candidates[0]!;
  const label = (o: (typeof found)[number]) => `${o.key} (${o.name.ja ?? o.name.en ?? o.key})`;
  if (candidates.length === 0)
    throw new AppError(
      'not_found',
      say({
        ja: `「${wanted}」という組織は見つかりません（名前・キー・ID で指定できます）`,
        en: `No organisation matches "${wanted}" (give its name, key or id)`,
      }),
    );
  throw new AppError(
    'conflict',
    say({
      ja: `「${wanted}」に当てはまる組織が複数あります。キーで指定してください: ${candidates.map(label).join('、')}`,
      en: `"${wanted}" matches several organisations; give one by its key: ${candidates.map(label).join(', ')}`,
    }),
    candidates.map((o) => ({ path: 'organization', message: label(o) })),
  );
}
