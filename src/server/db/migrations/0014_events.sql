CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"checkin_token" text NOT NULL,
	"short_code" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_checkin_token_unique" UNIQUE("checkin_token"),
	CONSTRAINT "event_registrations_short_code" UNIQUE("event_id","short_code"),
	CONSTRAINT "event_registrations_status" CHECK ("event_registrations"."status" in ('confirmed', 'waiting', 'cancelled')),
	CONSTRAINT "event_registrations_checkin" CHECK ("event_registrations"."checked_in_at" is null or "event_registrations"."status" = 'confirmed')
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"agenda" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"place" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"online_url" text,
	"organizer_organization_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"cancel_cutoff_hours" integer DEFAULT 24 NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"invited_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"invited_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"fee" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"questions" jsonb DEFAULT '{"questions":[]}'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_key_unique" UNIQUE("key"),
	CONSTRAINT "events_kind" CHECK ("events"."kind" in ('alliance-meeting', 'lunch-meeting', 'seminar', 'open-factory', 'job-fair', 'brokerage', 'residents-briefing')),
	CONSTRAINT "events_audience" CHECK ("events"."audience" in ('public', 'members', 'invited')),
	CONSTRAINT "events_period" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" > 0),
	CONSTRAINT "events_places" CHECK ("events"."confirmed_count" between 0 and "events"."capacity"),
	CONSTRAINT "events_cutoff" CHECK ("events"."cancel_cutoff_hours" >= 0)
);
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organizer_organization_id_organizations_id_fk" FOREIGN KEY ("organizer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status","seq");--> statement-breakpoint
CREATE INDEX "event_registrations_user_idx" ON "event_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_live_once" ON "event_registrations" USING btree ("event_id","user_id") WHERE "event_registrations"."status" in ('confirmed', 'waiting');--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "events_organizer_idx" ON "events" USING btree ("organizer_organization_id");