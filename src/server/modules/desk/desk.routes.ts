import { clientAddress } from '../../lib/auth.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { createPublicFormLimiter, publicFormLimit } from '../../lib/public-form.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  closeSchema,
  consultationListQuery,
  consultationListSchema,
  consultationSchema,
  noteSchema,
  publicConsultationSchema,
  receivedSchema,
  referSchema,
  reopenSchema,
  returnSchema,
  staffConsultationSchema,
  topicListSchema,
  topicParam,
  topicPatchSchema,
  topicSchema,
  triageSchema,
} from './desk.schemas.ts';
import {
  addNote,
  closeConsultation,
  createConsultation,
  getConsultation,
  listConsultations,
  listTopics,
  referConsultation,
  reopenConsultation,
  respondToReferral,
  submitPublicConsultation,
  triageConsultation,
  updateTopic,
} from './desk.service.ts';

const tags = ['One-stop desk'];
const caseResponse = { 200: jsonContent(consultationSchema, 'The consultation as the caller sees it') };

/** Consultations one client may send through the public form per hour (shared with the public pages). */
export { publicFormLimit };

const listTopicsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/desk/topics',
  operationId: 'listDeskTopics',
  tags,
  summary: 'Consultation topics with their response targets in Japanese working days',
  responses: { 200: jsonContent(topicListSchema, 'Every topic') },
});

const updateTopicRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/desk/topics/{code}/targets',
  operationId: 'setDeskTopicTargets',
  tags,
  summary: "Set a topic's first-answer and close targets (working days)",
  request: { params: topicParam, ...jsonBody(topicPatchSchema) },
  responses: { 200: jsonContent(topicSchema, 'The topic'), ...errorResponses(400, 404) },
});

const publicFormRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/desk/public-consultations',
  operationId: 'submitPublicConsultation',
  tags,
  summary: 'Open a consultation without an account (rate-limited per client)',
  description: 'The answer says only that it was received: nothing of the stored case comes back.',
  request: jsonBody(publicConsultationSchema),
  responses: { 202: jsonContent(receivedSchema, 'Received'), ...errorResponses(400, 413, 429) },
});

const createRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/desk/consultations',
  operationId: 'createConsultation',
  tags,
  summary: 'Staff record one taken by phone or at a visit; a member opens one for its organisation',
  request: jsonBody(staffConsultationSchema),
  responses: { 201: jsonContent(consultationSchema, 'Opened'), ...errorResponses(400, 413) },
});

const listRoute = defineRoute({
  access: ['admin', 'member', 'agency'],
  method: 'get',
  path: '/desk/consultations',
  operationId: 'listConsultations',
  tags,
  summary: "Coordinators: the queue; members: their organisation's; partners: those referred to them",
  request: { query: consultationListQuery },
  responses: { 200: jsonContent(consultationListSchema, 'Consultations'), ...errorResponses(400) },
});

const getRoute = defineRoute({
  access: ['admin', 'member', 'agency'],
  method: 'get',
  path: '/desk/consultations/{id}',
  operationId: 'getConsultation',
  tags,
  summary: 'A consultation with its referrals and timeline (404 to whoever may not see it)',
  request: { params: idParam },
  responses: { ...caseResponse, ...errorResponses(400, 404) },
});

const caseStep = (
  path: string,
  operationId: string,
  summary: string,
  access: ['admin'] | ['admin', 'member', 'agency'] | ['agency'],
) => ({ access, method: 'post' as const, path, operationId, tags, summary });

const triageRoute = defineRoute({
  ...caseStep('/desk/consultations/{id}/triage', 'triageConsultation', 'Owner, priority and targets', [
    'admin',
  ]),
  request: { params: idParam, ...jsonBody(triageSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

const referRoute = defineRoute({
  ...caseStep('/desk/consultations/{id}/referrals', 'referConsultation', 'Refer to partner organisations', [
    'admin',
  ]),
  request: { params: idParam, ...jsonBody(referSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

const noteRoute = defineRoute({
  ...caseStep('/desk/consultations/{id}/notes', 'addConsultationNote', 'Add a note or an answer', [
    'admin',
    'member',
    'agency',
  ]),
  request: { params: idParam, ...jsonBody(noteSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 403, 404) },
});

const closeRoute = defineRoute({
  ...caseStep('/desk/consultations/{id}/close', 'closeConsultation', 'Close with a follow-up date', [
    'admin',
  ]),
  request: { params: idParam, ...jsonBody(closeSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

const reopenRoute = defineRoute({
  ...caseStep('/desk/consultations/{id}/reopen', 'reopenConsultation', 'Reopen; the history stays', [
    'admin',
  ]),
  request: { params: idParam, ...jsonBody(reopenSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

const acceptRoute = defineRoute({
  ...caseStep('/desk/referrals/{id}/accept', 'acceptReferral', 'The partner takes the case', ['agency']),
  request: { params: idParam },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

const returnRoute = defineRoute({
  ...caseStep('/desk/referrals/{id}/return', 'returnReferral', 'The partner hands it back, with a reason', [
    'agency',
  ]),
  request: { params: idParam, ...jsonBody(returnSchema) },
  responses: { ...caseResponse, ...errorResponses(400, 404, 409) },
});

export function deskRoutes(deps: AppDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const ctx = { db: deps.db, now, config: deps.config };
  // Per process, like the sign-in limiter: the form is the only anonymous write, so it is the one to bound.
  const formLimiter = createPublicFormLimiter(now);
  return createRouter()
    .openapi(listTopicsRoute, async (c) => c.json(await listTopics(ctx), 200))
    .openapi(updateTopicRoute, async (c) =>
      c.json(await updateTopic(ctx, c.var.user, c.req.valid('param').code, c.req.valid('json')), 200),
    )
    .openapi(publicFormRoute, async (c) => {
      const client = clientAddress(c, deps.config);
      return c.json(await submitPublicConsultation(ctx, formLimiter, client, c.req.valid('json')), 202);
    })
    .openapi(createRoute, async (c) =>
      c.json(await createConsultation(ctx, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(listRoute, async (c) =>
      c.json(await listConsultations(ctx, c.var.user, c.req.valid('query')), 200),
    )
    .openapi(getRoute, async (c) =>
      c.json(await getConsultation(ctx, c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(triageRoute, async (c) =>
      c.json(await triageConsultation(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(referRoute, async (c) =>
      c.json(await referConsultation(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(noteRoute, async (c) =>
      c.json(await addNote(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(closeRoute, async (c) =>
      c.json(await closeConsultation(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(reopenRoute, async (c) =>
      c.json(
        await reopenConsultation(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
    )
    .openapi(acceptRoute, async (c) =>
      c.json(await respondToReferral(ctx, c.var.user, c.req.valid('param').id, { state: 'accepted' }), 200),
    )
    .openapi(returnRoute, async (c) =>
      c.json(
        await respondToReferral(ctx, c.var.user, c.req.valid('param').id, {
          state: 'returned',
          reason: c.req.valid('json').reason,
        }),
        200,
      ),
    );
}
