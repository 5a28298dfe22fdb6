import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../lib/http.ts';

const orgRef = z.object({ id: z.string(), key: z.string(), name: localizedTextSchema });

/** Headline figures: what a visitor reads about the cluster, and the top of the coordinator's page. */
export const homeFiguresSchema = z
  .object({
    organizations: z.number().int(),
    inAomori: z.number().int(),
    technologiesCovered: z.number().int(),
    openNeeds: z.number().int(),
    openSeeds: z.number().int(),
    openIntroductions: z.number().int(),
    accounts: z.number().int().nullable().openapi({ description: 'Signed-in coordinators only' }),
  })
  .openapi('HomeFigures');

const introductionItem = z.object({
  id: z.string(),
  state: z.string(),
  from: orgRef,
  to: orgRef,
  createdAt: z.string(),
  stateChangedAt: z.string(),
  expiresAt: z.string(),
  recipientHasAccount: z.boolean(),
});

const postItem = z.object({
  kind: z.enum(['need', 'seed']),
  id: z.string(),
  title: localizedTextSchema,
  organization: orgRef.nullable(),
  expiresAt: z.string(),
});

const surveyItem = z.object({
  id: z.string(),
  title: localizedTextSchema,
  closesAt: z.string().nullable(),
  invited: z.number().int(),
  answered: z.number().int(),
  rate: z.number(),
  notAnswered: z.array(z.string()).openapi({ description: 'The first invitees that have not answered' }),
});

export const coordinatorHomeSchema = z
  .object({
    kind: z.literal('coordinator'),
    figures: homeFiguresSchema,
    unanswered: z.array(introductionItem),
    stalled: z.array(introductionItem),
    noAccount: z.array(introductionItem),
    surveys: z.array(surveyItem),
    expiring: z.array(postItem),
    newOrganizations: z.object({
      items: z.array(orgRef.extend({ createdAt: z.string(), published: z.boolean() })),
      total: z.number().int(),
    }),
  })
  .openapi('CoordinatorHome');

export const memberHomeSchema = z
  .object({
    kind: z.literal('member'),
    organization: orgRef.nullable(),
    lastVisitAt: z.string().nullable(),
    posts: z.array(
      postItem.extend({
        matches: z.number().int(),
        newMatches: z.number().int().openapi({ description: 'Matches added since the previous sign-in' }),
      }),
    ),
    awaitingAnswer: z.array(introductionItem),
    introductions: z.array(introductionItem.extend({ side: z.enum(['requester', 'recipient']) })),
    notices: z.object({
      unread: z.number().int(),
      items: z.array(
        z.object({
          id: z.string(),
          title: localizedTextSchema,
          link: z.string().nullable(),
          createdAt: z.string(),
        }),
      ),
    }),
    surveys: z.array(
      z.object({ id: z.string(), title: localizedTextSchema, closesAt: z.string().nullable() }),
    ),
  })
  .openapi('MemberHome');

export const visitorHomeSchema = z
  .object({ kind: z.literal('visitor'), figures: homeFiguresSchema })
  .openapi('VisitorHome');

export const homeSchema = z
  .discriminatedUnion('kind', [coordinatorHomeSchema, memberHomeSchema, visitorHomeSchema])
  .openapi('Home');

export type IntroductionItem = z.infer<typeof introductionItem>;
export type HomeFigures = z.infer<typeof homeFiguresSchema>;
