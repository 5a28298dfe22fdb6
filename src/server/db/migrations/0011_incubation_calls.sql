CREATE TABLE "incubation_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit_id" uuid,
	"research_plan" text,
	"hours_requested" integer,
	"period_from" date,
	"period_to" date,
	"equipment_id" uuid,
	"submitted_at" timestamp with time zone,
	"decision" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incubation_applications_call_org" UNIQUE("call_id","organization_id"),
	CONSTRAINT "incubation_applications_channel" CHECK ("incubation_applications"."channel" in ('web', 'paper')),
	CONSTRAINT "incubation_applications_status" CHECK ("incubation_applications"."status" in ('draft', 'submitted')),
	CONSTRAINT "incubation_applications_decision" CHECK ("incubation_applications"."decision" is null or ("incubation_applications"."decision" in ('admitted', 'waitlisted', 'rejected') and "incubation_applications"."status" = 'submitted')),
	CONSTRAINT "incubation_applications_submitted" CHECK (("incubation_applications"."status" = 'submitted') = ("incubation_applications"."submitted_at" is not null)),
	CONSTRAINT "incubation_applications_hours" CHECK ("incubation_applications"."hours_requested" > 0),
	CONSTRAINT "incubation_applications_period" CHECK ("incubation_applications"."period_to" >= "incubation_applications"."period_from")
);
--> statement-breakpoint
CREATE TABLE "incubation_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"equipment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"form" jsonb DEFAULT '{"questions":[]}'::jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"disagreement_threshold" double precision DEFAULT 1 NOT NULL,
	"scores_released" boolean DEFAULT false NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incubation_calls_key_unique" UNIQUE("key"),
	CONSTRAINT "incubation_calls_kind" CHECK ("incubation_calls"."kind" in ('tenancy', 'joint-use')),
	CONSTRAINT "incubation_calls_window" CHECK ("incubation_calls"."closes_at" > "incubation_calls"."opens_at"),
	CONSTRAINT "incubation_calls_threshold" CHECK ("incubation_calls"."disagreement_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "incubation_reviews" (
	"application_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"state" text DEFAULT 'assigned' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"conflict_reason" text,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incubation_reviews_application_id_reviewer_id_pk" PRIMARY KEY("application_id","reviewer_id"),
	CONSTRAINT "incubation_reviews_state" CHECK ("incubation_reviews"."state" in ('assigned', 'conflict'))
);
--> statement-breakpoint
ALTER TABLE "incubation_applications" ADD CONSTRAINT "incubation_applications_call_id_incubation_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."incubation_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_applications" ADD CONSTRAINT "incubation_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_applications" ADD CONSTRAINT "incubation_applications_unit_id_facility_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."facility_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_applications" ADD CONSTRAINT "incubation_applications_equipment_id_facility_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."facility_equipment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_reviews" ADD CONSTRAINT "incubation_reviews_application_id_incubation_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."incubation_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_reviews" ADD CONSTRAINT "incubation_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incubation_applications_org_idx" ON "incubation_applications" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "incubation_reviews_reviewer_idx" ON "incubation_reviews" USING btree ("reviewer_id");