import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { groupDocumentTypes } from '../../../core/partnerships/index.ts';
import { bilingual, localizedTextSchema } from '../../lib/http.ts';
import { keyFormat } from '../../lib/messages.ts';

const key = z.string().regex(keyPattern, keyFormat);
const day = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD' });

const membership = {
  members: z.array(key).min(1).max(200).openapi({ description: 'Member organisation keys' }),
  lead: key.openapi({ description: "The lead organisation's key (one of the members)" }),
};

export const groupInputSchema = z
  .object({ key, name: bilingual, description: localizedTextSchema.default({}), ...membership })
  .strict()
  .openapi('AllianceGroupInput');
export const groupMembersSchema = z.object(membership).strict().openapi('AllianceGroupMembers');

export const meetingInputSchema = z
  .object({
    heldOn: day,
    title: bilingual,
    minutes: localizedTextSchema.default({}),
    actionItems: z
      .array(
        z
          .object({
            text: bilingual,
            owner: key.nullable().default(null),
            dueOn: day.nullable().default(null),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict()
  .openapi('AllianceMeetingInput');

export const documentInputSchema = z
  .object({
    title: bilingual,
    url: z.url({ protocol: /^https?$/ }).max(2000),
    visibility: z.enum(['group', 'members']).default('group'),
  })
  .strict()
  .openapi('AllianceDocumentInput');

/** An uploaded document's name, title and audience travel in the query: the body is the file itself. */
export const documentUploadQuery = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: 'minutes-2026-11.pdf' }),
    titleJa: z.string().trim().min(1).max(300).optional(),
    titleEn: z.string().trim().min(1).max(300).optional(),
    visibility: z.enum(['group', 'members']).default('group'),
  })
  .strict();

export type GroupInput = z.infer<typeof groupInputSchema>;
export type MeetingInput = z.infer<typeof meetingInputSchema>;
export type DocumentInput = z.infer<typeof documentInputSchema>;

const org = z.object({ id: z.string(), key: z.string(), name: localizedTextSchema, lead: z.boolean() });

const groupSummary = z.object({
  id: z.string(),
  key: z.string(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  illustrative: z.boolean(),
  members: z.array(org),
  isMember: z.boolean().openapi({ description: "The viewer's organisation belongs to the group" }),
});

export const groupListSchema = z
  .object({ items: z.array(groupSummary.openapi('AllianceGroupSummary')), total: z.number().int() })
  .openapi('AllianceGroupList');

export const groupSchema = groupSummary
  .extend({
    mayRecordMeetings: z.boolean(),
    meetings: z
      .array(
        z.object({
          id: z.string(),
          version: z.number().int().openapi({ description: 'Send it back in If-Match to edit or delete' }),
          heldOn: z.string(),
          title: localizedTextSchema,
          minutes: localizedTextSchema,
          actionItems: z.array(
            z.object({
              id: z.string(),
              text: localizedTextSchema,
              owner: z.object({ key: z.string(), name: localizedTextSchema }).nullable(),
              dueOn: z.string().nullable(),
              status: z.enum(['open', 'done']),
            }),
          ),
        }),
      )
      .openapi({ description: "Meeting records: the group's members and coordinators only" }),
    documents: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['link', 'file']),
        title: localizedTextSchema,
        url: z.string().openapi({ description: "A link's address, or where an uploaded file is served" }),
        visibility: z.enum(['group', 'members']),
        fileName: z.string().nullable(),
        contentType: z.enum(groupDocumentTypes).nullable(),
        byteSize: z.number().int().nullable(),
        createdAt: z.string(),
        mayDelete: z
          .boolean()
          .openapi({ description: 'The viewer shared it, or is of the lead organisation, or a coordinator' }),
      }),
    ),
  })
  .openapi('AllianceGroup');
