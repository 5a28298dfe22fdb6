import { funnelStep, type IntroductionState, introductionStates } from '../../../core/matching/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import { invalidFields, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { unknownValue } from '../../lib/messages.ts';
import { DAY, getIntroduction, present, readable, STALLED_DAYS, terminal } from './introductions.service.ts';
import {
  allIntroductionSteps,
  allIntroductions,
  countOpenIntroductionTasks,
  getIntroductionTask,
  insertIntroductionTask,
  listIntroductionRows,
  setIntroductionTaskDone,
} from './matching.queries.ts';
import { actingOrganization, type Ctx } from './matching.service.ts';

// The coordinator's side of introductions: the filtered list, follow-up tasks and the board's figures.

export async function listIntroductions(
  ctx: Ctx,
  actor: AuthUser,
  q: {
    state?: IntroductionState;
    technology?: string;
    olderThanDays?: number;
    limit: number;
    offset: number;
  },
) {
  if (q.technology && !ctx.reference.technologies.has(q.technology)) {
    throw invalidFields([{ path: 'query.technology', message: unknownValue('code', q.technology) }]);
  }
  // Only accounts that act for an organisation see its introductions (see sideOf).
  const { rows, total } = await listIntroductionRows(
    ctx.db,
    {
      organizationId: actor.role === 'admin' ? undefined : (actingOrganization(actor) ?? null),
      state: q.state,
      technologies: q.technology ? ctx.reference.withDescendants(q.technology) : undefined,
      createdBefore: q.olderThanDays !== undefined ? new Date(Date.now() - q.olderThanDays * DAY) : undefined,
    },
    q.limit,
    q.offset,
  );
  return { items: await present(ctx.db, actor, rows), total };
}

export async function addTask(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  input: { title: string; dueAt?: string },
) {
  await ctx.db.transaction(async (tx) => {
    await readable(tx, actor, id);
    const task = await insertIntroductionTask(tx, {
      introductionId: id,
      title: input.title,
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      createdBy: actor.id,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'introduction_task',
      entityId: task.id,
      changes: { ...input },
    });
  });
  return getIntroduction(ctx, actor, id);
}

export async function completeTask(ctx: Ctx, actor: AuthUser, taskId: string, done: boolean) {
  const introductionId = await ctx.db.transaction(async (tx) => {
    const task = await getIntroductionTask(tx, taskId);
    if (!task) throw notFound('Task');
    await readable(tx, actor, task.introductionId);
    await setIntroductionTaskDone(tx, taskId, done ? new Date() : null);
    await writeAudit(tx, actor, {
      action: done ? 'complete' : 'reopen',
      entity: 'introduction_task',
      entityId: taskId,
    });
    return task.introductionId;
  });
  return getIntroduction(ctx, actor, introductionId);
}

/** The coordinator's board: states, ages, technology areas, stalled requests, and the funnel by month. */
export async function introductionBoard(ctx: Ctx) {
  const rows = await allIntroductions(ctx.db);
  const events = await allIntroductionSteps(ctx.db);
  const furthest = new Map<string, number>();
  for (const e of events)
    furthest.set(e.id, Math.max(furthest.get(e.id) ?? 0, funnelStep(e.to as IntroductionState)));
  const byState: Record<string, number> = Object.fromEntries(
    Object.keys(introductionStates).map((s) => [s, 0]),
  );
  const ages = [
    { label: '≤ 7 d', maxDays: 7, count: 0 },
    { label: '≤ 30 d', maxDays: 30, count: 0 },
    { label: '≤ 90 d', maxDays: 90, count: 0 },
    { label: '> 90 d', maxDays: null as number | null, count: 0 },
  ];
  const tech = new Map<string, number>();
  const months = new Map<
    string,
    { requested: number; accepted: number; meeting: number; contract: number }
  >();
  const now = Date.now();
  let stalled = 0;
  for (const r of rows) {
    byState[r.state] = (byState[r.state] ?? 0) + 1;
    if (!terminal(r.state)) {
      const days = (now - r.createdAt.getTime()) / DAY;
      ages.find((a) => a.maxDays === null || days <= a.maxDays)!.count++;
      if (now - r.stateChangedAt.getTime() > STALLED_DAYS * DAY) stalled++;
    }
    for (const top of new Set(r.technologies.map((c) => c.split('.')[0]!)))
      tech.set(top, (tech.get(top) ?? 0) + 1);
    const month = r.createdAt.toISOString().slice(0, 7);
    const m = months.get(month) ?? { requested: 0, accepted: 0, meeting: 0, contract: 0 };
    const step = furthest.get(r.id) ?? 0;
    m.requested++;
    if (step >= 1) m.accepted++;
    if (step >= 2) m.meeting++;
    if (step >= 3) m.contract++;
    months.set(month, m);
  }
  return {
    byState,
    byAge: ages,
    byTechnology: [...tech]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    stalled,
    openTasks: await countOpenIntroductionTasks(ctx.db),
    conversion: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m })),
  };
}
