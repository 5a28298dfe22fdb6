import { z } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { clientAddress, sessionCookie } from '../../lib/auth.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
  paginationQuery,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  accountChangeSchema,
  accountSchema,
  invitationAcceptedSchema,
  invitationAcceptSchema,
  invitationInputSchema,
  invitationSentSchema,
  ownSessionSchema,
  passwordChangeSchema,
  passwordResetSchema,
  resetLinkSentSchema,
  sessionUserSchema,
  userInputSchema,
} from './users.schemas.ts';
import {
  acceptInvitation,
  changeAccount,
  changeOwnPassword,
  createUser,
  inviteUser,
  listOwnSessions,
  listUsers,
  resendInvitation,
  resetPassword,
  revokeOwnSession,
  sendPasswordReset,
} from './users.service.ts';

const tags = ['Users'];

const list = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/users',
  operationId: 'listUsers',
  tags,
  summary: 'Accounts (admin)',
  request: { query: z.object(paginationQuery) },
  responses: { 200: jsonContent(listOf(accountSchema), 'Accounts'), ...errorResponses(400) },
});

const create = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/users',
  operationId: 'createUser',
  tags,
  summary: 'Create an account (admin)',
  request: jsonBody(userInputSchema),
  responses: { 201: jsonContent(sessionUserSchema, 'Created'), ...errorResponses(400, 409) },
});

const change = defineRoute({
  access: ['admin'],
  method: 'patch',
  path: '/users/{id}',
  operationId: 'changeUser',
  tags,
  summary: "Change an account's name, role or organisation, or disable / re-enable it (admin)",
  description: 'Disabling ends all of its sessions at once; a disabled account cannot sign in.',
  request: { params: idParam, ...jsonBody(accountChangeSchema) },
  responses: { 200: jsonContent(accountSchema, 'The account as changed'), ...errorResponses(400, 404, 409) },
});

const sendReset = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/users/{id}/password-reset',
  operationId: 'sendPasswordReset',
  tags,
  summary: 'Mail the account a one-time link to set a new password (admin)',
  request: { params: idParam },
  responses: { 202: jsonContent(resetLinkSentSchema, 'Sent (or put in the outbox)'), ...errorResponses(404) },
});

const invite = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/users/invitations',
  operationId: 'inviteUser',
  tags,
  summary:
    'Invite a person by e-mail: the account is made, and a one-time link lets them set a password (admin)',
  request: jsonBody(invitationInputSchema),
  responses: { 201: jsonContent(invitationSentSchema, 'Invited'), ...errorResponses(400, 409) },
});

const reinvite = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/users/{id}/invitation',
  operationId: 'resendInvitation',
  tags,
  summary: 'Send an invited account a fresh invitation; the earlier link stops working (admin)',
  request: { params: idParam },
  responses: {
    202: jsonContent(resetLinkSentSchema, 'Sent (or put in the outbox)'),
    ...errorResponses(404, 409),
  },
});

const accept = defineRoute({
  access: 'public',
  method: 'post',
  path: '/account/invitation',
  operationId: 'acceptInvitation',
  tags,
  summary: 'Accept an invitation: set your password with the token from the invitation link',
  description: 'The link works once and expires. Answers the e-mail to sign in with.',
  request: jsonBody(invitationAcceptSchema),
  responses: { 200: jsonContent(invitationAcceptedSchema, 'Password set'), ...errorResponses(400, 410) },
});

const reset = defineRoute({
  access: 'public',
  method: 'post',
  path: '/account/password-reset',
  operationId: 'resetPassword',
  tags,
  summary: 'Set a new password with the token from a reset link',
  description: 'Ends every session of the account. The link works once and expires.',
  request: jsonBody(passwordResetSchema),
  responses: { 204: { description: 'Password set' }, ...errorResponses(400, 410) },
});

const changePassword = defineRoute({
  access: 'signed-in',
  method: 'put',
  path: '/account/password',
  operationId: 'changeOwnPassword',
  tags,
  summary: 'Change your own password',
  description: "Needs the current password; ends the account's other sessions.",
  request: jsonBody(passwordChangeSchema),
  responses: {
    200: jsonContent(z.object({ sessionsEnded: z.number().int() }), 'Changed'),
    ...errorResponses(400, 429),
  },
});

const sessionsList = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/account/sessions',
  operationId: 'listOwnSessions',
  tags,
  summary: 'Your sessions, the current one marked',
  responses: { 200: jsonContent(listOf(ownSessionSchema), 'Sessions') },
});

const revoke = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/account/sessions/{id}',
  operationId: 'revokeOwnSession',
  tags,
  summary: 'End one of your sessions',
  request: { params: idParam },
  responses: { 204: { description: 'Ended' }, ...errorResponses(404) },
});

export function usersRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) => {
      const { limit, offset } = c.req.valid('query');
      return c.json(await listUsers(deps.db, limit, offset), 200);
    })
    .openapi(create, async (c) => c.json(await createUser(deps.db, c.var.user, c.req.valid('json')), 201))
    .openapi(change, async (c) =>
      c.json(await changeAccount(deps.db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(sendReset, async (c) =>
      c.json(await sendPasswordReset(deps, c.var.user, c.req.valid('param').id), 202),
    )
    .openapi(invite, async (c) => c.json(await inviteUser(deps, c.var.user, c.req.valid('json')), 201))
    .openapi(reinvite, async (c) =>
      c.json(await resendInvitation(deps, c.var.user, c.req.valid('param').id), 202),
    )
    .openapi(accept, async (c) => c.json(await acceptInvitation(deps.db, c.req.valid('json')), 200))
    .openapi(reset, async (c) => {
      await resetPassword(deps.db, c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(changePassword, async (c) => {
      const token = getCookie(c, sessionCookie) ?? '';
      const client = clientAddress(c, deps.config);
      return c.json(await changeOwnPassword(deps, c.var.user, token, c.req.valid('json'), client), 200);
    })
    .openapi(sessionsList, async (c) =>
      c.json(await listOwnSessions(deps.db, c.var.user, getCookie(c, sessionCookie) ?? ''), 200),
    )
    .openapi(revoke, async (c) => {
      await revokeOwnSession(deps.db, c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
