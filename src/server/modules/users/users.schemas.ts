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
