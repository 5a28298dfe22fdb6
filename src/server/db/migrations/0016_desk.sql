CREATE TABLE "consultation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"organization_id" uuid,
	"body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "consultation_events_kind" CHECK ("consultation_events"."kind" in ('opened', 'triaged', 'referred', 'accepted', 'returned', 'note', 'answer', 'closed', 'reopened')),
	CONSTRAINT "consultation_events_audience" CHECK ("consultation_events"."audience" in ('staff', 'partners', 'company'))
);
--> statement-breakpoint
CREATE TABLE "consultation_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"state" text DEFAULT 'referred' NOT NULL,
	"reason" text,
	"referred_by" uuid,
	"referred_at" timestamp with time zone NOT NULL,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	CONSTRAINT "consultation_referrals_state" CHECK ("consultation_referrals"."state" in ('referred', 'accepted', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"organization_id" uuid,
	"company_name" text NOT NULL,
	"contact_name" text NOT NULL,
	"email" text,
	"phone" text,
	"topic" text NOT NULL,
	"message" text NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"owner_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"first_answer_due" date,
	"close_due" date,
	"first_answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"follow_up_on" date,
	"created_by" uuid,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_channel" CHECK ("consultations"."channel" in ('web', 'app', 'phone', 'visit', 'email')),
	CONSTRAINT "consultations_language" CHECK ("consultations"."language" in ('ja', 'en')),
	CONSTRAINT "consultations_status" CHECK ("consultations"."status" in ('new', 'triaged', 'closed')),
	CONSTRAINT "consultations_priority" CHECK ("consultations"."priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "consultations_reachable" CHECK ("consultations"."email" is not null or "consultations"."phone" is not null)
);
--> statement-breakpoint
CREATE TABLE "desk_topics" (
	"code" text PRIMARY KEY NOT NULL,
	"label" jsonb NOT NULL,
	"position" integer NOT NULL,
	"first_answer_days" integer NOT NULL,
	"close_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "desk_topics_first_answer" CHECK ("desk_topics"."first_answer_days" between 0 and 250),
	CONSTRAINT "desk_topics_close" CHECK ("desk_topics"."close_days" between "desk_topics"."first_answer_days" and 250)
);
--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_referred_by_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_topic_desk_topics_code_fk" FOREIGN KEY ("topic") REFERENCES "public"."desk_topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_events_consultation_idx" ON "consultation_events" USING btree ("consultation_id","seq");--> statement-breakpoint
CREATE INDEX "consultation_referrals_consultation_idx" ON "consultation_referrals" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_referrals_organization_idx" ON "consultation_referrals" USING btree ("organization_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_referrals_open_idx" ON "consultation_referrals" USING btree ("consultation_id","organization_id") WHERE "consultation_referrals"."state" in ('referred', 'accepted');--> statement-breakpoint
CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "consultations_organization_idx" ON "consultations" USING btree ("organization_id");--> statement-breakpoint
-- Hand-written: the desk's topics are reference data every installation starts with (the issue's taxonomy).
-- Targets in Japanese working days: a first answer in 2 (3 where a permit office must be asked), a close in
-- 10–30 depending on how much outside work the topic usually needs. Coordinators may change the numbers.
INSERT INTO "desk_topics" ("code", "label", "position", "first_answer_days", "close_days") VALUES
('technology', '{"ja":"技術相談","en":"Technology"}', 1, 2, 20),
('ip', '{"ja":"知的財産","en":"Intellectual property"}', 2, 2, 20),
('funding', '{"ja":"資金・補助金","en":"Funding and subsidies"}', 3, 2, 15),
('siting', '{"ja":"立地・用地","en":"Siting and land"}', 4, 2, 30),
('permits', '{"ja":"許認可・規制","en":"Permits and regulation"}', 5, 3, 30),
('talent', '{"ja":"人材","en":"Talent"}', 6, 2, 20),
('export', '{"ja":"輸出・取引先","en":"Export and partners"}', 7, 2, 20),
('other', '{"ja":"その他","en":"Other"}', 8, 2, 10);
