import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations, type Source } from './directory.ts';

// Links between organisations for the industry-map network (bundle `relations`). One row per
// (from, to, type), which is also what a re-import matches on. Memberships listed on an organisation
// are links too; they are not copied here but joined in when the network is drawn.
export const relations = pgTable(
  'relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromId: uuid('from_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    // ISO date or a prefix of one (2024, 2024-03): a partnership is often known only to the year.
    since: text('since'),
    source: jsonb('source').$type<Source>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('relations_from_to_type_key').on(t.fromId, t.toId, t.type),
    index('relations_to_idx').on(t.toId),
    index('relations_type_idx').on(t.type),
  ],
);

// One row per data set whose derived views are cached in memory (`directory`: organisations and
// relations). Statement triggers (migration 0001) set a fresh token on every write, in the writer's
// transaction, so a server process knows its cached aggregates are stale — whichever process wrote.
export const dataVersions = pgTable('data_versions', {
  name: text('name').primaryKey(),
  token: text('token').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
