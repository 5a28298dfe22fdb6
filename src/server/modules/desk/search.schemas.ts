import { z } from '@hono/zod-openapi';
import { consultationStatuses, deskTopicCodes } from '../../../core/desk/index.ts';
import { listOf, paginationQuery } from '../../lib/http.ts';

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).openapi({
    description: 'Words in Japanese or English; the glossary finds the other language’s term too',
  }),
  topic: z.enum(deskTopicCodes).optional(),
  status: z.enum(consultationStatuses).optional(),
  ...paginationQuery,
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHitSchema = z
  .object({
    id: z.uuid(),
    topic: z.enum(deskTopicCodes),
    status: z.enum(consultationStatuses),
    language: z.enum(['ja', 'en']),
    companyName: z.string(),
    excerpt: z.string(),
    receivedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    answered: z.boolean(),
  })
  .openapi('ConsultationSearchHit');
export const searchResultSchema = listOf(searchHitSchema)
  .extend({
    capped: z
      .boolean()
      .openapi({ description: 'true: there are more hits than `total` (counting stops at 1,000)' }),
  })
  .openapi('ConsultationSearchResult');
