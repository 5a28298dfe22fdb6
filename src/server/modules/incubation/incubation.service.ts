import type { Db } from '../../db/client.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import {
  deleteEquipmentRow,
  deleteFacilityRow,
  deleteUnitRow,
  type EquipmentRow,
  equipmentRowsOf,
  type FacilityRow,
  type FacilityValues,
  facilityCounts,
  facilityIdByKey,
  getEquipmentRow,
  getFacilityRow,
  getUnitRow,
  insertEquipment,
  insertFacility,
  insertUnit,
  listEquipmentRows,
  listFacilityRows,
  lockEquipmentRow,
  lockFacilityRow,
  lockUnitRow,
  organizationByKey,
  siteIdsByKey,
  type UnitFilter,
  type UnitRow,
  type UnitValues,
  unitRowsOf,
  updateEquipmentRow,
  updateFacilityRow,
  updateUnitRow,
  type Visibility,
} from './incubation.queries.ts';
import {
  bookingUnitCodes,
  type EquipmentFilter,
  type EquipmentInput,
  type EquipmentOut,
  type EquipmentPatch,
  equipmentInputSchema,
  type FacilityFilter,
  type FacilityInput,
  type FacilityOut,
  type FacilityPatch,
  facilityInputSchema,
  type UnitInput,
  type UnitOut,
  type UnitPatch,
  unitInputSchema,
  unitKindCodes,
} from './incubation.schemas.ts';

export type Ctx = { db: Db; reference: ReferenceData; user: AuthUser | null };

// ——— Forms and outputs ———

const compact = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };

/** The bundle form of a stored facility: what export writes and PATCH merges into. */
export function facilityForm(row: FacilityRow): FacilityInput {
  const location = compact({
    prefecture: row.prefecture,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
  });
  return {
    key: row.key,
    organization: row.organizationKey,
    ...(row.siteKey ? { site: row.siteKey } : {}),
    name: row.name,
    description: row.description,
    ...(Object.keys(location).length ? { location } : {}),
    maxTermMonths: row.maxTermMonths,
    sources: row.sources,
    illustrative: row.illustrative,
    published: row.published,
  };
}

export function facilityValues(input: FacilityInput, organizationId: string, siteId: string | null) {
  return {
    key: input.key,
    organizationId,
    siteId,
    name: input.name,
    description: input.description,
    prefecture: input.location?.prefecture ?? null,
    city: input.location?.city ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    maxTermMonths: input.maxTermMonths,
    sources: input.sources,
    illustrative: input.illustrative,
    published: input.published,
  } satisfies FacilityValues;
}

export function unitForm(row: UnitRow): UnitInput {
  return {
    key: row.key,
    kind: row.kind as UnitInput['kind'],
    name: row.name,
    floorAreaM2: row.floorAreaM2,
    ...compact({
      floorLoadTPerM2: row.floorLoadTPerM2,
      ceilingHeightM: row.ceilingHeightM,
      craneT: row.craneT,
      powerKva: row.powerKva,
      cleanClass: row.cleanClass,
      monthlyRentJpy: row.monthlyRentJpy,
    }),
    ehv: row.ehv,
    seismicIsolation: row.seismicIsolation,
    media: row.media,
    status: row.status as UnitInput['status'],
  };
}

export function unitValues(input: UnitInput, facilityId: string) {
  return {
    key: input.key,
    facilityId,
    kind: input.kind,
    name: input.name,
    floorAreaM2: input.floorAreaM2,
    floorLoadTPerM2: input.floorLoadTPerM2 ?? null,
    ceilingHeightM: input.ceilingHeightM ?? null,
    craneT: input.craneT ?? null,
    powerKva: input.powerKva ?? null,
    ehv: input.ehv,
    cleanClass: input.cleanClass ?? null,
    seismicIsolation: input.seismicIsolation,
    monthlyRentJpy: input.monthlyRentJpy ?? null,
    media: input.media,
    status: input.status,
  } satisfies UnitValues;
}

export const toUnitOut = (row: UnitRow): UnitOut => ({
  id: row.id,
  facilityId: row.facilityId,
  ...unitForm(row),
  version: row.version,
});

export function equipmentForm(row: Omit<EquipmentRow, 'facilityKey' | 'facilityName'>): EquipmentInput {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    technologies: row.technologies,
    bookingUnit: row.bookingUnit as EquipmentInput['bookingUnit'],
    ...compact({ feeMemberJpy: row.feeMemberJpy, feeNonMemberJpy: row.feeNonMemberJpy }),
    approvalRequired: row.approvalRequired,
    sources: row.sources,
    illustrative: row.illustrative,
  };
}

export function equipmentValues(input: EquipmentInput, facilityId: string) {
  return {
    ...input,
    facilityId,
    feeMemberJpy: input.feeMemberJpy ?? null,
    feeNonMemberJpy: input.feeNonMemberJpy ?? null,
  };
}

const toEquipmentOut = (row: EquipmentRow): EquipmentOut => ({
  id: row.id,
  facility: { id: row.facilityId, key: row.facilityKey, name: row.facilityName },
  ...equipmentForm(row),
  version: row.version,
});

function facilityBaseOut(row: FacilityRow) {
  const { organization: _o, site: _s, location = {}, ...form } = facilityForm(row);
  return {
    id: row.id,
    ...form,
    organization: { id: row.organizationId, key: row.organizationKey, name: row.organizationName },
    ...(row.siteKey ? { site: { key: row.siteKey, name: row.siteName ?? {} } } : {}),
    location,
    version: row.version,
  };
}

// ——— Access ———

function visibilityFor(user: AuthUser | null): Visibility {
  if (user?.role === 'admin') return { published: 'any' };
  return { published: true, orOrganizationId: user?.organizationId ?? null };
}

type Readable = { published: boolean; organizationPublished: boolean; organizationId: string };

/** Public when the facility and its owner are published; always to an admin and to the owner's members. */
function canRead(user: AuthUser | null, f: Readable) {
  return (
    (f.published && f.organizationPublished) ||
    user?.role === 'admin' ||
    (!!user && user.organizationId === f.organizationId)
  );
}

const ownOnly = {
  ja: '編集できるのは自分の組織の施設だけです',
  en: "You can change only your own organisation's facilities",
};

/** Admins change any facility; a member only its own organisation's. */
function assertCanEdit(user: AuthUser, organizationId: string) {
  if (user.role === 'admin') return;
  if (user.role === 'member' && user.organizationId === organizationId) return;
  throw forbidden(ownOnly);
}

function merged<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  before: object,
  patch: object,
): T {
  const cleared = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] === null);
  const r = schema.safeParse(
    Object.fromEntries(Object.entries({ ...before, ...patch }).filter(([k]) => !cleared.includes(k))),
  );
  if (!r.success)
    throw invalidFields(
      r.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
    );
  return r.data;
}

// ——— Facilities ———

/**
 * The owner and the site named by key. For anyone but an admin an unpublished organisation is as unknown as
 * a missing one (its existence is private), and a member may name only its own organisation.
 */
async function resolveReferences(db: Db, actor: AuthUser, input: FacilityInput) {
  const errors: ErrorDetail[] = [];
  const owner = await organizationByKey(db, input.organization);
  const hidden = owner && !owner.published && actor.role !== 'admin' && actor.organizationId !== owner.id;
  if (!owner || hidden)
    errors.push({ path: 'body.organization', message: unknownValue('organisation', input.organization) });
  const siteId = input.site ? (await siteIdsByKey(db, [input.site])).get(input.site) : undefined;
  if (input.site && !siteId) errors.push({ path: 'body.site', message: unknownValue('site', input.site) });
  if (errors.length) throw invalidFields(errors);
  if (actor.role !== 'admin' && actor.organizationId !== owner!.id)
    throw forbidden({
      ja: '自分の組織の施設だけを登録・移管できます',
      en: 'A facility can belong only to your own organisation',
    });
  return { organizationId: owner!.id, siteId: siteId ?? null };
}

async function facilityOut(db: Db, row: FacilityRow): Promise<FacilityOut> {
  const units = await unitRowsOf(db, [row.id]);
  const equipment = await equipmentRowsOf(db, [row.id]);
  return {
    ...facilityBaseOut(row),
    units: units.map(toUnitOut),
    equipment: equipment.map((e) => {
      const { facility: _f, ...rest } = toEquipmentOut(e);
      return rest;
    }),
  };
}

export async function getFacility(ctx: Ctx, id: string) {
  const row = await getFacilityRow(ctx.db, id);
  // An unpublished facility answers 404 to outsiders: its existence is private too.
  if (!row || !canRead(ctx.user, row)) throw notFound('Facility');
  return facilityOut(ctx.db, row);
}

export async function createFacility(ctx: Ctx, actor: AuthUser, input: FacilityInput) {
  return ctx.db.transaction(async (tx) => {
    const refs = await resolveReferences(tx, actor, input);
    assertMayMark(actor, input.illustrative, false);
    const id = await insertFacility(tx, facilityValues(input, refs.organizationId, refs.siteId));
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'facility',
      entityId: id,
      entityKey: input.key,
      changes: { after: input },
    });
    return facilityOut(tx, (await getFacilityRow(tx, id))!);
  });
}

/** Whether figures are illustrative is the coordinator's mark, as on organisations. */
function assertMayMark(actor: AuthUser, after: boolean, before: boolean) {
  if (actor.role === 'admin' || after === before) return;
  throw new AppError(
    'forbidden',
    say({
      ja: '例示データの印を変更できるのは事務局だけです',
      en: 'Only a coordinator can change the illustrative flag',
    }),
    [{ path: 'body.illustrative', message: say({ ja: '事務局が設定します', en: 'set by a coordinator' }) }],
  );
}

export async function updateFacility(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  patch: FacilityPatch,
  ifMatch?: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockFacilityRow(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Facility');
    assertCanEdit(actor, row.organizationId);
    checkIfMatch(ifMatch, row.version);
    const before = facilityForm(row);
    const after = merged<FacilityInput>(facilityInputSchema, before, patch);
    assertMayMark(actor, after.illustrative, before.illustrative);
    const refs = await resolveReferences(tx, actor, after);
    await updateFacilityRow(tx, id, facilityValues(after, refs.organizationId, refs.siteId));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'facility',
      entityId: id,
      entityKey: after.key,
      changes: diffFields(before, after),
    });
    return facilityOut(tx, (await getFacilityRow(tx, id))!);
  });
}

export async function deleteFacility(ctx: Ctx, actor: AuthUser, id: string, ifMatch?: IfMatch) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockFacilityRow(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Facility');
    assertCanEdit(actor, row.organizationId);
    checkIfMatch(ifMatch, row.version);
    await deleteFacilityRow(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'facility',
      entityId: id,
      entityKey: row.key,
      changes: { before: facilityForm(row) },
    });
  });
}

// ——— Listing ———

function unitFilterOf(q: FacilityFilter): UnitFilter | undefined {
  const f: UnitFilter = {
    kinds: q.kind,
    minArea: q.minArea,
    maxArea: q.maxArea,
    minPower: q.minPower,
    ehv: q.ehv,
    minCrane: q.minCrane,
    maxCleanClass: q.maxCleanClass,
    free: q.free,
  };
  const any = f.kinds.length > 0 || Object.entries(f).some(([k, v]) => k !== 'kinds' && v !== undefined);
  return any ? f : undefined;
}

export async function listFacilities(ctx: Ctx, q: FacilityFilter) {
  const details = q.kind.flatMap((k) =>
    (unitKindCodes as readonly string[]).includes(k)
      ? []
      : [{ path: 'query.kind', message: unknownValue('unit kind', k) }],
  );
  if (details.length) throw invalidFields(details);
  const units = unitFilterOf(q);
  const { rows, total, points } = await listFacilityRows(
    ctx.db,
    {
      text: q.q?.trim() || undefined,
      organization: q.organization,
      units: units ?? { kinds: [] },
      visibility: visibilityFor(ctx.user),
    },
    q.limit,
    q.offset,
  );
  const ids = rows.map((r) => r.id);
  const matching = await unitRowsOf(ctx.db, ids, units);
  const counts = await facilityCounts(ctx.db, ids);
  // The map's points count their matching units too; one more query over the placed matches.
  const pointUnits = await unitRowsOf(
    ctx.db,
    points.map((p) => p.id),
    units,
  );
  const perFacility = (id: string) => pointUnits.filter((u) => u.facilityId === id).length;
  return {
    items: rows.map((row) => {
      const c = counts.get(row.id)!;
      return {
        ...facilityBaseOut(row),
        units: matching.filter((u) => u.facilityId === row.id).map(toUnitOut),
        unitCount: c.units,
        freeUnitCount: c.free,
        equipmentCount: c.equipment,
      };
    }),
    total,
    points: points.map((p) => ({ ...p, matchingUnits: perFacility(p.id) })),
  };
}

// ——— Units ———

async function lockedFacilityForEdit(tx: Db, actor: AuthUser, facilityId: string) {
  const facility = await lockFacilityRow(tx, facilityId);
  if (!facility || !canRead(actor, facility)) throw notFound('Facility');
  assertCanEdit(actor, facility.organizationId);
  return facility;
}

export async function addUnit(ctx: Ctx, actor: AuthUser, facilityId: string, input: UnitInput) {
  return ctx.db.transaction(async (tx) => {
    const facility = await lockedFacilityForEdit(tx, actor, facilityId);
    const row = await insertUnit(tx, unitValues(input, facility.id));
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'facility-unit',
      entityId: row.id,
      entityKey: input.key,
      changes: { after: input },
    });
    return toUnitOut(row);
  });
}

export async function getUnit(ctx: Ctx, id: string) {
  const found = await getUnitRow(ctx.db, id);
  if (!found || !canRead(ctx.user, found)) throw notFound('Facility unit');
  return toUnitOut(found.unit);
}

export async function updateUnit(ctx: Ctx, actor: AuthUser, id: string, patch: UnitPatch, ifMatch?: IfMatch) {
  return ctx.db.transaction(async (tx) => {
    const found = await lockUnitRow(tx, id);
    if (!found || !canRead(actor, found)) throw notFound('Facility unit');
    assertCanEdit(actor, found.organizationId);
    checkIfMatch(ifMatch, found.unit.version);
    const before = unitForm(found.unit);
    const after = merged<UnitInput>(unitInputSchema, before, patch);
    const row = await updateUnitRow(tx, id, unitValues(after, found.unit.facilityId));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'facility-unit',
      entityId: id,
      entityKey: after.key,
      changes: diffFields(before, after),
    });
    return toUnitOut(row);
  });
}

export async function deleteUnit(ctx: Ctx, actor: AuthUser, id: string, ifMatch?: IfMatch) {
  await ctx.db.transaction(async (tx) => {
    const found = await lockUnitRow(tx, id);
    if (!found || !canRead(actor, found)) throw notFound('Facility unit');
    assertCanEdit(actor, found.organizationId);
    checkIfMatch(ifMatch, found.unit.version);
    await deleteUnitRow(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'facility-unit',
      entityId: id,
      entityKey: found.unit.key,
      changes: { before: unitForm(found.unit) },
    });
  });
}

// ——— Equipment ———

// Capabilities are technology codes of the taxonomy, as an organisation's are.
function assertTechnologies(ref: ReferenceData, codes: readonly string[]) {
  const errors = unknownTechnologies(ref, codes, 'body.technologies');
  if (errors.length) throw invalidFields(errors);
}

export async function addEquipment(ctx: Ctx, actor: AuthUser, facilityId: string, input: EquipmentInput) {
  return ctx.db.transaction(async (tx) => {
    const facility = await lockedFacilityForEdit(tx, actor, facilityId);
    assertTechnologies(ctx.reference, input.technologies);
    assertMayMark(actor, input.illustrative, false);
    const id = await insertEquipment(tx, equipmentValues(input, facility.id));
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'equipment',
      entityId: id,
      entityKey: input.key,
      changes: { after: input },
    });
    return toEquipmentOut((await getEquipmentRow(tx, id))!);
  });
}

export async function getEquipment(ctx: Ctx, id: string) {
  const row = await getEquipmentRow(ctx.db, id);
  if (!row || !canRead(ctx.user, row)) throw notFound('Equipment');
  return toEquipmentOut(row);
}

export async function updateEquipment(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  patch: EquipmentPatch,
  ifMatch?: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockEquipmentRow(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Equipment');
    assertCanEdit(actor, row.organizationId);
    checkIfMatch(ifMatch, row.version);
    const before = equipmentForm(row);
    const after = merged<EquipmentInput>(equipmentInputSchema, before, patch);
    assertTechnologies(ctx.reference, after.technologies);
    assertMayMark(actor, after.illustrative, before.illustrative);
    await updateEquipmentRow(tx, id, equipmentValues(after, row.facilityId));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'equipment',
      entityId: id,
      entityKey: after.key,
      changes: diffFields(before, after),
    });
    return toEquipmentOut((await getEquipmentRow(tx, id))!);
  });
}

export async function deleteEquipment(ctx: Ctx, actor: AuthUser, id: string, ifMatch?: IfMatch) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockEquipmentRow(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Equipment');
    assertCanEdit(actor, row.organizationId);
    checkIfMatch(ifMatch, row.version);
    await deleteEquipmentRow(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'equipment',
      entityId: id,
      entityKey: row.key,
      changes: { before: equipmentForm(row) },
    });
  });
}

export async function listEquipment(ctx: Ctx, q: EquipmentFilter) {
  const details: ErrorDetail[] = [
    ...q.technology.flatMap((code) =>
      ctx.reference.technologies.has(code)
        ? []
        : [{ path: 'query.technology', message: unknownValue('code', code) }],
    ),
    ...q.bookingUnit.flatMap((b) =>
      (bookingUnitCodes as readonly string[]).includes(b)
        ? []
        : [{ path: 'query.bookingUnit', message: unknownValue('booking unit', b) }],
    ),
  ];
  if (details.length) throw invalidFields(details);
  const visibility = visibilityFor(ctx.user);
  if (q.facility && !(await facilityIdByKey(ctx.db, q.facility, visibility)))
    throw invalidFields([{ path: 'query.facility', message: unknownValue('facility', q.facility) }]);
  const { rows, total } = await listEquipmentRows(
    ctx.db,
    {
      text: q.q?.trim() || undefined,
      technologies: [...new Set(q.technology.flatMap((c) => ctx.reference.withDescendants(c)))],
      bookingUnits: q.bookingUnit,
      facility: q.facility,
      visibility,
    },
    q.limit,
    q.offset,
  );
  return { items: rows.map(toEquipmentOut), total };
}
