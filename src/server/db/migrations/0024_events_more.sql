CREATE TABLE "event_feedback" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_feedback_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "event_tour_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "event_tour_slots_start" UNIQUE("event_id","starts_at"),
	CONSTRAINT "event_tour_slots_period" CHECK ("event_tour_slots"."ends_at" > "event_tour_slots"."starts_at"),
	CONSTRAINT "event_tour_slots_places" CHECK ("event_tour_slots"."confirmed_count" between 0 and "event_tour_slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD COLUMN "introduction_id" uuid;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "tour_slot_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "safety_rules" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tour_slots" ADD CONSTRAINT "event_tour_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_tour_slot_id_event_tour_slots_id_fk" FOREIGN KEY ("tour_slot_id") REFERENCES "public"."event_tour_slots"("id") ON DELETE restrict ON UPDATE no action;