CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"site_id" uuid,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prefecture" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"max_term_months" integer DEFAULT 60 NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_key_unique" UNIQUE("key"),
	CONSTRAINT "facilities_max_term_positive" CHECK ("facilities"."max_term_months" > 0)
);
--> statement-breakpoint
CREATE TABLE "facility_equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"facility_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"booking_unit" text NOT NULL,
	"fee_member_jpy" integer,
	"fee_non_member_jpy" integer,
	"approval_required" boolean DEFAULT true NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_equipment_key_unique" UNIQUE("key"),
	CONSTRAINT "facility_equipment_booking_unit" CHECK ("facility_equipment"."booking_unit" in ('hour', 'day', 'week')),
	CONSTRAINT "facility_equipment_fee_member" CHECK ("facility_equipment"."fee_member_jpy" >= 0),
	CONSTRAINT "facility_equipment_fee_non_member" CHECK ("facility_equipment"."fee_non_member_jpy" >= 0)
);
--> statement-breakpoint
CREATE TABLE "facility_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"floor_area_m2" double precision NOT NULL,
	"floor_load_t_per_m2" double precision,
	"ceiling_height_m" double precision,
	"crane_t" double precision,
	"power_kva" double precision,
	"ehv" boolean DEFAULT false NOT NULL,
	"clean_class" integer,
	"seismic_isolation" boolean DEFAULT false NOT NULL,
	"monthly_rent_jpy" integer,
	"media" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'free' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_units_key_unique" UNIQUE("key"),
	CONSTRAINT "facility_units_kind" CHECK ("facility_units"."kind" in ('factory', 'lab', 'office')),
	CONSTRAINT "facility_units_status" CHECK ("facility_units"."status" in ('free', 'leased', 'reserved')),
	CONSTRAINT "facility_units_area" CHECK ("facility_units"."floor_area_m2" >= 0),
	CONSTRAINT "facility_units_floor_load" CHECK ("facility_units"."floor_load_t_per_m2" >= 0),
	CONSTRAINT "facility_units_ceiling" CHECK ("facility_units"."ceiling_height_m" >= 0),
	CONSTRAINT "facility_units_crane" CHECK ("facility_units"."crane_t" >= 0),
	CONSTRAINT "facility_units_power" CHECK ("facility_units"."power_kva" >= 0),
	CONSTRAINT "facility_units_rent" CHECK ("facility_units"."monthly_rent_jpy" >= 0),
	CONSTRAINT "facility_units_clean_class" CHECK ("facility_units"."clean_class" between 1 and 9)
);
--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_equipment" ADD CONSTRAINT "facility_equipment_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_units" ADD CONSTRAINT "facility_units_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facilities_organization_idx" ON "facilities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "facilities_site_idx" ON "facilities" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "facility_equipment_facility_idx" ON "facility_equipment" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "facility_equipment_technologies_idx" ON "facility_equipment" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "facility_units_facility_idx" ON "facility_units" USING btree ("facility_id");