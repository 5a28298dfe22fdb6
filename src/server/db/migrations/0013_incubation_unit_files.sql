CREATE TABLE "unit_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"caption" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_files_kind" CHECK ("unit_files"."kind" in ('photo', 'floor-plan')),
	CONSTRAINT "unit_files_content_type" CHECK ("unit_files"."content_type" in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
	CONSTRAINT "unit_files_size" CHECK ("unit_files"."byte_size" > 0 and "unit_files"."byte_size" = octet_length("unit_files"."content"))
);
--> statement-breakpoint
ALTER TABLE "unit_files" ADD CONSTRAINT "unit_files_unit_id_facility_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."facility_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_files" ADD CONSTRAINT "unit_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_files_unit_idx" ON "unit_files" USING btree ("unit_id","kind","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_files_one_floor_plan_idx" ON "unit_files" USING btree ("unit_id") WHERE "unit_files"."kind" = 'floor-plan';