CREATE TABLE "skills" (
	"code" text PRIMARY KEY NOT NULL,
	"cluster_key" text NOT NULL,
	"label" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"enrolled" integer DEFAULT 0 NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_cohorts_capacity" CHECK ("training_cohorts"."capacity" between 1 and 10000),
	CONSTRAINT "training_cohorts_seats" CHECK ("training_cohorts"."enrolled" between 0 and "training_cohorts"."capacity")
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "training_enrolments_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"cohort_id" uuid NOT NULL,
	"trainee_user_id" uuid,
	"trainee_name" text DEFAULT '' NOT NULL,
	"trainee_email" text DEFAULT '' NOT NULL,
	"employer_organization_id" uuid,
	"sponsor_confirmed_at" timestamp with time zone,
	"status" text NOT NULL,
	"plan_trainee_signed_at" timestamp with time zone,
	"plan_employer_signed_at" timestamp with time zone,
	"plan_provider_signed_at" timestamp with time zone,
	"qualification" text,
	"withdrawal_reason" text,
	"ended_on" date,
	"erased_at" timestamp with time zone,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_status" CHECK ("training_enrolments"."status" in ('enrolled', 'waiting', 'withdrawn', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "training_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"hours" numeric(4, 1) NOT NULL,
	"activity" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_hours_range" CHECK ("training_hours"."hours" > 0 and "training_hours"."hours" <= 24)
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"level" integer NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"duration_weeks" integer NOT NULL,
	"delivery" text NOT NULL,
	"default_capacity" integer NOT NULL,
	"fee_jpy" integer,
	"employer_sponsor" boolean DEFAULT false NOT NULL,
	"public_subsidy" jsonb,
	"source" jsonb,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programmes_key_unique" UNIQUE("key"),
	CONSTRAINT "training_programmes_level" CHECK ("training_programmes"."level" between 2 and 7),
	CONSTRAINT "training_programmes_delivery" CHECK ("training_programmes"."delivery" in ('full-time', 'day-release')),
	CONSTRAINT "training_programmes_duration" CHECK ("training_programmes"."duration_weeks" between 1 and 520),
	CONSTRAINT "training_programmes_capacity" CHECK ("training_programmes"."default_capacity" between 1 and 10000),
	CONSTRAINT "training_programmes_fee" CHECK ("training_programmes"."fee_jpy" >= 0)
);
--> statement-breakpoint
CREATE TABLE "training_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"rag" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_reviews_rag" CHECK ("training_reviews"."rag" in ('red', 'amber', 'green'))
);
--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_cohorts" ADD CONSTRAINT "training_cohorts_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_cohort_id_training_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."training_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_trainee_user_id_users_id_fk" FOREIGN KEY ("trainee_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_employer_organization_id_organizations_id_fk" FOREIGN KEY ("employer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours" ADD CONSTRAINT "training_hours_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reviews" ADD CONSTRAINT "training_reviews_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skills_cluster_idx" ON "skills" USING btree ("cluster_key");--> statement-breakpoint
CREATE INDEX "training_cohorts_programme_idx" ON "training_cohorts" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_cohort_idx" ON "training_enrolments" USING btree ("cohort_id","seq");--> statement-breakpoint
CREATE INDEX "training_enrolments_trainee_idx" ON "training_enrolments" USING btree ("trainee_user_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_employer_idx" ON "training_enrolments" USING btree ("employer_organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_live_once" ON "training_enrolments" USING btree ("cohort_id","trainee_user_id") WHERE "training_enrolments"."status" in ('enrolled', 'waiting');--> statement-breakpoint
CREATE INDEX "training_hours_enrolment_idx" ON "training_hours" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "training_programmes_provider_idx" ON "training_programmes" USING btree ("provider_organization_id");--> statement-breakpoint
CREATE INDEX "training_reviews_enrolment_idx" ON "training_reviews" USING btree ("enrolment_id");