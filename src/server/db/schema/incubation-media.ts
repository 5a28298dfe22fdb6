import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import type { LocalizedText } from './directory.ts';
import { facilityUnits } from './incubation.ts';

/** Raw bytes: PostgreSQL's bytea, read and written as a Node Buffer (PGlite hands back a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A unit's photos and its floor plan, kept in the database itself: the product runs on embedded PGlite with
 * no file server. The type is the one read from the file's first bytes, not the one the client claimed. A
 * unit has at most one floor plan (a partial unique index; replacing deletes the old one in the same
 * transaction); the number of photos is capped by the service under the unit's row lock.
 */
export const unitFiles = pgTable(
  'unit_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => facilityUnits.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    caption: jsonb('caption').$type<LocalizedText>().notNull().default({}),
    sortOrder: integer('sort_order').notNull().default(0),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('unit_files_unit_idx').on(t.unitId, t.kind, t.sortOrder),
    uniqueIndex('unit_files_one_floor_plan_idx').on(t.unitId).where(sql`${t.kind} = 'floor-plan'`),
    check('unit_files_kind', sql`${t.kind} in ('photo', 'floor-plan')`),
    check(
      'unit_files_content_type',
      sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
    ),
    check('unit_files_size', sql`${t.byteSize} > 0 and ${t.byteSize} = octet_length(${t.content})`),
  ],
);
