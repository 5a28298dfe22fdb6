import { bigint, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    // Stamped like organizations.revision (migration 0004).
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('relations_from_to_type_key').on(t.fromId, t.toId, t.type),
    index('relations_to_idx').on(t.toId),
    index('relations_type_idx').on(t.type),
    index('relations_revision_idx').on(t.revision),
  ],
);

// One row per data set whose derived views are cached in memory (`directory`: organisations, relations
// and needs). Statement triggers (migration 0002) set a fresh token on every write, in the writer's
// transaction, so a server process knows its cached aggregates are stale — whichever process wrote.
// `revision` counts the transactions that wrote organisations or relations (migration 0004): the first
// row a transaction writes takes the next revision and holds this row locked until commit, so revisions
// commit in order and a reader that has seen revision r has seen every write up to r. `epoch` changes
// when the row is recreated (an emptied or restored database), which tells readers to start again.
export const dataVersions = pgTable('data_versions', {
  name: text('name').primaryKey(),
  token: text('token').notNull(),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  epoch: uuid('epoch').notNull().defaultRandom(),
  // Counts statements that deleted organisations or relations: deletions stamp no row, so a reader
  // compares ids only when this has moved.
  deletions: bigint('deletions', { mode: 'number' }).notNull().default(0),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
