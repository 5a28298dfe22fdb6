CREATE TABLE "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"type" text NOT NULL,
	"since" text,
	"source" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relations_from_to_type_key" UNIQUE("from_id","to_id","type")
);
--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_from_id_organizations_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_to_id_organizations_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "relations_to_idx" ON "relations" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "relations_type_idx" ON "relations" USING btree ("type");--> statement-breakpoint
-- Hand-written (drizzle-kit does not emit functions or triggers): every statement that writes organisations
-- or relations gives the directory a fresh version token, inside the writer's transaction.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_versions" ("name", "token", "changed_at") VALUES (TG_ARGV[0], gen_random_uuid()::text, now())
  ON CONFLICT ("name") DO UPDATE SET "token" = excluded."token", "changed_at" = excluded."changed_at";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "organizations_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('directory');--> statement-breakpoint
CREATE TRIGGER "relations_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "relations"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('directory');
