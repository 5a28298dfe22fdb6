import fs from 'node:fs';
import path from 'node:path';
import { sameJson } from '../../../core/canonical-json.ts';
import { breakingChanges, checkDefinition } from '../../../core/surveys/index.ts';
import type { SurveyDefinition, SurveyIssue } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { dataRoot } from '../../lib/reference-data.ts';
import { linksOf } from './survey-links.service.ts';
import {
  bumpLinkVersion,
  countResponses,
  getSurvey,
  insertInvitations,
  insertSurveyUnlessKeyTaken,
  invitationProgress,
  invitationsOf,
  lockSurvey,
  markSurveyClosed,
  markSurveyOpen,
  populationOrganizations,
  type SurveyRow,
  surveysNewestFirst,
  surveyTallies,
  updateSurvey,
} from './surveys.queries.ts';
import type { SurveyInput } from './surveys.schemas.ts';

// The coordinator's side of surveys: questionnaires, opening (inviting the population), links to pass on,
// closing and progress. Answering through a link is survey-links.service.ts; reminders are surveys.jobs.ts.

const day = 86_400_000;
const statusJa: Record<string, string> = { draft: '下書き', open: '回答受付中', closed: '締切済み' };

const at = (prefix: string, issues: SurveyIssue[]) =>
  issues.map((i) => ({ path: `${prefix}.${i.path}`, message: say(i.message) }));

export const surveyOut = (row: SurveyRow) => ({
  ...row,
  closesAt: row.closesAt?.toISOString() ?? null,
  openedAt: row.openedAt?.toISOString() ?? null,
  closedAt: row.closedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function surveyRow(db: Db, id: string): Promise<SurveyRow> {
  const row = await getSurvey(db, id);
  if (!row) throw notFound('Survey');
  return row;
}

// ——— Questionnaires ———

export async function listSurveys(db: Db) {
  const rows = await surveysNewestFirst(db);
  const tallies = await surveyTallies(db);
  const bySurvey = new Map(tallies.map((t) => [t.surveyId, t]));
  const items = rows.map((r) => {
    const t = bySurvey.get(r.id);
    return { ...surveyOut(r), invited: Number(t?.invited ?? 0), answered: Number(t?.answered ?? 0) };
  });
  return { items, total: items.length };
}

function values(input: SurveyInput) {
  return { ...input, closesAt: input.closesAt ? new Date(input.closesAt) : null };
}

export async function createSurvey(db: Db, actor: AuthUser, input: SurveyInput, synthetic = false) {
  const issues = checkDefinition(input.definition as SurveyDefinition);
  if (issues.length) throw invalidFields(at('body.definition', issues));
  return db.transaction(async (tx) => {
    const row = await insertSurveyUnlessKeyTaken(tx, { ...values(input), synthetic, createdBy: actor.id });
    if (!row) throw keyTaken(input.key);
    await writeAudit(tx, actor, { action: 'create', entity: 'survey', entityId: row.id, entityKey: row.key });
    return surveyOut(row);
  });
}

/**
 * A survey with answers can still be reworded and extended, but nothing that would make a stored answer
 * wrong: those changes are refused with 409 naming the question (core `breakingChanges`).
 */
export async function replaceSurvey(db: Db, actor: AuthUser, id: string, input: SurveyInput) {
  const issues = checkDefinition(input.definition as SurveyDefinition);
  if (issues.length) throw invalidFields(at('body.definition', issues));
  return db.transaction(async (tx) => {
    const before = await lockSurvey(tx, id);
    if (!before) throw notFound('Survey');
    if (before.status === 'closed')
      throw new AppError(
        'conflict',
        say({ ja: '締め切ったアンケートは変更できません', en: 'A closed survey cannot be changed' }),
      );
    const answered = await countResponses(tx, id);
    const definitionChanged = !sameJson(before.definition, input.definition);
    if (definitionChanged && answered > 0) {
      const breaking = breakingChanges(before.definition, input.definition as SurveyDefinition);
      if (breaking.length)
        throw new AppError(
          'conflict',
          say({
            ja: 'この変更をすると、すでにある回答と合わなくなります',
            en: 'The survey has answers that this change would break',
          }),
          at('body.definition', breaking),
        );
    }
    const row = await updateSurvey(tx, id, {
      ...values(input),
      version: before.version + (definitionChanged ? 1 : 0),
      updatedAt: new Date(),
    });
    await writeAudit(tx, actor, { action: 'update', entity: 'survey', entityId: id, entityKey: input.key });
    return surveyOut(row as SurveyRow);
  });
}

// ——— Distribution ———
/** Opens the survey and invites its population: one personal link per organisation, shown to the coordinator. */
export async function openSurvey(db: Db, actor: AuthUser, id: string, baseUrl: string) {
  const survey = await surveyRow(db, id);
  if (survey.status !== 'draft')
    throw new AppError(
      'conflict',
      say({
        ja: `このアンケートはすでに「${statusJa[survey.status]}」です`,
        en: `The survey is already ${survey.status}`,
      }),
    );
  const orgs = await populationOrganizations(db, survey.population);
  if (orgs.length === 0)
    throw invalidFields([
      {
        path: 'population',
        message: say({
          ja: '対象条件に合う組織がありません',
          en: 'no organisation matches the survey population',
        }),
      },
    ]);
  const expiresAt = survey.closesAt ?? new Date(Date.now() + 90 * day);
  const invited = await db.transaction(async (tx) => {
    // Guarded: two opens at once both passed the check above; only one may invite, the other is a 409.
    if (!(await markSurveyOpen(tx, id, new Date())))
      throw new AppError(
        'conflict',
        say({ ja: 'このアンケートはすでに開始されています', en: 'The survey is already open' }),
      );
    const rows = await insertInvitations(
      tx,
      orgs.map((o) => ({
        surveyId: id,
        organizationId: o.id,
        invitee: o.name.ja ?? o.name.en ?? '',
        kind: o.kind,
        expiresAt,
      })),
    );
    await writeAudit(tx, actor, {
      action: 'open',
      entity: 'survey',
      entityId: id,
      changes: { invited: rows.length },
    });
    return rows;
  });
  return { invited: invited.length, links: await linksOf(db, invited, baseUrl) };
}

/** Every invitation's link, for the coordinator to pass on by hand (organisations without an account). */
export async function surveyLinks(db: Db, id: string, baseUrl: string) {
  await surveyRow(db, id);
  const rows = await invitationsOf(db, id);
  const items = await linksOf(db, rows, baseUrl);
  return { items, total: items.length };
}

/** A lost or leaked link: the old one stops working and a new one is given. */
export async function reissueLink(
  db: Db,
  actor: AuthUser,
  surveyId: string,
  invitationId: string,
  baseUrl: string,
) {
  const row = await bumpLinkVersion(db, surveyId, invitationId);
  if (!row) throw notFound('Invitation');
  await writeAudit(db, actor, {
    action: 'reissue-link',
    entity: 'survey',
    entityId: surveyId,
    changes: { invitationId },
  });
  const [link] = await linksOf(db, [row], baseUrl);
  return link!; // one invitation in, one link out
}

export async function closeSurvey(db: Db, actor: AuthUser, id: string) {
  const survey = await surveyRow(db, id);
  if (survey.status !== 'open')
    throw new AppError(
      'conflict',
      say({
        ja: `締め切れるのは回答受付中のアンケートだけです（現在は「${statusJa[survey.status]}」）`,
        en: `Only an open survey can be closed (it is ${survey.status})`,
      }),
    );
  await markSurveyClosed(db, id, new Date());
  await writeAudit(db, actor, { action: 'close', entity: 'survey', entityId: id });
  return surveyOut(await surveyRow(db, id));
}

/** Who was invited, who answered, by organisation kind, and answers over time: the coordinator's live view. */
export async function surveyProgress(db: Db, id: string) {
  const survey = await surveyRow(db, id);
  const rows = await invitationProgress(db, id);
  const answered = rows.filter((r) => r.submittedAt);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const byDay = new Map<string, number>();
  for (const r of answered) {
    const d = (r.submittedAt as Date).toISOString().slice(0, 10);
    byDay.set(d, (byDay.get(d) ?? 0) + 1);
  }
  let running = 0;
  return {
    status: survey.status,
    invited: rows.length,
    answered: answered.length,
    drafts: rows.filter((r) => r.draft && !r.submittedAt).length,
    rate: rows.length ? answered.length / rows.length : 0,
    byKind: kinds.map((kind) => {
      const ofKind = rows.filter((r) => r.kind === kind);
      return { kind, invited: ofKind.length, answered: ofKind.filter((r) => r.submittedAt).length };
    }),
    answeredOverTime: [...byDay].sort().map(([date, n]) => {
      running += n;
      return { date, answered: running };
    }),
    notAnswered: rows
      .filter((r) => !r.submittedAt)
      .map((r) => ({
        invitationId: r.id,
        invitee: r.invitee,
        kind: r.kind,
        started: r.draft,
        reminders: r.reminders,
        lastRemindedAt: r.lastRemindedAt?.toISOString() ?? null,
      })),
  };
}

const templateDir = path.join(dataRoot, 'surveys');

/** The questionnaires the platform ships in data/surveys, to start a survey from. */
export function listSurveyTemplates() {
  const items = fs
    .readdirSync(templateDir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(templateDir, f), 'utf8')));
  return { items, total: items.length };
}
