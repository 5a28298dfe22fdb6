import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { organizations } from './directory.ts';

// Contact persons of an organisation: personal data, shown to signed-in users only. A contact is stored only
// with the consent it was given (when, for what), and the account that recorded that consent, so the
// organisation can answer "why do you hold my number?" for each person.
export const organizationContacts = pgTable(
  'organization_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    consentPurpose: text('consent_purpose').notNull(),
    // Set by the server to whoever saved the consent; kept (set null) if that account is deleted later.
    consentRecordedBy: uuid('consent_recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organization_contacts_organization_idx').on(t.organizationId)],
);
