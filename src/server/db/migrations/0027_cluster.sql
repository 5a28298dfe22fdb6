CREATE TABLE "cluster_memberships" (
	"organization_id" uuid NOT NULL,
	"cluster_key" text NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	CONSTRAINT "cluster_memberships_organization_id_cluster_key_pk" PRIMARY KEY("organization_id","cluster_key")
);
--> statement-breakpoint
CREATE TABLE "cluster_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_key" text NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"title" jsonb NOT NULL,
	"target_date" date NOT NULL,
	"actual_date" date,
	"source" jsonb,
	"shipped" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_milestones_scope" CHECK ("cluster_milestones"."scope" in ('national', 'regional'))
);
--> statement-breakpoint
CREATE TABLE "cluster_notes" (
	"cluster_key" text NOT NULL,
	"year" integer NOT NULL,
	"body" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_notes_cluster_key_year_pk" PRIMARY KEY("cluster_key","year")
);
--> statement-breakpoint
CREATE TABLE "cluster_phase_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_key" text NOT NULL,
	"phase" integer NOT NULL,
	"set_on" date NOT NULL,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_phases" (
	"cluster_key" text NOT NULL,
	"ordinal" integer NOT NULL,
	"name" jsonb NOT NULL,
	"support" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "cluster_phases_cluster_key_ordinal_pk" PRIMARY KEY("cluster_key","ordinal")
);
--> statement-breakpoint
CREATE TABLE "cluster_targets" (
	"cluster_key" text NOT NULL,
	"indicator" text NOT NULL,
	"phase" integer NOT NULL,
	"target" double precision NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_targets_cluster_key_indicator_phase_pk" PRIMARY KEY("cluster_key","indicator","phase")
);
--> statement-breakpoint
CREATE TABLE "deleted_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"row" jsonb NOT NULL,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"roles" text[] NOT NULL,
	"clusters" text[] NOT NULL,
	"technologies" text[] NOT NULL,
	"country" text,
	"prefecture" text,
	"published" boolean NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cluster_milestones" ADD CONSTRAINT "cluster_milestones_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_notes" ADD CONSTRAINT "cluster_notes_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_notes" ADD CONSTRAINT "cluster_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_phase_settings" ADD CONSTRAINT "cluster_phase_settings_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_phase_settings" ADD CONSTRAINT "cluster_phase_settings_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_phases" ADD CONSTRAINT "cluster_phases_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_targets" ADD CONSTRAINT "cluster_targets_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_targets" ADD CONSTRAINT "cluster_targets_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_milestones_key" ON "cluster_milestones" USING btree ("cluster_key","key");--> statement-breakpoint
CREATE INDEX "cluster_phase_settings_cluster" ON "cluster_phase_settings" USING btree ("cluster_key","set_on");--> statement-breakpoint
CREATE INDEX "deleted_rows_table" ON "deleted_rows" USING btree ("table_name","deleted_at");--> statement-breakpoint
CREATE INDEX "organization_history_org" ON "organization_history" USING btree ("organization_id","valid_from");--> statement-breakpoint
CREATE INDEX "organization_history_clusters" ON "organization_history" USING gin ("clusters");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_history_open" ON "organization_history" USING btree ("organization_id") WHERE "organization_history"."valid_to" is null;--> statement-breakpoint
-- Hand-written: the organisations' history and cluster memberships, kept by a trigger so every writer (API,
-- bundle import, demo loader) records them. A version opens only when a counted attribute changes.
CREATE FUNCTION "record_organization_history"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today date := (now() AT TIME ZONE 'Asia/Tokyo')::date;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."key", OLD."name", OLD."kind", OLD."roles", OLD."clusters", OLD."technologies",
      OLD."country", OLD."prefecture", OLD."published") IS NOT DISTINCT FROM (NEW."key", NEW."name", NEW."kind",
      NEW."roles", NEW."clusters", NEW."technologies", NEW."country", NEW."prefecture", NEW."published") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "organization_history" SET "valid_to" = now()
      WHERE "organization_id" = OLD."id" AND "valid_to" IS NULL;
    UPDATE "cluster_memberships" SET "left_on" = today
      WHERE "organization_id" = OLD."id" AND "left_on" IS NULL
        AND (TG_OP = 'DELETE' OR NOT ("cluster_key" = ANY (NEW."clusters")));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "organization_history" ("organization_id", "key", "name", "kind", "roles", "clusters",
      "technologies", "country", "prefecture", "published", "valid_from")
    VALUES (NEW."id", NEW."key", NEW."name", NEW."kind", NEW."roles", NEW."clusters", NEW."technologies",
      NEW."country", NEW."prefecture", NEW."published", now());
    INSERT INTO "cluster_memberships" ("organization_id", "cluster_key", "joined_on")
      SELECT NEW."id", c, today FROM unnest(NEW."clusters") AS c
    ON CONFLICT ("organization_id", "cluster_key") DO UPDATE SET "left_on" = NULL, "joined_on" =
      CASE WHEN "cluster_memberships"."left_on" IS NULL THEN "cluster_memberships"."joined_on" ELSE today END;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "organizations_history" AFTER INSERT OR UPDATE OR DELETE ON "organizations"
  FOR EACH ROW EXECUTE FUNCTION "record_organization_history"();--> statement-breakpoint
INSERT INTO "organization_history" ("organization_id", "key", "name", "kind", "roles", "clusters", "technologies",
  "country", "prefecture", "published", "valid_from")
SELECT "id", "key", "name", "kind", "roles", "clusters", "technologies", "country", "prefecture", "published",
  "created_at" FROM "organizations";--> statement-breakpoint
INSERT INTO "cluster_memberships" ("organization_id", "cluster_key", "joined_on")
SELECT o."id", c, (o."created_at" AT TIME ZONE 'Asia/Tokyo')::date FROM "organizations" o, unnest(o."clusters") AS c;

--> statement-breakpoint
-- Hand-written: rows deleted from the tables the indicators count are kept as they were, so a figure as of a
-- date before the deletion reads them back (modules/cluster/indicators.queries.ts, `live`).
CREATE FUNCTION "archive_deleted_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kept jsonb := to_jsonb(OLD);
BEGIN
  -- Personal fields named by the trigger are dropped: an erased person stays erased here too.
  FOR i IN 0 .. TG_NARGS - 1 LOOP
    kept := kept - TG_ARGV[i];
  END LOOP;
  INSERT INTO "deleted_rows" ("table_name", "row") VALUES (TG_TABLE_NAME, kept);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "needs_archive" AFTER DELETE ON "needs" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "seeds_archive" AFTER DELETE ON "seeds" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "introductions_archive" AFTER DELETE ON "introductions" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('message', 'reason', 'outcome');
--> statement-breakpoint
CREATE TRIGGER "introduction_events_archive" AFTER DELETE ON "introduction_events" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "surveys_archive" AFTER DELETE ON "surveys" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "survey_invitations_archive" AFTER DELETE ON "survey_invitations" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "survey_responses_archive" AFTER DELETE ON "survey_responses" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('answers');
--> statement-breakpoint
CREATE TRIGGER "sites_archive" AFTER DELETE ON "sites" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "siting_studies_archive" AFTER DELETE ON "siting_studies" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "planned_facilities_archive" AFTER DELETE ON "planned_facilities" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "facilities_archive" AFTER DELETE ON "facilities" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "facility_units_archive" AFTER DELETE ON "facility_units" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "facility_leases_archive" AFTER DELETE ON "facility_leases" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "lease_graduations_archive" AFTER DELETE ON "lease_graduations" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "training_programmes_archive" AFTER DELETE ON "training_programmes" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "training_cohorts_archive" AFTER DELETE ON "training_cohorts" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "training_enrolments_archive" AFTER DELETE ON "training_enrolments" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('trainee_name', 'trainee_email', 'withdrawal_reason');
--> statement-breakpoint
CREATE TRIGGER "job_openings_archive" AFTER DELETE ON "job_openings" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "job_applications_archive" AFTER DELETE ON "job_applications" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('applicant_name', 'applicant_email', 'message', 'decline_reason');
--> statement-breakpoint
CREATE TRIGGER "placements_archive" AFTER DELETE ON "placements" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "consultations_archive" AFTER DELETE ON "consultations" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('contact_name', 'email', 'phone', 'message', 'search_terms');
--> statement-breakpoint
CREATE TRIGGER "events_archive" AFTER DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "event_registrations_archive" AFTER DELETE ON "event_registrations" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"('checkin_token', 'short_code');
--> statement-breakpoint
CREATE TRIGGER "agreement_parties_archive" AFTER DELETE ON "agreement_parties" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "agreement_activities_archive" AFTER DELETE ON "agreement_activities" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
--> statement-breakpoint
CREATE TRIGGER "organizations_archive" AFTER DELETE ON "organizations" FOR EACH ROW EXECUTE FUNCTION "archive_deleted_row"();
