CREATE TABLE "booking_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"hours" double precision NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"source" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_quotas_hours_positive" CHECK ("booking_quotas"."hours" > 0),
	CONSTRAINT "booking_quotas_period" CHECK ("booking_quotas"."valid_to" >= "booking_quotas"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_user_id_pk" PRIMARY KEY("user_id"),
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "equipment_booking_settings" (
	"equipment_id" uuid PRIMARY KEY NOT NULL,
	"cancel_cutoff_hours" integer DEFAULT 24 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_booking_settings_cutoff" CHECK ("equipment_booking_settings"."cancel_cutoff_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "equipment_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"booked_by" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"units" integer NOT NULL,
	"fee_jpy" bigint,
	"quota_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_bookings_status" CHECK ("equipment_bookings"."status" in ('requested', 'confirmed', 'declined', 'cancelled')),
	CONSTRAINT "equipment_bookings_slot" CHECK ("equipment_bookings"."ends_at" > "equipment_bookings"."starts_at"),
	CONSTRAINT "equipment_bookings_units" CHECK ("equipment_bookings"."units" > 0),
	CONSTRAINT "equipment_bookings_fee" CHECK ("equipment_bookings"."fee_jpy" >= 0)
);
--> statement-breakpoint
ALTER TABLE "booking_quotas" ADD CONSTRAINT "booking_quotas_equipment_id_facility_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."facility_equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_quotas" ADD CONSTRAINT "booking_quotas_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_quotas" ADD CONSTRAINT "booking_quotas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_booking_settings" ADD CONSTRAINT "equipment_booking_settings_equipment_id_facility_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."facility_equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_equipment_id_facility_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."facility_equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_quota_id_booking_quotas_id_fk" FOREIGN KEY ("quota_id") REFERENCES "public"."booking_quotas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_quotas_equipment_org_idx" ON "booking_quotas" USING btree ("equipment_id","organization_id");--> statement-breakpoint
CREATE INDEX "equipment_bookings_equipment_start_idx" ON "equipment_bookings" USING btree ("equipment_id","starts_at");--> statement-breakpoint
CREATE INDEX "equipment_bookings_organization_idx" ON "equipment_bookings" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "equipment_bookings_quota_idx" ON "equipment_bookings" USING btree ("quota_id");--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it): no two confirmed bookings of one equipment item overlap, on both
-- engines. btree_gist lets the gist index compare equipment_id with "="; the slot is half-open, so a booking
-- ending at 10:00 and one starting at 10:00 do not conflict.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "equipment_bookings" ADD CONSTRAINT "equipment_bookings_no_overlap" EXCLUDE USING gist ("equipment_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'confirmed');
