CREATE TABLE "brokerage_meeting_participants" (
	"meeting_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "brokerage_meeting_participants_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id"),
	CONSTRAINT "brokerage_meeting_participants_once" UNIQUE("event_id","slot_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "brokerage_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"requester_organization_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"invitee_organization_id" uuid NOT NULL,
	"pair_low" uuid NOT NULL,
	"pair_high" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_meetings_status" CHECK ("brokerage_meetings"."status" in ('requested', 'accepted', 'declined', 'held')),
	CONSTRAINT "brokerage_meetings_orgs" CHECK ("brokerage_meetings"."requester_organization_id" <> "brokerage_meetings"."invitee_organization_id"),
	CONSTRAINT "brokerage_meetings_pair" CHECK ("brokerage_meetings"."pair_low" < "brokerage_meetings"."pair_high")
);
--> statement-breakpoint
CREATE TABLE "brokerage_placements" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"table_no" integer NOT NULL,
	CONSTRAINT "brokerage_placements_table" UNIQUE("event_id","slot_id","table_no")
);
--> statement-breakpoint
CREATE TABLE "brokerage_profiles" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"offers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seeks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unavailable_slot_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_profiles_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "brokerage_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"slot_minutes" integer NOT NULL,
	"table_count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_settings_slot" CHECK ("brokerage_settings"."slot_minutes" between 5 and 240),
	CONSTRAINT "brokerage_settings_tables" CHECK ("brokerage_settings"."table_count" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "brokerage_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "brokerage_slots_seq" UNIQUE("event_id","seq"),
	CONSTRAINT "brokerage_slots_event_id" UNIQUE("event_id","id")
);
--> statement-breakpoint
ALTER TABLE "brokerage_meeting_participants" ADD CONSTRAINT "brokerage_meeting_participants_meeting_id_brokerage_placements_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."brokerage_placements"("meeting_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meeting_participants" ADD CONSTRAINT "brokerage_meeting_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_requester_organization_id_organizations_id_fk" FOREIGN KEY ("requester_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_invitee_id_users_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_invitee_organization_id_organizations_id_fk" FOREIGN KEY ("invitee_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_placements" ADD CONSTRAINT "brokerage_placements_meeting_id_brokerage_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."brokerage_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_placements" ADD CONSTRAINT "brokerage_placements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_placements" ADD CONSTRAINT "brokerage_placements_slot_id_brokerage_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."brokerage_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_profiles" ADD CONSTRAINT "brokerage_profiles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_profiles" ADD CONSTRAINT "brokerage_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_settings" ADD CONSTRAINT "brokerage_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_slots" ADD CONSTRAINT "brokerage_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brokerage_meetings_event_idx" ON "brokerage_meetings" USING btree ("event_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_meetings_open_pair" ON "brokerage_meetings" USING btree ("event_id","pair_low","pair_high") WHERE "brokerage_meetings"."status" in ('requested', 'accepted');