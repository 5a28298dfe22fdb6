CREATE TABLE "explainers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question" jsonb NOT NULL,
	"answer" jsonb NOT NULL,
	"consultation_id" uuid,
	"published" boolean DEFAULT true NOT NULL,
	"search_terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asker_name" text,
	"email" text,
	"language" text NOT NULL,
	"question" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"merged_into" uuid,
	"answer" jsonb,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"search_terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"moderated_by" uuid,
	"illustrative" boolean DEFAULT false NOT NULL,
	CONSTRAINT "public_questions_language" CHECK ("public_questions"."language" in ('ja', 'en')),
	CONSTRAINT "public_questions_status" CHECK ("public_questions"."status" in ('pending', 'published', 'merged', 'rejected')),
	CONSTRAINT "public_questions_merged" CHECK (("public_questions"."status" = 'merged') = ("public_questions"."merged_into" is not null)),
	CONSTRAINT "public_questions_rejected" CHECK (("public_questions"."status" = 'rejected') = ("public_questions"."reject_reason" is not null)),
	CONSTRAINT "public_questions_answer" CHECK ("public_questions"."answered_by" is null or "public_questions"."answer" is not null)
);
--> statement-breakpoint
CREATE TABLE "question_follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_questions" ADD CONSTRAINT "public_questions_merged_into_public_questions_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."public_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_questions" ADD CONSTRAINT "public_questions_answered_by_organizations_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_questions" ADD CONSTRAINT "public_questions_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_follows" ADD CONSTRAINT "question_follows_question_id_public_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."public_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "explainers_slug_idx" ON "explainers" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "explainers_updated_idx" ON "explainers" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "faq_entries_terms_idx" ON "faq_entries" USING gin ("search_terms");--> statement-breakpoint
CREATE INDEX "public_questions_status_idx" ON "public_questions" USING btree ("status","asked_at");--> statement-breakpoint
CREATE INDEX "public_questions_terms_idx" ON "public_questions" USING gin ("search_terms");--> statement-breakpoint
CREATE UNIQUE INDEX "question_follows_email_idx" ON "question_follows" USING btree ("question_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "question_follows_token_idx" ON "question_follows" USING btree ("token");