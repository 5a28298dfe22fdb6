import { createHmac, timingSafeEqual } from 'node:crypto';
import { checkAnswers } from '../../../core/surveys/index.ts';
import type { Answers } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import { AppError, invalidFields, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { appSecret } from '../../lib/secrets.ts';
import {
  type InvitationRow,
  invitationWithSurvey,
  openInvitationsOf,
  responseOf,
  type SurveyRow,
  upsertResponse,
} from './surveys.queries.ts';

// The respondent's side of a survey: personal links (signed, no account needed), a member's list of
// surveys to answer, and drafts and submissions through a link. The coordinator's side is surveys.service.ts.

export async function linkFor(
  db: Db,
  invitation: Pick<InvitationRow, 'id' | 'linkVersion'>,
): Promise<string> {
  return (await linkSigner(db))(invitation);
}

/** Signs any number of links with one read of the key: inside a transaction, where `db` must not be used. */
export async function linkSigner(db: Db) {
  const secret = await appSecret(db, 'survey-links');
  return (invitation: Pick<InvitationRow, 'id' | 'linkVersion'>) => {
    const signature = createHmac('sha256', secret)
      .update(`${invitation.id}:${invitation.linkVersion}`)
      .digest('base64url');
    return `${invitation.id}.${signature.slice(0, 32)}`;
  };
}

export async function linksOf(db: Db, rows: InvitationRow[], baseUrl: string) {
  return Promise.all(
    rows.map(async (r) => ({
      invitationId: r.id,
      invitee: r.invitee,
      kind: r.kind,
      link: `${baseUrl}/s/${await linkFor(db, r)}`,
    })),
  );
}

/** The surveys a member's organisation is asked to answer, with its own link: no need to dig out the mail. */
export async function mySurveys(db: Db, user: AuthUser, baseUrl: string) {
  const rows = await openInvitationsOf(db, user.organizationId, user.id);
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

// ——— Answering through a personal link ———

/**
 * The link is the credential: no account is needed. It names its invitation and carries a signature over
 * it; a signed-in member of another organisation is refused even with a valid link, and so is anyone signed in
 * but the invited person when the invitation is one account's.
 */
async function resolveLink(db: Db, token: string, user: AuthUser | null) {
  const [id, signature] = token.split('.');
  const row = /^[0-9a-f-]{36}$/.test(id ?? '') ? await invitationWithSurvey(db, id as string) : undefined;
  const expected = row ? await linkFor(db, row.invitation) : '';
  if (!row || !signature || !safeEqual(`${id}.${signature}`, expected)) throw notFound('Survey link');
  if (user && user.role !== 'admin' && row.invitation.userId && user.id !== row.invitation.userId)
    throw new AppError(
      'forbidden',
      say({ ja: 'このリンクは別の方あてです', en: 'This link belongs to someone else' }),
    );
  if (
    user &&
    user.role !== 'admin' &&
    !row.invitation.userId &&
    user.organizationId !== row.invitation.organizationId
  )
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
  const response = await responseOf(db, invitation.id);
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
  if (issues.length)
    throw invalidFields(issues.map((i) => ({ path: `body.${i.path}`, message: say(i.message) })));
  // One upsert, not a read then an insert: two first submissions, or a draft and a submission, at once
  // would otherwise collide on the one response an invitation has (the draft could even win, losing the
  // submission).
  const now = new Date();
  const row = await upsertResponse(
    db,
    { surveyId: survey.id, invitationId: invitation.id, answers, version: survey.version, now },
    submit,
  );
  if (!row)
    throw new AppError(
      'conflict',
      say({
        ja: 'この回答は提出済みです。変更するにはもう一度提出してください',
        en: 'These answers were submitted; submit again to change them',
      }),
    );
  return {
    answers: row.answers,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: now.toISOString(),
  };
}
