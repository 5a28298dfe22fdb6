CREATE TABLE "cluster_target_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"cluster_key" text NOT NULL,
	"indicator" text NOT NULL,
	"phase" integer NOT NULL,
	"target" double precision,
	"set_by" uuid,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facility_leases" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "facility_leases" ADD COLUMN "notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "facility_leases" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD COLUMN "enrolled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD COLUMN "end_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cluster_target_history" ADD CONSTRAINT "cluster_target_history_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_target_history" ADD CONSTRAINT "cluster_target_history_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_target_history_key_idx" ON "cluster_target_history" USING btree ("cluster_key","indicator","phase","valid_from");--> statement-breakpoint
-- Backfill: rows from before the stamps count as the figures counted them until now (a lease in force from its
-- creation, an enrolment's seat and end known from its creation); an ended lease ended at its last update, a
-- lease on notice got it then; each target in force was set at its last update.
UPDATE "facility_leases" SET "activated_at" = "created_at" WHERE "status" IN ('active', 'ending', 'ended');
--> statement-breakpoint
UPDATE "facility_leases" SET "notice_at" = "updated_at" WHERE "status" = 'ending';
--> statement-breakpoint
UPDATE "facility_leases" SET "ended_at" = greatest("updated_at", (("end_on" + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')) WHERE "status" = 'ended';
--> statement-breakpoint
UPDATE "training_enrolments" SET "enrolled_at" = "created_at" WHERE "status" <> 'waiting';
--> statement-breakpoint
UPDATE "training_enrolments" SET "end_recorded_at" = "created_at" WHERE "status" IN ('completed', 'withdrawn');
--> statement-breakpoint
INSERT INTO "cluster_target_history" ("cluster_key", "indicator", "phase", "target", "set_by", "valid_from")
  SELECT "cluster_key", "indicator", "phase", "target", "set_by", "updated_at" FROM "cluster_targets";
