import { z } from '@hono/zod-openapi';
import { roles } from '../../lib/http.ts';
import { sayError } from '../../lib/messages.ts';

export const sessionUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    organizationId: z.uuid().nullable(),
  })
  .openapi('User');

export const userInputSchema = z
  .object({
    email: z.email().max(200),
    name: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    organizationId: z.uuid().nullable().optional(),
    password: z
      .string()
      .min(12, sayError({ ja: '12文字以上にしてください', en: 'at least 12 characters' }))
      .max(200),
  })
  .strict()
  .refine((u) => u.role !== 'member' || u.organizationId, {
    ...sayError({
      ja: '会員のアカウントには組織が必要です',
      en: 'a member account belongs to an organisation',
    }),
    path: ['organizationId'],
  })
  .openapi('UserInput');

export type UserInput = z.infer<typeof userInputSchema>;

const newPassword = z
  .string()
  .min(12, sayError({ ja: '12文字以上にしてください', en: 'at least 12 characters' }))
  .max(200);

const localizedName = z.object({ ja: z.string().optional(), en: z.string().optional() });

/** An account as the admin's list shows it: the session user, its organisation named, and its state. */
export const accountSchema = sessionUserSchema
  .extend({
    organization: z.object({ id: z.uuid(), key: z.string(), name: localizedName }).nullable(),
    disabled: z.boolean(),
    invited: z.boolean().openapi({ description: 'Invited and has not set a password yet' }),
    createdAt: z.string(),
  })
  .openapi('Account');

const memberNeedsOrganization = {
  ...sayError({
    ja: '会員のアカウントには組織が必要です',
    en: 'a member account belongs to an organisation',
  }),
  path: ['organizationId'],
};

/** An admin invites a person by e-mail; the invitee chooses the password (and may correct the name). */
export const invitationInputSchema = z
  .object({
    email: z.email().max(200),
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(roles),
    organizationId: z.uuid().nullable().optional(),
  })
  .strict()
  .refine((u) => u.role !== 'member' || u.organizationId, memberNeedsOrganization)
  .openapi('InvitationInput');

export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationSentSchema = z
  .object({ account: accountSchema, expiresAt: z.string() })
  .openapi('InvitationSent');

export const invitationAcceptSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z
      .string()
      .min(12, sayError({ ja: '12文字以上にしてください', en: 'at least 12 characters' }))
      .max(200),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .openapi('InvitationAccept');

export const invitationAcceptedSchema = z.object({ email: z.string() }).openapi('InvitationAccepted');

export const accountChangeSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(roles).optional(),
    organizationId: z.uuid().nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, {
    ...sayError({ ja: '変更する項目がありません', en: 'nothing to change' }),
  })
  .openapi('AccountChange');

export type AccountChange = z.infer<typeof accountChangeSchema>;

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword })
  .strict()
  .openapi('PasswordChange');

export const passwordResetSchema = z
  .object({ token: z.string().min(20).max(200), password: newPassword })
  .strict()
  .openapi('PasswordReset');

export const resetLinkSentSchema = z.object({ expiresAt: z.string() }).openapi('ResetLinkSent');

export const ownSessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    expiresAt: z.string(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi('OwnSession');
