CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opening_id" uuid NOT NULL,
	"applicant_user_id" uuid,
	"applicant_name" text DEFAULT '' NOT NULL,
	"applicant_email" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'applied' NOT NULL,
	"decline_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_applications_stage" CHECK ("job_applications"."stage" in ('applied', 'interview', 'offer', 'hired', 'declined')),
	CONSTRAINT "job_applications_decline_reason" CHECK ("job_applications"."stage" <> 'declined' or coalesce(btrim("job_applications"."decline_reason"), '') <> '')
);
--> statement-breakpoint
CREATE TABLE "job_openings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" integer NOT NULL,
	"prefecture" text NOT NULL,
	"municipality" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"start_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_openings_level" CHECK ("job_openings"."level" between 2 and 7),
	CONSTRAINT "job_openings_status" CHECK ("job_openings"."status" in ('open', 'closed')),
	CONSTRAINT "job_openings_lat" CHECK ("job_openings"."lat" between -90 and 90),
	CONSTRAINT "job_openings_lng" CHECK ("job_openings"."lng" between -180 and 180),
	CONSTRAINT "job_openings_point" CHECK (("job_openings"."lat" is null) = ("job_openings"."lng" is null))
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"retention_6" text,
	"retention_6_at" timestamp with time zone,
	"retention_12" text,
	"retention_12_at" timestamp with time zone,
	"reminders_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "placements_retention_6" CHECK ("placements"."retention_6" in ('retained', 'left')),
	CONSTRAINT "placements_retention_12" CHECK ("placements"."retention_12" in ('retained', 'left'))
);
--> statement-breakpoint
CREATE TABLE "talent_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"visible_to_employers" boolean DEFAULT false NOT NULL,
	"prefecture" text DEFAULT '' NOT NULL,
	"municipality" text DEFAULT '' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_opening_id_job_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_openings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_openings" ADD CONSTRAINT "job_openings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_application_id_job_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."job_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_applications_opening_idx" ON "job_applications" USING btree ("opening_id");--> statement-breakpoint
CREATE INDEX "job_applications_applicant_idx" ON "job_applications" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_applications_once" ON "job_applications" USING btree ("opening_id","applicant_user_id");--> statement-breakpoint
CREATE INDEX "job_openings_organization_idx" ON "job_openings" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "job_openings_status_idx" ON "job_openings" USING btree ("status","start_on");