import fs from 'node:fs';
import path from 'node:path';
import { sameJson } from '../../../core/canonical-json.ts';
import { breakingChanges, checkDefinition } from '../../../core/surveys/index.ts';
import type { SurveyDefinition, SurveyIssue, SurveyOrigin } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { dataRoot } from '../../lib/reference-data.ts';
import { linkSigner, linksOf } from './survey-links.service.ts';
import {
  bumpLinkVersion,
  countResponses,
  enabledAccountsOf,
  getSurvey,
  type InvitationRow,
  insertInvitations,
  insertPersonalInvitations,
  insertSurvey,
  insertSurveyUnlessKeyTaken,
  invitationProgress,
  invitationsOf,
  invitationWithSurvey,
  lockSurvey,
  markSurveyClosed,
  markSurveyOpen,
  personalInvitationOf,
  populationOrganizations,
  responseOf,
  type SurveyRow,
  submittedAnswersOf,
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

/**
 * The survey's ETag: its last edit time in milliseconds. `version` counts definition changes only (answers
 * record it), so a title or deadline edit needs its own stamp; the row lock makes two saves take turns.
 */
export const editStamp = (row: { updatedAt: Date | string }) => new Date(row.updatedAt).getTime();

export async function surveyRow(db: Db, id: string): Promise<SurveyRow> {
  const row = await getSurvey(db, id);
  if (!row) throw notFound('Survey');
  return row;
}

// ——— Questionnaires ———

/**
 * The coordinator's list: by default the coordinator's own surveys; the ones other modules open for themselves
 * (a desk case's aftercare question, an event's feedback) by their origin, or all.
 */
export async function listSurveys(db: Db, origin: SurveyOrigin | 'all' = 'coordinator') {
  const rows = await surveysNewestFirst(db, origin === 'all' ? undefined : origin);
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
 * Fixed once the survey opens: who was invited, under which name, promise of anonymity and deadline is what
 * the invitations said (the deadline is also each link's expiry).
 */
const frozenFields = ['key', 'title', 'anonymity', 'closesAt', 'population'] as const;
const frozenMessage = () =>
  say({
    ja: '配布を開始したアンケートのこの項目は変更できません',
    en: 'This cannot be changed once the survey is open',
  });

function frozenChanges(before: SurveyRow, input: SurveyInput) {
  const now = { ...input, closesAt: input.closesAt ? new Date(input.closesAt).toISOString() : null };
  const was = { ...before, closesAt: before.closesAt?.toISOString() ?? null };
  return frozenFields
    .filter((f) => !sameJson(was[f], now[f]))
    .map((f) => ({
      path: `body.${f}`,
      message: say({
        ja: '配布開始後は変更できません（招待の内容と同じままにします）',
        en: 'fixed once the survey is open: it is what the invitations said',
      }),
    }));
}

/**
 * A survey with answers can still be reworded and extended, but nothing that would make a stored answer
 * wrong: those changes are refused with 409 naming the question (core `breakingChanges`).
 */
export async function replaceSurvey(
  db: Db,
  actor: AuthUser,
  id: string,
  input: SurveyInput,
  ifMatch?: IfMatch,
) {
  const issues = checkDefinition(input.definition as SurveyDefinition);
  if (issues.length) throw invalidFields(at('body.definition', issues));
  return db.transaction(async (tx) => {
    const before = await lockSurvey(tx, id);
    if (!before) throw notFound('Survey');
    checkIfMatch(ifMatch, editStamp(before));
    if (before.status === 'closed')
      throw new AppError(
        'conflict',
        say({ ja: '締め切ったアンケートは変更できません', en: 'A closed survey cannot be changed' }),
      );
    if (before.status !== 'draft') {
      const frozen = frozenChanges(before, input);
      if (frozen.length) throw new AppError('conflict', frozenMessage(), frozen);
    }
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
      // Always a new stamp, even for two saves within one millisecond: the stamp is the ETag.
      updatedAt: new Date(Math.max(Date.now(), editStamp(before) + 1)),
    });
    await writeAudit(tx, actor, { action: 'update', entity: 'survey', entityId: id, entityKey: input.key });
    return surveyOut(row as SurveyRow);
  });
}

// ——— Distribution ———

/** Who a population would invite, with how many accounts each invitation mail reaches: shown before opening. */
export async function previewInvitees(db: Db, population: SurveyInput['population']) {
  const items = await populationOrganizations(db, population);
  return { items, total: items.length, withoutContact: items.filter((o) => o.accounts === 0).length };
}

/**
 * Opens the survey and invites its population: one invitation (a personal link) per organisation, told in
 * the app and by mail to each of its enabled accounts, in the transaction that opens it. Organisations
 * without an account are counted; the coordinator passes their links on by hand.
 */
export async function openSurvey(db: Db, config: Config, actor: AuthUser, id: string, baseUrl: string) {
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
  const sign = await linkSigner(db);
  const opened = await db.transaction(async (tx) => {
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
    const { outgoing, mails } = await tellInvitees(tx, config, survey, rows, sign);
    await writeAudit(tx, actor, {
      action: 'open',
      entity: 'survey',
      entityId: id,
      changes: { invited: rows.length, mails },
    });
    return { rows, outgoing, mails };
  });
  await sendMail(db, config, opened.outgoing);
  return {
    invited: opened.rows.length,
    mails: opened.mails,
    withoutContact: orgs.filter((o) => o.accounts === 0).length,
    links: await linksOf(db, opened.rows, baseUrl),
  };
}

/** The invitation notice and mail to every enabled account of each invited organisation. */
async function tellInvitees(
  tx: Db,
  config: Config,
  survey: SurveyRow,
  rows: InvitationRow[],
  sign: (i: InvitationRow) => string,
) {
  const orgIds = rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
  const recipients = orgIds.length ? await enabledAccountsOf(tx, orgIds) : [];
  const outgoing = [];
  for (const row of rows) {
    const to = recipients.filter((r) => r.organizationId === row.organizationId);
    // Relative in the app; notify.ts writes it absolute (PUBLIC_URL) into the mail.
    outgoing.push(...(await notifyUsers(tx, config, to, invitationNotice(survey, `/s/${sign(row)}`))));
  }
  return { outgoing, mails: recipients.length };
}

function invitationNotice(survey: SurveyRow, link: string) {
  const closes = survey.closesAt ? survey.closesAt.toISOString().slice(0, 10) : '—';
  return {
    kind: 'survey-invitation',
    title: {
      ja: `【アンケートのお願い】${survey.title.ja ?? survey.title.en ?? ''}`,
      en: `Survey: ${survey.title.en ?? survey.title.ja ?? ''}`,
    },
    body: {
      ja: `締切（${closes}）までに、下のリンクからご回答をお願いいたします。アカウントがなくても回答できます。`,
      en: `Please answer by ${closes} through the link below; no account is needed.`,
    },
    link,
  };
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

// ——— Surveys of one invitation, for other modules ———

/**
 * A survey sent to one respondent, open at once: the desk's aftercare question after a case closes. It is an
 * ordinary survey (links, drafts, submission, results work as for any other), written in the caller's
 * transaction; no reminder schedule, and its deadline is also the link's expiry.
 */
export async function openSurveyForOne(
  tx: Db,
  input: {
    key: string;
    title: SurveyRow['title'];
    definition: SurveyDefinition;
    closesAt: Date;
    now: Date;
    organizationId: string | null;
    invitee: string;
    kind: string;
    origin: SurveyOrigin;
  },
) {
  const survey = await insertSurvey(tx, {
    key: input.key,
    title: input.title,
    definition: input.definition,
    origin: input.origin,
    status: 'open',
    openedAt: input.now,
    closesAt: input.closesAt,
    reminderDays: [],
    minCell: 1,
  });
  if (!survey) throw new Error('survey not written');
  const [invitation] = await insertInvitations(tx, [
    {
      surveyId: survey.id,
      organizationId: input.organizationId,
      invitee: input.invitee,
      kind: input.kind,
      expiresAt: input.closesAt,
    },
  ]);
  return { survey, invitation: invitation! };
}

/** One invitation's current link path and its answers, if any (a draft has no submittedAt). */
export async function invitationState(db: Db, invitationId: string) {
  const row = await invitationWithSurvey(db, invitationId);
  if (!row) return undefined;
  const sign = await linkSigner(db);
  return { link: `/s/${sign(row.invitation)}`, response: await responseOf(db, invitationId) };
}

// ——— Surveys of people, for other modules ———

export type Invitee = { userId: string; organizationId: string | null; invitee: string; kind: string };

/**
 * A survey of people, open at once: an event's feedback from its attendees. Each person gets an invitation of
 * their own (`user_id`: several people of one organisation each answer, which the organisations' invitations
 * cannot hold), so links, drafts, submission, progress and results work as for any survey. Written in the
 * caller's transaction; no reminder schedule; the deadline is also each link's expiry.
 */
export async function openSurveyForPeople(
  tx: Db,
  input: {
    key: string;
    title: SurveyRow['title'];
    description?: SurveyRow['description'];
    definition: SurveyDefinition;
    closesAt: Date;
    now: Date;
    origin: SurveyOrigin;
    anonymity: 'named' | 'anonymous';
    people: Invitee[];
  },
) {
  const survey = await insertSurvey(tx, {
    key: input.key,
    title: input.title,
    description: input.description ?? {},
    definition: input.definition,
    origin: input.origin,
    anonymity: input.anonymity,
    status: 'open',
    openedAt: input.now,
    closesAt: input.closesAt,
    reminderDays: [],
    minCell: 1,
  });
  if (!survey) throw new Error('survey not written');
  const invitations = await insertInvitees(tx, survey, input.people);
  return { survey, invitations };
}

function insertInvitees(tx: Db, survey: Pick<SurveyRow, 'id' | 'closesAt'>, people: Invitee[]) {
  return insertPersonalInvitations(
    tx,
    people.map((p) => ({
      surveyId: survey.id,
      userId: p.userId,
      organizationId: p.organizationId,
      invitee: p.invitee,
      kind: p.kind,
      expiresAt: survey.closesAt,
    })),
  );
}

/** Adds people to an open survey of people; anyone already invited is left as they were; a closed survey, nobody. */
export async function invitePeople(tx: Db, surveyId: string, people: Invitee[]) {
  const survey = await getSurvey(tx, surveyId);
  if (survey?.status !== 'open') return [];
  return insertInvitees(tx, survey, people);
}

/** One person's invitation to a survey of people: its link path, the survey's state and their answers. */
export async function personalInvitation(db: Db, surveyId: string, userId: string) {
  const survey = await getSurvey(db, surveyId);
  const row = survey ? await personalInvitationOf(db, surveyId, userId) : undefined;
  if (!survey || !row) return undefined;
  const sign = await linkSigner(db);
  return {
    survey: { status: survey.status, closesAt: survey.closesAt, definition: survey.definition },
    token: sign(row.invitation),
    link: `/s/${sign(row.invitation)}`,
    response: row.response,
  };
}

/** How many a survey invited and the answers submitted so far: the figures another module shows of its survey. */
export async function surveyTally(db: Db, surveyId: string) {
  const { invited, answers } = await submittedAnswersOf(db, surveyId);
  return { invited, answered: answers.length, answers };
}
