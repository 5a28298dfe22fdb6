import { indicatorByKey, indicators, notComputed, status } from '../../../core/cluster/index.ts';
import { japanDay } from '../../../core/japan-time.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import type { Cluster, ReferenceData } from '../../lib/reference-data.ts';
import {
  deleteTarget,
  getMilestone,
  getNote,
  insertMilestone,
  insertPhaseSetting,
  insertTargetVersions,
  type MilestoneRow,
  milestonesOf,
  notesOf,
  organizationExists,
  phaseSettingsOf,
  phasesOf,
  setMembershipDate,
  targetsAsOf,
  targetsOf,
  updateMilestone,
  upsertTargets,
  writeNote,
} from './cluster.queries.ts';
import type {
  DashboardQuery,
  MilestoneInput,
  MilestonePatch,
  PhaseInput,
  RecordsQuery,
  TargetsInput,
} from './cluster.schemas.ts';
import {
  figuresAsOf,
  indicatorRecords,
  parseAsOf,
  resolveMonths,
  resolveScope,
} from './indicators.service.ts';

export type ClusterCtx = { db: Db; now: Date; reference: ReferenceData; user: AuthUser | null };

const clusterNotFound = () =>
  new AppError('not_found', say({ ja: 'クラスターがありません', en: 'Cluster not found' }));
const milestoneNotFound = () =>
  new AppError('not_found', say({ ja: 'マイルストーンがありません', en: 'Milestone not found' }));

export function clusterOf(ctx: ClusterCtx, key: string): Cluster {
  const c = ctx.reference.clusters.find((k) => k.key === key);
  if (!c) throw clusterNotFound();
  return c;
}

const settingOut = (r: Awaited<ReturnType<typeof phaseSettingsOf>>[number]) => ({
  id: r.id,
  phase: r.phase,
  setOn: r.setOn,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
});
const milestoneOut = (m: MilestoneRow) => ({
  id: m.id,
  key: m.key,
  scope: m.scope as 'national' | 'regional',
  title: m.title,
  targetDate: m.targetDate,
  actualDate: m.actualDate,
  source: m.source,
  shipped: m.shipped,
  version: m.version,
});

/** Phases, milestones, the current phase (as of a moment) and its history, the context facts. */
export async function getPlan(ctx: ClusterCtx, key: string, asOf = ctx.now) {
  const cluster = clusterOf(ctx, key);
  const [phases, milestones, settings] = await Promise.all([
    phasesOf(ctx.db, key),
    milestonesOf(ctx.db, key),
    phaseSettingsOf(ctx.db, key),
  ]);
  // A setting recorded after the as-of moment, or dated after its day, was not yet the current phase.
  const history = settings.filter((s) => s.createdAt <= asOf && s.setOn <= japanDay(asOf)).map(settingOut);
  return {
    cluster: { key: cluster.key, name: cluster.name },
    phases: phases.map((p) => ({ ordinal: p.ordinal, name: p.name, support: p.support, source: p.source })),
    milestones: milestones.map(milestoneOut),
    currentPhase: history[0] ?? null,
    phaseHistory: history,
    context: cluster.plan.context,
  };
}

export async function listClusters(ctx: ClusterCtx) {
  const items = await Promise.all(
    ctx.reference.clusters.map(async (c) => {
      const [current] = await phaseSettingsOf(ctx.db, c.key);
      return { key: c.key, name: c.name, phases: c.plan.phases.length, currentPhase: current?.phase ?? null };
    }),
  );
  return { items, total: items.length };
}

/** The dashboard: the plan, and every indicator's monthly series, target for the current phase and status. */
export async function getDashboard(ctx: ClusterCtx, key: string, q: DashboardQuery) {
  const cluster = clusterOf(ctx, key);
  const asOf = parseAsOf(q.asOf, ctx.now);
  const scope = resolveScope(cluster, q.region, asOf);
  const months = resolveMonths(asOf, q.from, q.to);
  const [plan, figures, targets, notes] = await Promise.all([
    getPlan(ctx, key, asOf),
    figuresAsOf(ctx.db, scope, months, asOf),
    targetsAsOf(ctx.db, key, asOf),
    notesOf(ctx.db, key),
  ]);
  const phase = plan.currentPhase?.phase;
  const targetOf = (indicator: string) =>
    targets.find((t) => t.indicator === indicator && t.phase === phase)?.target ?? null;
  return {
    ...plan,
    asOf: asOf.toISOString(),
    region: q.region ?? null,
    months,
    indicators: figures.map(({ def, figures: f }) => ({
      key: def.key,
      module: def.module,
      label: def.label,
      unit: def.unit,
      direction: def.direction,
      aggregation: def.aggregation,
      explanation: def.explanation,
      series: f.series,
      value: f.value,
      target: targetOf(def.key),
      status: status(f.value, targetOf(def.key), def.direction),
      breakdown: f.breakdown,
    })),
    notComputed: Object.entries(notComputed).map(([k, explanation]) => ({ key: k, explanation })),
    notes: notes.map((n) => ({ year: n.year, body: n.body, version: n.version })),
  };
}

export async function getIndicatorRecords(ctx: ClusterCtx, key: string, indicator: string, q: RecordsQuery) {
  const cluster = clusterOf(ctx, key);
  const def = indicatorByKey(indicator)!;
  const asOf = parseAsOf(q.asOf, ctx.now);
  const scope = resolveScope(cluster, q.region, asOf);
  const month = q.month ?? resolveMonths(asOf, undefined, undefined).at(-1)!;
  const page = await indicatorRecords(ctx.db, def, scope, month, asOf, q.limit, q.offset);
  return { indicator, month, ...page };
}

/** Each cluster's headline figures side by side, as of one moment. */
export async function compareClusters(
  ctx: ClusterCtx,
  keys: string | undefined,
  asOfText: string | undefined,
) {
  const asOf = parseAsOf(asOfText, ctx.now);
  const wanted = keys ? keys.split(',').map((k) => k.trim()) : ctx.reference.clusters.map((c) => c.key);
  const known = new Set(ctx.reference.clusters.map((c) => c.key));
  const bad = wanted.find((k) => !known.has(k));
  if (bad !== undefined)
    throw invalidFields([{ path: 'query.clusters', message: unknownValue('cluster', bad) }]);
  const boards: Awaited<ReturnType<typeof getDashboard>>[] = [];
  for (const k of wanted) boards.push(await getDashboard(ctx, k, { asOf: asOf.toISOString() }));
  return {
    asOf: asOf.toISOString(),
    clusters: boards.map((b) => ({ ...b.cluster, currentPhase: b.currentPhase?.phase ?? null })),
    indicators: indicators.map((def, i) => ({
      key: def.key,
      label: def.label,
      unit: def.unit,
      direction: def.direction,
      values: boards.map((b) => ({
        value: b.indicators[i]!.value,
        target: b.indicators[i]!.target,
        status: b.indicators[i]!.status,
      })),
    })),
  };
}

function checkPhase(cluster: Cluster, phase: number, path: string) {
  if (cluster.plan.phases.length > 0 && phase > cluster.plan.phases.length)
    throw invalidFields([
      {
        path,
        message: say({
          ja: `このクラスターのフェーズは 1〜${cluster.plan.phases.length} です`,
          en: `this cluster's phases are 1–${cluster.plan.phases.length}`,
        }),
      },
    ]);
}

export async function putTargets(ctx: ClusterCtx, user: AuthUser, key: string, input: TargetsInput) {
  const cluster = clusterOf(ctx, key);
  for (const [i, t] of input.targets.entries()) checkPhase(cluster, t.phase, `body.targets[${i}].phase`);
  await ctx.db.transaction(async (tx) => {
    const set = input.targets.filter((t) => t.target !== null);
    await upsertTargets(
      tx,
      set.map((t) => ({
        clusterKey: key,
        indicator: t.indicator,
        phase: t.phase,
        target: t.target!,
        setBy: user.id,
      })),
    );
    for (const t of input.targets.filter((x) => x.target === null))
      await deleteTarget(tx, key, t.indicator, t.phase);
    await insertTargetVersions(
      tx,
      input.targets.map((t) => ({
        clusterKey: key,
        indicator: t.indicator,
        phase: t.phase,
        target: t.target,
        setBy: user.id,
      })),
    );
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'cluster-targets',
      entityKey: key,
      changes: { targets: input.targets },
    });
  });
  const rows = await targetsOf(ctx.db, key);
  return { items: rows.map((r) => ({ indicator: r.indicator, phase: r.phase, target: r.target })) };
}

export async function setPhase(ctx: ClusterCtx, user: AuthUser, key: string, input: PhaseInput) {
  const cluster = clusterOf(ctx, key);
  checkPhase(cluster, input.phase, 'body.phase');
  await ctx.db.transaction(async (tx) => {
    const row = await insertPhaseSetting(tx, {
      clusterKey: key,
      ...input,
      setBy: user.id,
      createdAt: ctx.now,
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'cluster-phase',
      entityId: row.id,
      entityKey: key,
      changes: input,
    });
  });
  return getPlan(ctx, key);
}

export async function createMilestone(ctx: ClusterCtx, user: AuthUser, key: string, input: MilestoneInput) {
  clusterOf(ctx, key);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await insertMilestone(tx, { clusterKey: key, scope: 'regional', ...input });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'cluster-milestone',
      entityId: r.id,
      entityKey: input.key,
      changes: input,
    });
    return r;
  });
  return milestoneOut(row);
}

export async function patchMilestone(
  ctx: ClusterCtx,
  user: AuthUser,
  key: string,
  id: string,
  patch: MilestonePatch,
  ifMatch: IfMatch,
) {
  clusterOf(ctx, key);
  const before = await getMilestone(ctx.db, key, id);
  if (!before) throw milestoneNotFound();
  checkIfMatch(ifMatch, before.version);
  // The shipped national milestones keep the file's wording and target: a coordinator records when it happened.
  if (before.shipped && (patch.title || patch.targetDate || patch.source))
    throw invalidFields([
      {
        path: `body.${patch.title ? 'title' : patch.targetDate ? 'targetDate' : 'source'}`,
        message: say({
          ja: 'データファイルのマイルストーンは実績日のみ変更できます',
          en: 'only actualDate may change on a milestone from the data file',
        }),
      },
    ]);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await updateMilestone(tx, id, before.version, patch);
    if (r)
      await writeAudit(tx, user, {
        action: 'update',
        entity: 'cluster-milestone',
        entityId: id,
        entityKey: before.key,
        changes: patch,
      });
    return r;
  });
  if (!row) checkIfMatch({ tags: [] }, (await getMilestone(ctx.db, key, id))?.version ?? before.version + 1);
  return milestoneOut(row!);
}

export async function putNote(
  ctx: ClusterCtx,
  user: AuthUser,
  key: string,
  year: number,
  body: { ja?: string; en?: string },
  ifMatch: IfMatch,
) {
  clusterOf(ctx, key);
  const before = await getNote(ctx.db, key, year);
  if (before) checkIfMatch(ifMatch, before.version);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await writeNote(tx, key, year, body, user.id, before?.version ?? null);
    if (r)
      await writeAudit(tx, user, {
        action: before ? 'update' : 'create',
        entity: 'cluster-note',
        entityKey: `${key}/${year}`,
        changes: { body },
      });
    return r;
  });
  if (!row) checkIfMatch({ tags: [] }, (await getNote(ctx.db, key, year))?.version ?? 0);
  return { year: row!.year, body: row!.body, version: row!.version };
}

export async function putMembershipDate(
  ctx: ClusterCtx,
  user: AuthUser,
  key: string,
  organizationId: string,
  joinedOn: string,
) {
  clusterOf(ctx, key);
  if (!(await organizationExists(ctx.db, organizationId)))
    throw new AppError('not_found', say({ ja: '組織が見つかりません', en: 'Organisation not found' }));
  const row = await ctx.db.transaction(async (tx) => {
    const r = await setMembershipDate(tx, key, organizationId, joinedOn);
    if (r)
      await writeAudit(tx, user, {
        action: 'update',
        entity: 'cluster-membership',
        entityId: organizationId,
        entityKey: key,
        changes: { joinedOn },
      });
    return r;
  });
  if (!row)
    throw invalidFields([
      { path: 'path.id', message: say({ ja: 'このクラスターに属していません', en: 'not in this cluster' }) },
    ]);
  return { organizationId, cluster: key, joinedOn: row.joinedOn };
}
