import { z } from '@hono/zod-openapi';
import { unitFileKinds, unitFileTypes } from '../../../core/incubation/index.ts';
import { localizedTextSchema } from '../../lib/http.ts';

/** The upload's description travels in the query: the body is the file itself. */
export const unitFileUploadQuery = z.object({
  kind: z.enum(unitFileKinds).openapi({ example: 'photo' }),
  captionJa: z.string().trim().min(1).max(300).optional(),
  captionEn: z.string().trim().min(1).max(300).optional(),
});

export const unitFileSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    kind: z.enum(unitFileKinds),
    contentType: z.enum(unitFileTypes),
    byteSize: z.number().int(),
    sha256: z.string(),
    caption: localizedTextSchema,
    sortOrder: z.number().int(),
    createdAt: z.string(),
    /** Where the file itself is served. */
    url: z.string(),
  })
  .openapi('UnitFile');

export const unitFileListSchema = z.object({ items: z.array(unitFileSchema) });

export type UnitFileOut = z.infer<typeof unitFileSchema>;
export type UnitFileUpload = z.infer<typeof unitFileUploadQuery>;
