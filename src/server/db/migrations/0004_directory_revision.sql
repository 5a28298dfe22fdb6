ALTER TABLE "organizations" ADD COLUMN "revision" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "revision" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "epoch" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "deletions" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "relations" ADD COLUMN "revision" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "organizations_revision_idx" ON "organizations" USING btree ("revision");--> statement-breakpoint
CREATE INDEX "relations_revision_idx" ON "relations" USING btree ("revision");--> statement-breakpoint
-- Hand-written: every row written to organisations or relations is stamped with the directory revision of
-- its transaction. The first such row of a transaction takes the next revision (locking the data_versions
-- row until commit, so revisions commit in order) and keeps it in a transaction-local setting for the rest.
CREATE FUNCTION "stamp_directory_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current bigint := nullif(current_setting('fch.directory_revision', true), '')::bigint;
BEGIN
  IF current IS NULL THEN
    INSERT INTO "data_versions" ("name", "token", "revision") VALUES ('directory', gen_random_uuid()::text, 1)
    ON CONFLICT ("name") DO UPDATE SET "revision" = "data_versions"."revision" + 1
    RETURNING "revision" INTO current;
    PERFORM set_config('fch.directory_revision', current::text, true);
  END IF;
  NEW."revision" := current;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "organizations_revision" BEFORE INSERT OR UPDATE ON "organizations"
  FOR EACH ROW EXECUTE FUNCTION "stamp_directory_revision"();--> statement-breakpoint
CREATE TRIGGER "relations_revision" BEFORE INSERT OR UPDATE ON "relations"
  FOR EACH ROW EXECUTE FUNCTION "stamp_directory_revision"();--> statement-breakpoint
-- Deleted rows leave no stamp: a statement that deletes counts itself instead, and readers compare ids then.
CREATE FUNCTION "count_directory_deletions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_versions" ("name", "token", "deletions") VALUES ('directory', gen_random_uuid()::text, 1)
  ON CONFLICT ("name") DO UPDATE SET "deletions" = "data_versions"."deletions" + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "organizations_deletions" AFTER DELETE OR TRUNCATE ON "organizations"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_directory_deletions"();--> statement-breakpoint
CREATE TRIGGER "relations_deletions" AFTER DELETE OR TRUNCATE ON "relations"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_directory_deletions"();
--> statement-breakpoint
-- Hand-written: names sort by code point on every server, whatever the database's locale, the same order the
-- in-memory snapshot keeps (supply-chain columns, map points) and the one PGlite uses.
ALTER TABLE "organizations" ALTER COLUMN "sort_name" SET DATA TYPE text COLLATE "C";
