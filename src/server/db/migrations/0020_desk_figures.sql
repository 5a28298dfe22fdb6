ALTER TABLE "consultations" ADD COLUMN "search_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "consultations_received_idx" ON "consultations" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "consultations_terms_idx" ON "consultations" USING gin ("search_terms");