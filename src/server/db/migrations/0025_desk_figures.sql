ALTER TABLE "consultations" ADD COLUMN "search_terms" text[];--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "consultations_terms_idx" ON "consultations" USING gin ("search_terms");--> statement-breakpoint
-- The desk's figures by period read received_at with what they count, without the wide rows (messages and
-- search terms): an index-only scan once the visibility map is set (autovacuum).
CREATE INDEX "consultations_figures_idx" ON "consultations" USING btree ("received_at") INCLUDE ("topic", "first_answered_at", "closed_at");--> statement-breakpoint
-- Overdue today: the open cases only, with their due dates.
CREATE INDEX "consultations_open_idx" ON "consultations" USING btree ("topic") INCLUDE ("first_answered_at", "first_answer_due", "close_due") WHERE "status" in ('new', 'triaged');
