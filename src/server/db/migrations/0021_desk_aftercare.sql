CREATE TABLE "consultation_aftercare" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"follow_up_on" date NOT NULL,
	"remind_user_id" uuid,
	"reminded_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"survey_id" uuid,
	"invitation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "consultation_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploader_name" text NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consultation_files_content_type" CHECK ("consultation_files"."content_type" in ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "consultation_files_size" CHECK ("consultation_files"."byte_size" > 0 and "consultation_files"."byte_size" = octet_length("consultation_files"."content"))
);
--> statement-breakpoint
CREATE TABLE "desk_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"organization_id" uuid,
	"company_name" text NOT NULL,
	"consultation_id" uuid,
	"survey_response_id" uuid,
	"note" text,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"raised_by" uuid,
	"raised_at" timestamp with time zone NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "desk_flags_kind" CHECK ("desk_flags"."kind" in ('expansion', 'withdrawal', 'staff-shortage')),
	CONSTRAINT "desk_flags_source" CHECK ("desk_flags"."source" in ('consultation', 'survey')),
	CONSTRAINT "desk_flags_status" CHECK ("desk_flags"."status" in ('open', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "desk_survey_scans" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_events" DROP CONSTRAINT "consultation_events_kind";--> statement-breakpoint
ALTER TABLE "consultation_aftercare" ADD CONSTRAINT "consultation_aftercare_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_aftercare" ADD CONSTRAINT "consultation_aftercare_remind_user_id_users_id_fk" FOREIGN KEY ("remind_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_aftercare" ADD CONSTRAINT "consultation_aftercare_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_aftercare" ADD CONSTRAINT "consultation_aftercare_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_files" ADD CONSTRAINT "consultation_files_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_files" ADD CONSTRAINT "consultation_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_files" ADD CONSTRAINT "consultation_files_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_flags" ADD CONSTRAINT "desk_flags_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_flags" ADD CONSTRAINT "desk_flags_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_flags" ADD CONSTRAINT "desk_flags_survey_response_id_survey_responses_id_fk" FOREIGN KEY ("survey_response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_flags" ADD CONSTRAINT "desk_flags_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_flags" ADD CONSTRAINT "desk_flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_survey_scans" ADD CONSTRAINT "desk_survey_scans_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_aftercare_consultation_idx" ON "consultation_aftercare" USING btree ("consultation_id","closed_at");--> statement-breakpoint
CREATE INDEX "consultation_aftercare_due_idx" ON "consultation_aftercare" USING btree ("follow_up_on") WHERE "consultation_aftercare"."reminded_at" is null and "consultation_aftercare"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_aftercare_running_idx" ON "consultation_aftercare" USING btree ("consultation_id") WHERE "consultation_aftercare"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "consultation_files_consultation_idx" ON "consultation_files" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "desk_flags_status_idx" ON "desk_flags" USING btree ("status","raised_at");--> statement-breakpoint
CREATE INDEX "desk_flags_organization_idx" ON "desk_flags" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "desk_flags_response_kind_idx" ON "desk_flags" USING btree ("survey_response_id","kind");--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_kind" CHECK ("consultation_events"."kind" in ('opened', 'triaged', 'referred', 'accepted', 'returned', 'note', 'answer', 'closed', 'reopened', 'flagged', 'file', 'follow-up'));