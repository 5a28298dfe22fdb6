import { randomBytes } from 'node:crypto';
import { identityLeaks } from '../../../core/desk/index.ts';
import { indexTerms, parseQuery } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/directory.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { unknownValue } from '../../lib/messages.ts';
import { mailAddresses, sendMail } from '../../lib/notify.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { admitPublicSubmission } from '../../lib/public-form.ts';
import type { RateLimiter } from '../../lib/rate-limit.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import { atomFeed } from './public.export.ts';
import {
  consultationIdentity,
  deleteFollowByToken,
  type ExplainerRow,
  explainerBySlug,
  type FaqRow,
  feedRows,
  followersOf,
  insertExplainer,
  insertFaq,
  insertFollow,
  insertQuestion,
  listExplainerRows,
  listFaqRows,
  listModerationRows,
  listPublishedQuestionRows,
  lockExplainer,
  lockFaq,
  lockQuestion,
  moveFollows,
  organizationByKey,
  type QuestionRow,
  questionWithOrg,
  updateExplainerRow,
  updateFaqRow,
  updateQuestionRow,
} from './public.queries.ts';
import type {
  AnswerInput,
  AskQuestionInput,
  ExplainerInput,
  FaqInput,
  FaqPatch,
  FaqQuery,
  FollowInput,
  ModerationQuery,
  PublicQuestionQuery,
  PublishInput,
} from './public.schemas.ts';

// The cluster's public face: explainer pages, residents' questions with moderation and answers on the record,
// the FAQ and the feed. Anything a resident gives privately (the e-mail of a question or a follow) leaves this
// file only in the coordinator's moderation view: the public shapes below are built field by field.

export type PublicCtx = { db: Db; now: () => Date; config: Config; reference: ReferenceData };

const explainerNotFound = () =>
  new AppError('not_found', say({ ja: '解説ページが見つかりません', en: 'Explainer page not found' }));
const questionNotFound = () =>
  new AppError('not_found', say({ ja: '質問が見つかりません', en: 'Question not found' }));
const wrongState = (status: string, needs: string) =>
  new AppError(
    'conflict',
    say({
      ja: `この質問は「${status}」のため、この操作はできません（${needs}のときだけ）`,
      en: `The question is ${status}; this needs it ${needs}`,
    }),
    [{ path: 'status', message: status }],
  );

const isAdmin = (user: AuthUser | null) => user?.role === 'admin';
const mapText = (t: LocalizedText, f: (s: string) => string): LocalizedText => ({
  ...(t.ja !== undefined ? { ja: f(t.ja) } : {}),
  ...(t.en !== undefined ? { en: f(t.en) } : {}),
});

// ——— Explainers ———

const explainerSummary = (row: ExplainerRow) => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  published: row.published,
  illustrative: row.illustrative,
  updatedAt: row.updatedAt.toISOString(),
});

const explainerOut = (row: ExplainerRow) => ({
  ...explainerSummary(row),
  version: row.version,
  body: row.body,
  html: mapText(row.body, renderMarkdown),
  sources: row.sources,
});

/** Residents see the published pages; a coordinator sees drafts too. */
export async function listExplainers(ctx: PublicCtx, user: AuthUser | null) {
  const rows = await listExplainerRows(ctx.db, !isAdmin(user));
  return { items: rows.map(explainerSummary), total: rows.length };
}

export async function getExplainer(ctx: PublicCtx, user: AuthUser | null, slug: string) {
  const row = await explainerBySlug(ctx.db, slug);
  if (!row || (!row.published && !isAdmin(user))) throw explainerNotFound();
  return explainerOut(row);
}

export async function createExplainer(ctx: PublicCtx, actor: AuthUser, input: ExplainerInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await insertExplainer(tx, { ...input, updatedAt: ctx.now() });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'explainer',
      entityId: row.id,
      entityKey: row.slug,
    });
    return explainerOut(row);
  });
}

/** Replaces a page; a stale If-Match (someone saved in between) is a 412 rather than a silent overwrite. */
export async function updateExplainer(
  ctx: PublicCtx,
  actor: AuthUser,
  id: string,
  input: ExplainerInput,
  ifMatch: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const before = await lockExplainer(tx, id);
    if (!before) throw explainerNotFound();
    checkIfMatch(ifMatch, before.version);
    // A coordinator's edit is no longer the demo's invented wording.
    const row = await updateExplainerRow(tx, id, { ...input, illustrative: false, updatedAt: ctx.now() });
    if (!row) throw explainerNotFound();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'explainer',
      entityId: id,
      entityKey: row.slug,
      changes: { version: { from: before.version, to: row.version }, published: row.published },
    });
    return explainerOut(row);
  });
}

// ——— Residents' questions ———

type QuestionView = { q: QuestionRow; org: { key: string; name: LocalizedText } | null };

/** The public shape: no e-mail, no moderation detail. */
export const publicQuestionOut = ({ q, org }: QuestionView) => ({
  id: q.id,
  question: q.question,
  language: q.language as 'ja' | 'en',
  askerName: q.askerName,
  askedAt: q.askedAt.toISOString(),
  publishedAt: q.publishedAt?.toISOString() ?? null,
  answer:
    q.answer && org && q.answeredAt
      ? {
          text: q.answer,
          organization: { key: org.key, name: org.name },
          answeredAt: q.answeredAt.toISOString(),
        }
      : null,
  illustrative: q.illustrative,
});

const moderatedOut = (v: QuestionView & { followers: number }) => ({
  ...publicQuestionOut(v),
  status: v.q.status as 'pending' | 'published' | 'merged' | 'rejected',
  email: v.q.email,
  rejectReason: v.q.rejectReason,
  mergedInto: v.q.mergedInto,
  followers: v.followers,
});

const followToken = () => randomBytes(24).toString('base64url');
const termsOf = (question: string, answer?: LocalizedText | null) =>
  indexTerms([question, answer?.ja, answer?.en]);

/** Anyone may ask; the question waits for a coordinator. The asker's e-mail, if given, follows it. */
export async function askQuestion(
  ctx: PublicCtx,
  limiter: RateLimiter,
  client: string,
  input: AskQuestionInput,
) {
  if (!admitPublicSubmission(limiter, client, input.website)) return { received: true as const };
  await ctx.db.transaction(async (tx) => {
    const row = await insertQuestion(tx, {
      askerName: input.name?.trim() || null,
      email: input.email ?? null,
      language: input.language,
      question: input.question,
      askedAt: ctx.now(),
      searchTerms: termsOf(input.question),
    });
    if (input.email) await insertFollow(tx, { questionId: row.id, email: input.email, token: followToken() });
  });
  return { received: true as const };
}

/** Following a published question by e-mail; the answer says only that it was received, like the ask form. */
export async function followQuestion(
  ctx: PublicCtx,
  limiter: RateLimiter,
  client: string,
  id: string,
  input: FollowInput,
) {
  if (!admitPublicSubmission(limiter, client, input.website)) return { received: true as const };
  const view = await questionWithOrg(ctx.db, id);
  if (view?.q.status !== 'published') throw questionNotFound();
  await insertFollow(ctx.db, { questionId: id, email: input.email, token: followToken() });
  return { received: true as const };
}

export async function unfollow(ctx: PublicCtx, token: string) {
  if ((await deleteFollowByToken(ctx.db, token)) === 0)
    throw new AppError('not_found', say({ ja: 'フォローが見つかりません', en: 'Follow not found' }));
}

export async function listPublicQuestions(ctx: PublicCtx, query: PublicQuestionQuery) {
  const { items, total } = await listPublishedQuestionRows(ctx.db, {
    groups: parseQuery(query.q ?? '', ctx.reference.glossary),
    answered: query.answered === undefined ? undefined : query.answered === 'true',
    limit: query.limit,
    offset: query.offset,
  });
  return { items: items.map(publicQuestionOut), total };
}

export async function getPublicQuestion(ctx: PublicCtx, id: string) {
  const view = await questionWithOrg(ctx.db, id);
  if (view?.q.status !== 'published') throw questionNotFound();
  return publicQuestionOut(view);
}

export async function listModeration(ctx: PublicCtx, query: ModerationQuery) {
  const { items, total } = await listModerationRows(ctx.db, query);
  return { items: items.map(moderatedOut), total };
}

async function moderatedQuestion(db: Db, id: string) {
  const view = await questionWithOrg(db, id);
  if (!view) throw questionNotFound();
  return moderatedOut(view);
}

async function answeringOrganization(db: Db, key: string) {
  const org = await organizationByKey(db, key);
  if (!org)
    throw invalidFields([{ path: 'body.answer.organization', message: unknownValue('organisation', key) }]);
  return org;
}

/**
 * One moderation step under the question's row lock: the state it needs is checked on the locked row, so two
 * coordinators acting at once give one outcome and one 409. Followers are told of an answer by mail.
 */
async function moderate(
  ctx: PublicCtx,
  actor: AuthUser,
  id: string,
  step: { action: string; needs: QuestionRow['status'][]; needsLabel: string },
  apply: (tx: Db, row: QuestionRow) => Promise<{ changes: Record<string, unknown>; answered?: boolean }>,
) {
  const mails = await ctx.db.transaction(async (tx) => {
    const row = await lockQuestion(tx, id);
    if (!row) throw questionNotFound();
    if (!step.needs.includes(row.status)) throw wrongState(row.status, step.needsLabel);
    const { changes, answered } = await apply(tx, row);
    await writeAudit(tx, actor, { action: step.action, entity: 'public-question', entityId: id, changes });
    return answered ? notifyFollowers(tx, ctx.config, id, row.question) : [];
  });
  await sendMail(ctx.db, ctx.config, mails);
  return moderatedQuestion(ctx.db, id);
}

async function notifyFollowers(tx: Db, config: Config, id: string, question: string) {
  const followers = await followersOf(tx, id);
  const excerpt = question.length > 80 ? `${question.slice(0, 80)}…` : question;
  return mailAddresses(
    tx,
    config,
    followers.map((f) => ({
      email: f.email,
      footer: `配信停止 / Unfollow: ${config.publicUrl}/questions?unfollow=${f.token}`,
    })),
    {
      kind: 'public-question-answered',
      title: { ja: 'ご質問に回答がありました', en: 'A question you follow has been answered' },
      body: { ja: `「${excerpt}」`, en: `“${excerpt}”` },
      link: `/questions#q-${id}`,
    },
  );
}

function answerValues(ctx: PublicCtx, row: QuestionRow, org: { id: string }, answer: AnswerInput) {
  return {
    answer: answer.text,
    answeredBy: org.id,
    answeredAt: ctx.now(),
    searchTerms: termsOf(row.question, answer.text),
  };
}

export async function publishQuestion(ctx: PublicCtx, actor: AuthUser, id: string, input: PublishInput) {
  const org = input.answer ? await answeringOrganization(ctx.db, input.answer.organization) : undefined;
  return moderate(
    ctx,
    actor,
    id,
    { action: 'publish', needs: ['pending'], needsLabel: 'pending' },
    async (tx, row) => {
      await updateQuestionRow(tx, id, {
        status: 'published',
        publishedAt: ctx.now(),
        moderatedBy: actor.id,
        ...(org && input.answer ? answerValues(ctx, row, org, input.answer) : {}),
      });
      return {
        changes: { status: { from: 'pending', to: 'published' }, answeredBy: org?.key },
        answered: !!org,
      };
    },
  );
}

/** Answers (or re-answers) a published question on the record, naming the answering organisation. */
export async function answerQuestion(ctx: PublicCtx, actor: AuthUser, id: string, answer: AnswerInput) {
  const org = await answeringOrganization(ctx.db, answer.organization);
  return moderate(
    ctx,
    actor,
    id,
    { action: 'answer', needs: ['published'], needsLabel: 'published' },
    async (tx, row) => {
      await updateQuestionRow(tx, id, { ...answerValues(ctx, row, org, answer), moderatedBy: actor.id });
      return { changes: { answeredBy: org.key, before: row.answer }, answered: true };
    },
  );
}

/** Merges a pending question into a published one; its followers move to the one it joins. */
export async function mergeQuestion(ctx: PublicCtx, actor: AuthUser, id: string, into: string) {
  if (into === id)
    throw invalidFields([
      { path: 'body.into', message: say({ ja: '別の質問を選んでください', en: 'must be another question' }) },
    ]);
  return moderate(
    ctx,
    actor,
    id,
    { action: 'merge', needs: ['pending'], needsLabel: 'pending' },
    async (tx) => {
      const target = await lockQuestion(tx, into);
      if (target?.status !== 'published')
        throw invalidFields([
          {
            path: 'body.into',
            message: say({ ja: '公開済みの質問を選んでください', en: 'must be a published question' }),
          },
        ]);
      await updateQuestionRow(tx, id, { status: 'merged', mergedInto: into, moderatedBy: actor.id });
      await moveFollows(tx, id, into);
      return { changes: { status: { from: 'pending', to: 'merged' }, mergedInto: into } };
    },
  );
}

export async function rejectQuestion(ctx: PublicCtx, actor: AuthUser, id: string, reason: string) {
  return moderate(
    ctx,
    actor,
    id,
    { action: 'reject', needs: ['pending'], needsLabel: 'pending' },
    async (tx) => {
      await updateQuestionRow(tx, id, { status: 'rejected', rejectReason: reason, moderatedBy: actor.id });
      return { changes: { status: { from: 'pending', to: 'rejected' }, reason } };
    },
  );
}

// ——— FAQ ———

const faqOut = (row: FaqRow) => ({
  id: row.id,
  question: row.question,
  answer: row.answer,
  published: row.published,
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

const faqNotFound = () =>
  new AppError('not_found', say({ ja: 'FAQ の項目が見つかりません', en: 'FAQ entry not found' }));

export async function listFaq(ctx: PublicCtx, user: AuthUser | null, query: FaqQuery) {
  const { items, total } = await listFaqRows(ctx.db, {
    groups: parseQuery(query.q ?? '', ctx.reference.glossary),
    publishedOnly: !isAdmin(user),
    limit: query.limit,
    offset: query.offset,
  });
  return { items: items.map(faqOut), total };
}

/**
 * An entry made from a consultation must not name the company: its name, the organisation's, the contact's
 * name, e-mail or phone anywhere in the question or the answer is a 400 on that text.
 */
async function checkAnonymous(
  db: Db,
  consultationId: string | null,
  text: { question: LocalizedText; answer: LocalizedText },
) {
  if (!consultationId) return;
  const who = await consultationIdentity(db, consultationId);
  if (!who) return;
  const leaks = identityLeaks(
    {
      'body.question.ja': text.question.ja,
      'body.question.en': text.question.en,
      'body.answer.ja': text.answer.ja,
      'body.answer.en': text.answer.en,
    },
    {
      names: [
        who.companyName,
        who.contactName,
        who.email,
        who.organizationName?.ja,
        who.organizationName?.en,
      ],
      phones: [who.phone],
    },
  );
  if (leaks.length)
    throw invalidFields(
      leaks.map((path) => ({
        path,
        message: say({
          ja: '相談した会社・担当者が分かる内容は FAQ に載せられません',
          en: 'names the company or its contact; a FAQ entry must not',
        }),
      })),
    );
}

/**
 * A coordinator turns a consultation's answer into a FAQ entry. The entry keeps its own text, written without
 * the company's identity; the consultation link is for the desk's records and no public shape carries it.
 */
export async function createFaq(ctx: PublicCtx, actor: AuthUser, input: FaqInput) {
  if (input.consultation && !(await consultationIdentity(ctx.db, input.consultation)))
    throw invalidFields([
      { path: 'body.consultation', message: unknownValue('consultation', input.consultation) },
    ]);
  await checkAnonymous(ctx.db, input.consultation ?? null, input);
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertFaq(tx, {
      question: input.question,
      answer: input.answer,
      consultationId: input.consultation ?? null,
      published: input.published,
      searchTerms: indexTerms([input.question.ja, input.question.en, input.answer.ja, input.answer.en]),
      createdAt: at,
      updatedAt: at,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'faq-entry',
      entityId: row.id,
      changes: { consultation: input.consultation ?? null },
    });
    return faqOut(row);
  });
}

/** Edits an entry's wording or takes it off (and back on) the public pages, over the version read. */
export async function updateFaq(
  ctx: PublicCtx,
  actor: AuthUser,
  id: string,
  patch: FaqPatch,
  ifMatch: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const before = await lockFaq(tx, id);
    if (!before) throw faqNotFound();
    checkIfMatch(ifMatch, before.version);
    const question = patch.question ?? before.question;
    const answer = patch.answer ?? before.answer;
    await checkAnonymous(tx, before.consultationId, { question, answer });
    const row = await updateFaqRow(tx, id, {
      question,
      answer,
      published: patch.published ?? before.published,
      searchTerms: indexTerms([question.ja, question.en, answer.ja, answer.en]),
      updatedAt: ctx.now(),
    });
    if (!row) throw faqNotFound();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'faq-entry',
      entityId: id,
      changes: {
        version: { from: before.version, to: row.version },
        fields: Object.keys(patch),
        published: row.published,
      },
    });
    return faqOut(row);
  });
}

// ——— The feed ———

const feedLength = 50;

export async function publicFeed(ctx: PublicCtx) {
  return atomFeed(await feedRows(ctx.db, feedLength), ctx.config.publicUrl, feedLength);
}
