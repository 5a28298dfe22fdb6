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
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_survey_org_key" ON "survey_invitations" USING btree ("survey_id","organization_id") WHERE "survey_invitations"."user_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_survey_user_key" ON "survey_invitations" USING btree ("survey_id","user_id");--> statement-breakpoint
CREATE INDEX "surveys_origin_idx" ON "surveys" USING btree ("origin","created_at");--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD CONSTRAINT "alliance_documents_link_or_file" CHECK (("alliance_documents"."url" is null) = ("alliance_documents"."content" is not null) and ("alliance_documents"."content" is null) = ("alliance_documents"."file_name" is null));--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_origin" CHECK ("surveys"."origin" in ('coordinator', 'desk-aftercare', 'event-feedback'));--> statement-breakpoint
UPDATE "surveys" SET "origin" = 'desk-aftercare' WHERE "key" LIKE 'desk-aftercare-%';--> statement-breakpoint
-- Feedback given before feedback became a survey: each event with answers gets its feedback survey (the form as
-- it was, closed 30 days after the event), an invitation per attendee and the answers as submitted responses.
INSERT INTO "surveys" ("key", "title", "definition", "origin", "status", "anonymity", "min_cell", "reminder_days", "opened_at", "closes_at", "closed_at")
SELECT 'event-feedback-' || e."key",
  jsonb_build_object('ja', '参加後アンケート：' || coalesce(e."title"->>'ja', e."title"->>'en', ''), 'en', 'Feedback: ' || coalesce(e."title"->>'en', e."title"->>'ja', '')),
  '{"questions":[{"key":"overall","type":"likert","required":true,"label":{"ja":"イベント全体の満足度","en":"How good was the event overall?"},"choices":[{"key":"1","score":1,"label":{"ja":"不満","en":"Poor"}},{"key":"2","score":2,"label":{"ja":"やや不満","en":"Fair"}},{"key":"3","score":3,"label":{"ja":"ふつう","en":"Good"}},{"key":"4","score":4,"label":{"ja":"やや満足","en":"Very good"}},{"key":"5","score":5,"label":{"ja":"満足","en":"Excellent"}}]},{"key":"follow-up","type":"single","required":true,"label":{"ja":"今後連絡を取りたい相手に出会えましたか","en":"Did you meet someone you will follow up with?"},"choices":[{"key":"yes","label":{"ja":"はい","en":"Yes"}},{"key":"no","label":{"ja":"いいえ","en":"No"}}]},{"key":"comment","type":"text","maxLength":2000,"label":{"ja":"ご意見・ご感想","en":"Comments"}}]}'::jsonb, 'event-feedback',
  CASE WHEN e."ends_at" + interval '30 days' > now() THEN 'open' ELSE 'closed' END,
  'named', 1, '{}'::int[], e."ends_at", e."ends_at" + interval '30 days',
  CASE WHEN e."ends_at" + interval '30 days' > now() THEN NULL ELSE e."ends_at" + interval '30 days' END
FROM "events" e
WHERE e."feedback_survey_id" IS NULL AND EXISTS (SELECT 1 FROM "event_feedback" f WHERE f."event_id" = e."id");--> statement-breakpoint
UPDATE "events" e SET "feedback_survey_id" = s."id" FROM "surveys" s
WHERE e."feedback_survey_id" IS NULL AND s."origin" = 'event-feedback' AND s."key" = 'event-feedback-' || e."key";--> statement-breakpoint
INSERT INTO "survey_invitations" ("survey_id", "user_id", "organization_id", "invitee", "kind", "expires_at")
SELECT DISTINCT e."feedback_survey_id", u."id", u."organization_id", u."name", coalesce(o."kind", 'person'), s."closes_at"
FROM "events" e
JOIN "surveys" s ON s."id" = e."feedback_survey_id"
JOIN "event_registrations" r ON r."event_id" = e."id" AND r."checked_in_at" IS NOT NULL
JOIN "users" u ON u."id" = r."user_id"
LEFT JOIN "organizations" o ON o."id" = u."organization_id"
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "survey_responses" ("survey_id", "invitation_id", "answers", "version", "submitted_at", "created_at", "updated_at")
SELECT i."survey_id", i."id", f."answers", 1, f."created_at", f."created_at", f."created_at"
FROM "event_feedback" f
JOIN "events" e ON e."id" = f."event_id"
JOIN "survey_invitations" i ON i."survey_id" = e."feedback_survey_id" AND i."user_id" = f."user_id"
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "event_feedback" CASCADE;
