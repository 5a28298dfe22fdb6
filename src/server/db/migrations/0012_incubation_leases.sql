CREATE TABLE "facility_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"tenant_organization_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"monthly_rent_jpy" integer NOT NULL,
	"deposit_jpy" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"application_id" text,
	"renews_lease_id" uuid,
	"illustrative" boolean DEFAULT false NOT NULL,
	"reminders_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_leases_key_unique" UNIQUE("key"),
	CONSTRAINT "facility_leases_status" CHECK ("facility_leases"."status" in ('offered', 'active', 'ending', 'ended')),
	CONSTRAINT "facility_leases_period" CHECK ("facility_leases"."end_on" >= "facility_leases"."start_on"),
	CONSTRAINT "facility_leases_rent" CHECK ("facility_leases"."monthly_rent_jpy" >= 0),
	CONSTRAINT "facility_leases_deposit" CHECK ("facility_leases"."deposit_jpy" >= 0)
);
--> statement-breakpoint
CREATE TABLE "facility_waitlist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_waitlist_once" UNIQUE("facility_id","kind","organization_id"),
	CONSTRAINT "facility_waitlist_kind" CHECK ("facility_waitlist"."kind" in ('factory', 'lab', 'office'))
);
--> statement-breakpoint
CREATE TABLE "graduation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"graduation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"employees" integer NOT NULL,
	"revenue_band" text NOT NULL,
	"in_region" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graduation_reports_year" UNIQUE("graduation_id","year"),
	CONSTRAINT "graduation_reports_year_range" CHECK ("graduation_reports"."year" between 1 and 5),
	CONSTRAINT "graduation_reports_employees" CHECK ("graduation_reports"."employees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "lease_graduations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"graduated_on" date NOT NULL,
	"destination_site_id" uuid,
	"destination_address" text,
	"jobs_at_exit" integer NOT NULL,
	"investment_jpy" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lease_graduations_lease_id_unique" UNIQUE("lease_id"),
	CONSTRAINT "lease_graduations_jobs" CHECK ("lease_graduations"."jobs_at_exit" >= 0),
	CONSTRAINT "lease_graduations_investment" CHECK ("lease_graduations"."investment_jpy" >= 0)
);
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "lease_reminder_months" integer[] DEFAULT '{12,6}'::int[] NOT NULL;--> statement-breakpoint
ALTER TABLE "facility_leases" ADD CONSTRAINT "facility_leases_unit_id_facility_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."facility_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_leases" ADD CONSTRAINT "facility_leases_tenant_organization_id_organizations_id_fk" FOREIGN KEY ("tenant_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_waitlist" ADD CONSTRAINT "facility_waitlist_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_waitlist" ADD CONSTRAINT "facility_waitlist_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "graduation_reports" ADD CONSTRAINT "graduation_reports_graduation_id_lease_graduations_id_fk" FOREIGN KEY ("graduation_id") REFERENCES "public"."lease_graduations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_graduations" ADD CONSTRAINT "lease_graduations_lease_id_facility_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."facility_leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_graduations" ADD CONSTRAINT "lease_graduations_destination_site_id_sites_id_fk" FOREIGN KEY ("destination_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facility_leases_unit_idx" ON "facility_leases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "facility_leases_tenant_idx" ON "facility_leases" USING btree ("tenant_organization_id");--> statement-breakpoint
-- Hand-written: no unit holds two leases in force (active, ending) over overlapping days. btree_gist gives
-- the unit id's equality a GiST operator class; PGlite loads the same contrib extension (db/client.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "facility_leases" ADD CONSTRAINT "facility_leases_no_overlap" EXCLUDE USING gist ("unit_id" WITH =, daterange("start_on", "end_on", '[]') WITH &&) WHERE ("status" in ('active', 'ending'));
