CREATE TABLE "row_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"row_key" text NOT NULL,
	"row" jsonb NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "row_versions_table" ON "row_versions" USING btree ("table_name","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "row_versions_open" ON "row_versions" USING btree ("table_name","row_key") WHERE "row_versions"."valid_to" is null;--> statement-breakpoint
-- Hand-written: every version of the workforce projection's inputs, kept by a trigger so every writer (API,
-- demo loader, bundle import, SQL by hand) is covered. Argument 0 names the key columns (comma-separated);
-- the others name bookkeeping columns whose change alone is no new version (a cohort's seat counter, a
-- record's version and update time). A row written with a past creation time (a demo or an import that
-- carries one) is in force from then, as the other indicators count it; anything else from the write.
CREATE FUNCTION "record_row_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[] := string_to_array(TG_ARGV[0], ',');
  ignored text[] := '{}';
  old_row jsonb;
  new_row jsonb;
  old_key text;
  new_key text;
BEGIN
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    ignored := ignored || TG_ARGV[i];
  END LOOP;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    old_row := to_jsonb(OLD);
    SELECT string_agg(old_row ->> k, '|' ORDER BY n) INTO old_key FROM unnest(keys) WITH ORDINALITY AS u(k, n);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    new_row := to_jsonb(NEW);
    SELECT string_agg(new_row ->> k, '|' ORDER BY n) INTO new_key FROM unnest(keys) WITH ORDINALITY AS u(k, n);
  END IF;
  IF TG_OP = 'UPDATE' AND old_key = new_key AND (old_row - ignored) = (new_row - ignored) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "row_versions" SET "valid_to" = now()
      WHERE "table_name" = TG_TABLE_NAME AND "row_key" = old_key AND "valid_to" IS NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
    VALUES (TG_TABLE_NAME, new_key, new_row, CASE WHEN TG_OP = 'INSERT'
      THEN least(now(), coalesce((new_row ->> 'created_at')::timestamptz, now())) ELSE now() END);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "facility_staffing_versions" AFTER INSERT OR UPDATE OR DELETE ON "facility_staffing"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('profile_key,skill_code,level,year_offset');
--> statement-breakpoint
CREATE TRIGGER "planned_facilities_versions" AFTER INSERT OR UPDATE OR DELETE ON "planned_facilities"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('id');
--> statement-breakpoint
CREATE TRIGGER "tenant_hiring_plans_versions" AFTER INSERT OR UPDATE OR DELETE ON "tenant_hiring_plans"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('id');
--> statement-breakpoint
CREATE TRIGGER "training_programmes_versions" AFTER INSERT OR UPDATE OR DELETE ON "training_programmes"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('id', 'version', 'updated_at');
--> statement-breakpoint
CREATE TRIGGER "training_cohorts_versions" AFTER INSERT OR UPDATE OR DELETE ON "training_cohorts"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('id', 'enrolled');
--> statement-breakpoint
CREATE TRIGGER "job_openings_versions" AFTER INSERT OR UPDATE OR DELETE ON "job_openings"
  FOR EACH ROW EXECUTE FUNCTION "record_row_version"('id', 'version', 'updated_at');
--> statement-breakpoint
-- Backfill: rows from before the history count as they are now from their creation (the staffing tables,
-- which carry no creation time, from the epoch): what the platform knows of their past, as migration 0028 did
-- for the state stamps.
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'facility_staffing', concat_ws('|', s."profile_key", s."skill_code", s."level", s."year_offset"),
    to_jsonb(s), to_timestamp(0) FROM "facility_staffing" s;
--> statement-breakpoint
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'planned_facilities', x."id"::text, to_jsonb(x), x."created_at" FROM "planned_facilities" x;
--> statement-breakpoint
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'tenant_hiring_plans', x."id"::text, to_jsonb(x), x."created_at" FROM "tenant_hiring_plans" x;
--> statement-breakpoint
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'training_programmes', x."id"::text, to_jsonb(x), x."created_at" FROM "training_programmes" x;
--> statement-breakpoint
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'training_cohorts', x."id"::text, to_jsonb(x), x."created_at" FROM "training_cohorts" x;
--> statement-breakpoint
INSERT INTO "row_versions" ("table_name", "row_key", "row", "valid_from")
  SELECT 'job_openings', x."id"::text, to_jsonb(x), x."created_at" FROM "job_openings" x;
