import {
  type ActivityKind,
  type AgreementKind,
  type AgreementStatus,
  activityMatrix,
  areaSummaries,
  areaTag,
  chartMonths,
  japanDate,
} from '../../../core/partnerships/index.ts';
import type { Db } from '../../db/client.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import {
  type AgreementRow,
  activitiesOf,
  activityById,
  appendAreas,
  areasOf,
  deleteActivityRow,
  getAgreementRow,
  insertActivity,
  insertAgreement,
  isParty,
  listAgreementRows,
  lockActivity,
  lockAgreement,
  organizationsByIds,
  organizationsByKeys,
  partiesOf,
  replaceParties,
  updateActivityRow,
  updateAgreementRow,
} from './partnerships.queries.ts';
import type { ActivityInput, AgreementInput, AgreementPatch } from './partnerships.schemas.ts';

export type PartnershipsCtx = { db: Db; now: Date; user: AuthUser | null };

const agreementNotFound = () =>
  new AppError('not_found', say({ ja: '協定が見つかりません', en: 'Agreement not found' }));

/** Coordinators (admins) record activity under any agreement; a party's members and agencies under theirs. */
async function mayRecord(db: Db, user: AuthUser | null, agreementId: string) {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if ((user.role === 'member' || user.role === 'agency') && user.organizationId)
    return isParty(db, user.organizationId, agreementId);
  return false;
}

/** Organisation keys → ids, each unknown key named at `${at}[i]`. */
async function resolveKeys(db: Db, keys: string[], at: string) {
  const found = new Map((await organizationsByKeys(db, keys)).map((o) => [o.key, o.id]));
  const bad: ErrorDetail[] = keys.flatMap((k, i) =>
    found.has(k) ? [] : [{ path: `${at}[${i}]`, message: unknownValue('organisation', k) }],
  );
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0)
    bad.push({ path: `${at}[${dup}]`, message: say({ ja: '重複しています', en: 'listed twice' }) });
  if (bad.length) throw invalidFields(bad);
  return keys.map((k) => found.get(k)!);
}

function checkAreaKeys(areas: { key: string }[], at: string, existing: string[] = []) {
  const seen = new Set(existing);
  const bad: ErrorDetail[] = [];
  areas.forEach((a, i) => {
    if (seen.has(a.key))
      bad.push({
        path: `${at}[${i}].key`,
        message: say({ ja: 'この分野キーは既にあります', en: 'area key already used' }),
      });
    seen.add(a.key);
  });
  if (bad.length) throw invalidFields(bad);
}

function checkRenewal(signedOn: string | null, renewalOn: string | null) {
  if (signedOn && renewalOn && renewalOn < signedOn)
    throw invalidFields([
      {
        path: 'body.renewalOn',
        message: say({ ja: '更新日は締結日より後にしてください', en: 'must not be before signedOn' }),
      },
    ]);
}

async function describe(ctx: PartnershipsCtx, rows: AgreementRow[], withDetail: boolean) {
  const ids = rows.map((r) => r.id);
  const [parties, areas, activities] = await Promise.all([
    partiesOf(ctx.db, ids),
    areasOf(ctx.db, ids),
    activitiesOf(ctx.db, ids),
  ]);
  const today = japanDate(ctx.now);
  const participantNames = withDetail
    ? new Map(
        (
          await organizationsByIds(ctx.db, [
            ...new Set(activities.flatMap((a) => a.participantOrganizationIds)),
          ])
        ).map((o) => [o.id, o]),
      )
    : new Map();
  return Promise.all(
    rows.map(async (row) => {
      const own = areas.filter((a) => a.agreementId === row.id);
      const acts = activities.filter((a) => a.agreementId === row.id);
      const summaries = areaSummaries(
        own.map((a) => a.key),
        acts,
        today,
      );
      const summary = {
        id: row.id,
        key: row.key,
        kind: row.kind as AgreementKind,
        title: row.title,
        summary: row.summary,
        signedOn: row.signedOn,
        status: row.status as AgreementStatus,
        renewalOn: row.renewalOn,
        source: row.source ?? null,
        illustrative: row.illustrative,
        version: row.version,
        parties: parties
          .filter((p) => p.agreementId === row.id)
          .map((p) => ({ id: p.id, key: p.key, name: p.name })),
        areas: own.map((a, i) => ({
          key: a.key,
          name: a.name,
          description: a.description,
          tag: areaTag(row.key, a.key),
          ...summaries[i]!,
        })),
        quietAreas: summaries.filter((s) => s.quiet).length,
        activityCount: acts.length,
        mayRecord: await mayRecord(ctx.db, ctx.user, row.id),
      };
      if (!withDetail) return summary;
      const months = chartMonths(today, row.signedOn, acts);
      return {
        ...summary,
        activities: acts.map((a) => ({
          id: a.id,
          version: a.version,
          area: a.areaKey,
          kind: a.kind as ActivityKind,
          title: a.title,
          occurredOn: a.occurredOn,
          participants: a.participantOrganizationIds.flatMap((id) => {
            const o = participantNames.get(id);
            return o ? [{ id: o.id, key: o.key, name: o.name }] : [];
          }),
          participantNote: a.participants,
          outcome: a.outcome,
          illustrative: a.illustrative,
        })),
        chart: {
          months,
          counts: activityMatrix(
            own.map((a) => a.key),
            acts,
            months,
          ),
        },
        today,
      };
    }),
  );
}

export async function listAgreements(ctx: PartnershipsCtx) {
  const items = await describe(ctx, await listAgreementRows(ctx.db), false);
  return { items, total: items.length };
}

export async function getAgreement(ctx: PartnershipsCtx, id: string) {
  const row = await getAgreementRow(ctx.db, id);
  if (!row) throw agreementNotFound();
  const [out] = await describe(ctx, [row], true);
  return out as Extract<typeof out, { chart: unknown }>;
}

export async function createAgreement(ctx: PartnershipsCtx, user: AuthUser, input: AgreementInput) {
  checkRenewal(input.signedOn, input.renewalOn);
  checkAreaKeys(input.areas, 'body.areas');
  const row = await ctx.db.transaction(async (tx) => {
    const partyIds = await resolveKeys(tx, input.parties, 'body.parties');
    const made = await insertAgreement(
      tx,
      {
        key: input.key,
        kind: input.kind,
        title: input.title,
        summary: input.summary,
        signedOn: input.signedOn,
        status: input.status,
        renewalOn: input.renewalOn,
        source: input.source,
      },
      partyIds,
      input.areas.map((a, i) => ({ key: a.key, position: i, name: a.name, description: a.description })),
    );
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'agreement',
      entityId: made.id,
      entityKey: input.key,
    });
    return made;
  });
  return getAgreement(ctx, row.id);
}

export async function patchAgreement(
  ctx: PartnershipsCtx,
  user: AuthUser,
  id: string,
  patch: AgreementPatch,
  ifMatch: IfMatch,
) {
  await ctx.db.transaction(async (tx) => {
    const before = await lockAgreement(tx, id);
    if (!before) throw agreementNotFound();
    checkIfMatch(ifMatch, before.version);
    const signedOn = patch.signedOn !== undefined ? patch.signedOn : before.signedOn;
    const renewalOn = patch.renewalOn !== undefined ? patch.renewalOn : before.renewalOn;
    checkRenewal(signedOn, renewalOn);
    const { parties, addAreas, ...fields } = patch;
    if (parties) await replaceParties(tx, id, await resolveKeys(tx, parties, 'body.parties'));
    if (addAreas) {
      const existing = await areasOf(tx, [id]);
      checkAreaKeys(
        addAreas,
        'body.addAreas',
        existing.map((a) => a.key),
      );
      await appendAreas(
        tx,
        id,
        addAreas.map((a, i) => ({
          key: a.key,
          position: existing.length + i,
          name: a.name,
          description: a.description,
        })),
      );
    }
    const after = await updateAgreementRow(tx, id, fields);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'agreement',
      entityId: id,
      entityKey: before.key,
      changes: {
        ...diffFields(before as unknown as Record<string, unknown>, fields as Record<string, unknown>),
        ...(parties ? { parties: { to: parties } } : {}),
        ...(addAreas ? { areas: { added: addAreas.map((a) => a.key) } } : {}),
      },
    });
    return after;
  });
  return getAgreement(ctx, id);
}

const mayNotRecord = () =>
  forbidden({
    ja: '活動を記録できるのは事務局と協定の当事者です',
    en: "Only coordinators and the agreement's parties record its activities",
  });

/** The agreement's area named by key, or a 400 on body.area. */
async function areaOf(db: Db, agreementId: string, key: string) {
  const area = (await areasOf(db, [agreementId])).find((a) => a.key === key);
  if (!area)
    throw invalidFields([
      {
        path: 'body.area',
        message: say({
          ja: `この協定に分野「${key}」はありません`,
          en: `this agreement has no area "${key}"`,
        }),
      },
    ]);
  return area;
}

export async function recordActivity(
  ctx: PartnershipsCtx,
  user: AuthUser,
  agreementId: string,
  input: ActivityInput,
) {
  const agreement = await getAgreementRow(ctx.db, agreementId);
  if (!agreement) throw agreementNotFound();
  if (!(await mayRecord(ctx.db, user, agreementId))) throw mayNotRecord();
  const area = await areaOf(ctx.db, agreementId, input.area);
  await ctx.db.transaction(async (tx) => {
    const participantIds = await resolveKeys(tx, input.participants, 'body.participants');
    const row = await insertActivity(tx, {
      agreementId,
      areaId: area.id,
      kind: input.kind,
      title: input.title,
      occurredOn: input.occurredOn,
      participantOrganizationIds: participantIds,
      participants: input.participantNote,
      outcome: input.outcome,
      createdBy: user.id,
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'agreement-activity',
      entityId: row.id,
      entityKey: `${agreement.key}/${area.key}`,
    });
  });
  return getAgreement(ctx, agreementId);
}

const activityNotFound = () =>
  new AppError('not_found', say({ ja: '活動が見つかりません', en: 'Activity not found' }));

/** Those who may record under the activity's agreement may change it; anyone may read it, so others get a 403. */
async function activityForChange(ctx: PartnershipsCtx, user: AuthUser, id: string) {
  const act = await activityById(ctx.db, id);
  if (!act) throw activityNotFound();
  if (!(await mayRecord(ctx.db, user, act.agreementId))) throw mayNotRecord();
  const agreement = await getAgreementRow(ctx.db, act.agreementId);
  if (!agreement) throw activityNotFound();
  return { act, agreement };
}

/** Edits an activity (its area, kind, title, date, participants, outcome) under If-Match on its version. */
export async function editActivity(
  ctx: PartnershipsCtx,
  user: AuthUser,
  id: string,
  input: ActivityInput,
  ifMatch: IfMatch,
) {
  const { act, agreement } = await activityForChange(ctx, user, id);
  const area = await areaOf(ctx.db, act.agreementId, input.area);
  await ctx.db.transaction(async (tx) => {
    const before = await lockActivity(tx, id);
    if (!before) throw activityNotFound();
    checkIfMatch(ifMatch, before.version);
    const participantIds = await resolveKeys(tx, input.participants, 'body.participants');
    const after = {
      areaId: area.id,
      kind: input.kind,
      title: input.title,
      occurredOn: input.occurredOn,
      participantOrganizationIds: participantIds,
      participants: input.participantNote,
      outcome: input.outcome,
    };
    await updateActivityRow(tx, id, after);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'agreement-activity',
      entityId: id,
      entityKey: `${agreement.key}/${area.key}`,
      changes: diffFields(before as unknown as Record<string, unknown>, after),
    });
  });
  return getAgreement(ctx, act.agreementId);
}

/** Deletes an activity under If-Match on its version. */
export async function deleteActivity(ctx: PartnershipsCtx, user: AuthUser, id: string, ifMatch: IfMatch) {
  const { act, agreement } = await activityForChange(ctx, user, id);
  await ctx.db.transaction(async (tx) => {
    const before = await lockActivity(tx, id);
    if (!before) throw activityNotFound();
    checkIfMatch(ifMatch, before.version);
    await deleteActivityRow(tx, id);
    await writeAudit(tx, user, {
      action: 'delete',
      entity: 'agreement-activity',
      entityId: id,
      entityKey: agreement.key,
      changes: { before: { title: before.title, occurredOn: before.occurredOn, kind: before.kind } },
    });
  });
  return getAgreement(ctx, act.agreementId);
}
