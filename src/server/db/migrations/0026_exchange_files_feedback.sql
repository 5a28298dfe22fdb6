ALTER TABLE "survey_invitations" DROP CONSTRAINT "survey_invitations_survey_org_key";--> statement-breakpoint
ALTER TABLE "alliance_documents" ALTER COLUMN "url" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "feedback_survey_id" uuid;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD COLUMN "content_type" text;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD COLUMN "byte_size" integer;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD COLUMN "sha256" text;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD COLUMN "content" "bytea";--> statement-breakpoint
ALTER TABLE "alliance_meetings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "origin" text DEFAULT 'coordinator' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_feedback_survey_id_surveys_id_fk" FOREIGN KEY ("feedback_survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_survey_org_key" ON "survey_invitations" USING btree ("survey_id","organization_id") WHERE "survey_invitations"."user_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_survey_user_key" ON "survey_invitations" USING btree ("survey_id","user_id");--> statement-breakpoint
CREATE INDEX "surveys_origin_idx" ON "surveys" USING btree ("origin","created_at");--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD CONSTRAINT "alliance_documents_link_or_file" CHECK (("alliance_documents"."url" is null) = ("alliance_documents"."content" is not null) and ("alliance_documents"."content" is null) = ("alliance_documents"."file_name" is null));--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_origin" CHECK ("surveys"."origin" in ('coordinator', 'desk-aftercare', 'event-feedback'));--> statement-breakpoint
UPDATE "surveys" SET "origin" = 'desk-aftercare' WHERE "key" LIKE 'desk-aftercare-%';