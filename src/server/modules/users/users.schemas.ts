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

/** An account as the admin's list shows it: the session user, and whether it is disabled. */
export const accountSchema = sessionUserSchema
  .extend({ disabled: z.boolean(), createdAt: z.string() })
  .openapi('Account');

export const accountChangeSchema = z
  .object({
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
