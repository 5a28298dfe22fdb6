import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/http.ts';
import { sessionUserSchema } from '../users/index.ts';

export const sessionSchema = z
  .object({ user: orNull(sessionUserSchema), csrfToken: z.string().nullable() })
  .openapi('Session');

export const loginInputSchema = z
  .object({ email: z.email().max(200), password: z.string().min(1).max(200) })
  .strict();

export type LoginInput = z.infer<typeof loginInputSchema>;
