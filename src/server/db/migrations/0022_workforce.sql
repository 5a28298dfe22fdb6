CREATE TABLE "facility_staffing" (
	"profile_key" text NOT NULL,
	"skill_code" text NOT NULL,
	"level" integer NOT NULL,
	"year_offset" integer NOT NULL,
	"headcount" integer NOT NULL,
	"basis" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "facility_staffing_profile_key_skill_code_level_year_offset_pk" PRIMARY KEY("profile_key","skill_code","level","year_offset"),
	CONSTRAINT "facility_staffing_level" CHECK ("facility_staffing"."level" between 2 and 7),
	CONSTRAINT "facility_staffing_offset" CHECK ("facility_staffing"."year_offset" between 0 and 40),
	CONSTRAINT "facility_staffing_headcount" CHECK ("facility_staffing"."headcount" between 0 and 100000)
);
--> statement-breakpoint
CREATE TABLE "planned_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_key" text NOT NULL,
	"site_id" uuid NOT NULL,
	"profile_key" text NOT NULL,
	"name" jsonb NOT NULL,
	"construction_start_year" integer NOT NULL,
	"phase" integer NOT NULL,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_facilities_phase" CHECK ("planned_facilities"."phase" between 1 and 4),
	CONSTRAINT "planned_facilities_year" CHECK ("planned_facilities"."construction_start_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "tenant_hiring_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"skill_code" text NOT NULL,
	"level" integer NOT NULL,
	"year" integer NOT NULL,
	"headcount" integer NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_hiring_plans_level" CHECK ("tenant_hiring_plans"."level" between 2 and 7),
	CONSTRAINT "tenant_hiring_plans_year" CHECK ("tenant_hiring_plans"."year" between 2000 and 2100),
	CONSTRAINT "tenant_hiring_plans_headcount" CHECK ("tenant_hiring_plans"."headcount" between 1 and 10000)
);
--> statement-breakpoint
ALTER TABLE "facility_staffing" ADD CONSTRAINT "facility_staffing_profile_key_siting_profiles_key_fk" FOREIGN KEY ("profile_key") REFERENCES "public"."siting_profiles"("key") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "planned_facilities" ADD CONSTRAINT "planned_facilities_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_facilities" ADD CONSTRAINT "planned_facilities_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_facilities" ADD CONSTRAINT "planned_facilities_profile_key_siting_profiles_key_fk" FOREIGN KEY ("profile_key") REFERENCES "public"."siting_profiles"("key") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "tenant_hiring_plans" ADD CONSTRAINT "tenant_hiring_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planned_facilities_cluster_idx" ON "planned_facilities" USING btree ("cluster_key");--> statement-breakpoint
CREATE INDEX "tenant_hiring_plans_organization_idx" ON "tenant_hiring_plans" USING btree ("organization_id");