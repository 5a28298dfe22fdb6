import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { sameJson } from '../../../core/canonical-json.ts';
import { breakingChanges, checkAnswers, checkDefinition, remindersDue } from '../../../core/surveys/index.ts';
import type { Answers, SurveyDefinition, SurveyIssue } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import {
  organizations,
  type SurveyPopulation,
  surveyInvitations,
  surveyResponses,
  surveys,
  users,
} from '../../db/schema/index.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyOrganizations, sendMail } from '../../lib/notify.ts';
import { appSecret } from '../../lib/secrets.ts';
import type { SurveyInput } from './surveys.schemas.ts';

type SurveyRow = typeof surveys.$inferSelect;
type InvitationRow = typeof surveyInvitations.$inferSelect;
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
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  if (!row) throw notFound('Survey');
  return row;
}

// ——— Questionnaires ———

export async function listSurveys(db: Db) {
  const rows = await db.select().from(surveys).orderBy(desc(surveys.createdAt));
  const tallies = await db
    .select({
      surveyId: surveyInvitations.surveyId,
      invited: count(surveyInvitations.id),
      answered: count(surveyResponses.submittedAt),
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .groupBy(surveyInvitations.surveyId);
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
    const [row] = await tx
      .insert(surveys)
      .values({ ...values(input), synthetic, createdBy: actor.id })
      .onConflictDoNothing()
      .returning();
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
    const [before] = await tx.select().from(surveys).where(eq(surveys.id, id)).for('update');
    if (!before) throw notFound('Survey');
    if (before.status === 'closed')
      throw new AppError(
        'conflict',
        say({ ja: '締め切ったアンケートは変更できません', en: 'A closed survey cannot be changed' }),
      );
    const [answered] = await tx
      .select({ n: count() })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, id));
    const definitionChanged = !sameJson(before.definition, input.definition);
    if (definitionChanged && Number(answered?.n ?? 0) > 0) {
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
    const [row] = await tx
      .update(surveys)
      .set({ ...values(input), version: before.version + (definitionChanged ? 1 : 0), updatedAt: new Date() })
      .where(eq(surveys.id, id))
      .returning();
    await writeAudit(tx, actor, { action: 'update', entity: 'survey', entityId: id, entityKey: input.key });
    return surveyOut(row as SurveyRow);
  });
}

// ——— Distribution ———

async function linkFor(db: Db, invitation: Pick<InvitationRow, 'id' | 'linkVersion'>): Promise<string> {
  const secret = await appSecret(db, 'survey-links');
  const signature = createHmac('sha256', secret)
    .update(`${invitation.id}:${invitation.linkVersion}`)
    .digest('base64url');
  return `${invitation.id}.${signature.slice(0, 32)}`;
}

async function population(db: Db, p: SurveyPopulation) {
  const conditions = [
    p.kinds?.length ? inArray(organizations.kind, p.kinds) : undefined,
    p.memberships?.length
      ? sql`${organizations.memberships} && ARRAY[${sql.join(
          p.memberships.map((m) => sql`${m}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    p.organizations?.length ? inArray(organizations.key, p.organizations) : undefined,
  ];
  return db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(and(...conditions))
    .orderBy(asc(organizations.sortName));
}

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
  const orgs = await population(db, survey.population);
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
    await tx.update(surveys).set({ status: 'open', openedAt: new Date() }).where(eq(surveys.id, id));
    const rows = await tx
      .insert(surveyInvitations)
      .values(
        orgs.map((o) => ({
          surveyId: id,
          organizationId: o.id,
          invitee: o.name.ja ?? o.name.en ?? '',
          kind: o.kind,
          expiresAt,
        })),
      )
      .returning();
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

async function linksOf(db: Db, rows: InvitationRow[], baseUrl: string) {
  return Promise.all(
    rows.map(async (r) => ({
      invitationId: r.id,
      invitee: r.invitee,
      kind: r.kind,
      link: `${baseUrl}/s/${await linkFor(db, r)}`,
    })),
  );
}

/** Every invitation's link, for the coordinator to pass on by hand (organisations without an account). */
export async function surveyLinks(db: Db, id: string, baseUrl: string) {
  await surveyRow(db, id);
  const rows = await db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, id))
    .orderBy(asc(surveyInvitations.invitee));
  const items = await linksOf(db, rows, baseUrl);
  return { items, total: items.length };
}

/** The surveys a member's organisation is asked to answer, with its own link: no need to dig out the mail. */
export async function mySurveys(db: Db, user: AuthUser, baseUrl: string) {
  if (!user.organizationId) return { items: [], total: 0 };
  const rows = await db
    .select({ invitation: surveyInvitations, survey: surveys, submittedAt: surveyResponses.submittedAt })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(and(eq(surveyInvitations.organizationId, user.organizationId), eq(surveys.status, 'open')))
    .orderBy(asc(surveys.closesAt));
  const items = await Promise.all(
    rows.map(async (r) => ({
      title: r.survey.title,
      closesAt: r.survey.closesAt?.toISOString() ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      link: `${baseUrl}/s/${await linkFor(db, r.invitation)}`,
    })),
  );
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
  const [row] = await db
    .update(surveyInvitations)
    .set({ linkVersion: sql`${surveyInvitations.linkVersion} + 1` })
    .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.surveyId, surveyId)))
    .returning();
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
  await db.update(surveys).set({ status: 'closed', closedAt: new Date() }).where(eq(surveys.id, id));
  await writeAudit(db, actor, { action: 'close', entity: 'survey', entityId: id });
  return surveyOut(await surveyRow(db, id));
}

/** Who was invited, who answered, by organisation kind, and answers over time: the coordinator's live view. */
export async function surveyProgress(db: Db, id: string) {
  const survey = await surveyRow(db, id);
  const rows = await db
    .select({
      id: surveyInvitations.id,
      invitee: surveyInvitations.invitee,
      kind: surveyInvitations.kind,
      reminders: surveyInvitations.reminders,
      lastRemindedAt: surveyInvitations.lastRemindedAt,
      submittedAt: surveyResponses.submittedAt,
      draft: isNotNull(surveyResponses.id).mapWith(Boolean),
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(eq(surveyInvitations.surveyId, id))
    .orderBy(asc(surveyInvitations.invitee));
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

/**
 * Reminds organisations that have not submitted: a notice in the app and a mail (SMTP, or the outbox) to
 * every member account of the organisation, with its personal link. Organisations without an account are
 * counted, for the coordinator to reach by hand with the link from the links list.
 */
export async function remind(
  db: Db,
  config: Config,
  id: string,
  baseUrl: string,
  only?: (i: InvitationRow) => boolean,
) {
  const survey = await surveyRow(db, id);
  if (survey.status !== 'open')
    throw new AppError(
      'conflict',
      say({
        ja: 'リマインダーを送れるのは回答受付中だけです',
        en: 'Reminders go out only while the survey is open',
      }),
    );
  const pending = await db
    .select({ invitation: surveyInvitations })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(and(eq(surveyInvitations.surveyId, id), isNull(surveyResponses.submittedAt)));
  const targets = pending.map((p) => p.invitation).filter((i) => only?.(i) ?? true);
  const links = new Map(await Promise.all(targets.map(async (t) => [t.id, await linkFor(db, t)] as const)));
  const orgIds = targets.flatMap((i) => (i.organizationId ? [i.organizationId] : []));
  const accounts = orgIds.length
    ? await db
        .select({ org: users.organizationId, n: count() })
        .from(users)
        .where(inArray(users.organizationId, orgIds))
        .groupBy(users.organizationId)
    : [];
  const accountsOf = new Map(accounts.map((a) => [a.org, Number(a.n)]));
  const reachable = targets.filter((i) => (accountsOf.get(i.organizationId) ?? 0) > 0);
  const outgoing = await db.transaction(async (tx) => {
    const mails = [];
    for (const invitation of reachable) {
      const notice = reminderNotice(survey, `${baseUrl}/s/${links.get(invitation.id)}`);
      mails.push(...(await notifyOrganizations(tx, config, [invitation.organizationId as string], notice)));
    }
    if (targets.length)
      await tx
        .update(surveyInvitations)
        .set({ reminders: sql`${surveyInvitations.reminders} + 1`, lastRemindedAt: new Date() })
        .where(
          inArray(
            surveyInvitations.id,
            targets.map((t) => t.id),
          ),
        );
    return mails;
  });
  await sendMail(db, config, outgoing);
  const mails = reachable.reduce((n, i) => n + (accountsOf.get(i.organizationId) ?? 0), 0);
  return { reminded: reachable.length, withoutContact: targets.length - reachable.length, mails };
}

function reminderNotice(survey: SurveyRow, link: string) {
  const closes = survey.closesAt ? survey.closesAt.toISOString().slice(0, 10) : '—';
  return {
    kind: 'survey-reminder',
    title: {
      ja: `【ご回答のお願い】${survey.title.ja ?? survey.title.en ?? ''}`,
      en: `Reminder: ${survey.title.en ?? survey.title.ja ?? ''}`,
    },
    body: {
      ja: `締切（${closes}）までにご回答をお願いいたします。`,
      en: `Please answer by ${closes}.`,
    },
    link,
  };
}

/** The reminder schedule: each open survey's non-respondents get the reminders its reminder days call for. */
export async function sendDueReminders(db: Db, config: Config, now = new Date()) {
  const open = await db.select().from(surveys).where(eq(surveys.status, 'open'));
  let sent = 0;
  for (const survey of open) {
    const due = remindersDue(survey.closesAt, survey.reminderDays, now);
    if (due === 0) continue;
    const result = await remind(db, config, survey.id, config.publicUrl, (i) => i.reminders < due);
    sent += result.mails;
  }
  return sent;
}

// ——— Answering through a personal link ———

/**
 * The link is the credential: no account is needed. It names its invitation and carries a signature over
 * it; a signed-in member of another organisation is refused even with a valid link.
 */
async function resolveLink(db: Db, token: string, user: AuthUser | null) {
  const [id, signature] = token.split('.');
  const [row] = /^[0-9a-f-]{36}$/.test(id ?? '')
    ? await db
        .select({ invitation: surveyInvitations, survey: surveys })
        .from(surveyInvitations)
        .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
        .where(eq(surveyInvitations.id, id as string))
    : [];
  const expected = row ? await linkFor(db, row.invitation) : '';
  if (!row || !signature || !safeEqual(`${id}.${signature}`, expected)) throw notFound('Survey link');
  if (user && user.role !== 'admin' && user.organizationId !== row.invitation.organizationId)
    throw new AppError(
      'forbidden',
      say({ ja: 'このリンクは別の組織あてです', en: 'This link belongs to another organisation' }),
    );
  return row;
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function assertWritable(survey: SurveyRow, invitation: InvitationRow, now = new Date()) {
  if (survey.status === 'closed' || (survey.closesAt && survey.closesAt <= now)) {
    const on = survey.closedAt?.toISOString().slice(0, 10);
    throw new AppError(
      'conflict',
      say({
        ja: `このアンケートは${on ? ` ${on} に` : ''}締め切られました。回答はもう受け付けていません`,
        en: `The survey closed${on ? ` on ${on}` : ''}; answers are no longer accepted`,
      }),
    );
  }
  if (survey.status !== 'open')
    throw new AppError(
      'conflict',
      say({ ja: 'このアンケートはまだ回答を受け付けていません', en: 'The survey is not open yet' }),
    );
  if (invitation.expiresAt && invitation.expiresAt <= now) {
    const on = invitation.expiresAt.toISOString().slice(0, 10);
    throw new AppError(
      'gone',
      say({ ja: `このリンクは ${on} に期限が切れました`, en: `This link expired on ${on}` }),
    );
  }
}

export async function linkView(db: Db, token: string, user: AuthUser | null) {
  const { survey, invitation } = await resolveLink(db, token, user);
  const [response] = await db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.invitationId, invitation.id));
  return {
    survey: {
      key: survey.key,
      title: survey.title,
      description: survey.description,
      definition: survey.definition,
      version: survey.version,
      status: survey.status,
      anonymity: survey.anonymity,
      closesAt: survey.closesAt?.toISOString() ?? null,
    },
    invitee: invitation.invitee,
    expiresAt: invitation.expiresAt?.toISOString() ?? null,
    response: response
      ? {
          answers: response.answers,
          submittedAt: response.submittedAt?.toISOString() ?? null,
          updatedAt: response.updatedAt.toISOString(),
        }
      : null,
  };
}

/** Saves what has been typed so far; required questions may still be empty. A submitted answer is changed by submitting again. */
export async function saveDraft(db: Db, token: string, user: AuthUser | null, given: Answers) {
  return store(db, token, user, given, false);
}

export async function submitAnswers(db: Db, token: string, user: AuthUser | null, given: Answers) {
  return store(db, token, user, given, true);
}

async function store(db: Db, token: string, user: AuthUser | null, given: Answers, submit: boolean) {
  const { survey, invitation } = await resolveLink(db, token, user);
  assertWritable(survey, invitation);
  const { answers, issues } = checkAnswers(survey.definition, given, submit);
  if (issues.length) throw invalidFields(at('body', issues));
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.invitationId, invitation.id))
      .for('update');
    if (!submit && existing?.submittedAt)
      throw new AppError(
        'conflict',
        say({
          ja: 'この回答は提出済みです。変更するにはもう一度提出してください',
          en: 'These answers were submitted; submit again to change them',
        }),
      );
    const now = new Date();
    const set = { answers, version: survey.version, updatedAt: now, ...(submit ? { submittedAt: now } : {}) };
    const [row] = existing
      ? await tx.update(surveyResponses).set(set).where(eq(surveyResponses.id, existing.id)).returning()
      : await tx
          .insert(surveyResponses)
          .values({ surveyId: survey.id, invitationId: invitation.id, ...set })
          .returning();
    return {
      answers: row?.answers ?? answers,
      submittedAt: row?.submittedAt?.toISOString() ?? null,
      updatedAt: now.toISOString(),
    };
  });
}
