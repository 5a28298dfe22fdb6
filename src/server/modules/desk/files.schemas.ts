import { z } from '@hono/zod-openapi';
import { caseFileTypes } from '../../../core/desk/index.ts';

/** The upload's name travels in the query: the body is the file itself. */
export const caseFileUploadQuery = z
  .object({ name: z.string().trim().min(1).max(200).openapi({ example: 'estimate.pdf' }) })
  .strict();

export const caseFileSchema = z
  .object({
    id: z.uuid(),
    consultationId: z.uuid(),
    name: z.string(),
    contentType: z.enum(caseFileTypes),
    byteSize: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    createdAt: z.iso.datetime(),
    url: z.string().openapi({ description: 'Where the file itself is served' }),
  })
  .openapi('ConsultationFile');
export type CaseFileOut = z.infer<typeof caseFileSchema>;

export const caseFileListSchema = z
  .object({ items: z.array(caseFileSchema) })
  .openapi('ConsultationFileList');
