-- A database that already holds a duplicate (two sign-ins at once before this index) keeps the first notice.
DELETE FROM "notifications" n USING "notifications" m WHERE n."kind" = 'introduction.requested' AND m."kind" = 'introduction.requested' AND n."user_id" = m."user_id" AND n."link" = m."link" AND (n."created_at", n."id") > (m."created_at", m."id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_request_once_idx" ON "notifications" USING btree ("user_id","link") WHERE "notifications"."kind" = 'introduction.requested';
