-- Hand-written: before this index, simultaneous identical requests could open several introductions for one
-- pair. Keep the oldest open; close the others (with an event saying why), or the index cannot be built.
WITH ranked AS (
  SELECT "id", "state", row_number() OVER (PARTITION BY "to_id", "from_post_id" ORDER BY "created_at", "id") AS n
  FROM "introductions" WHERE "state" in ('requested', 'accepted', 'meeting', 'nda', 'poc')
), closed AS (
  UPDATE "introductions" i SET "state" = 'closed', "state_changed_at" = now(),
    "outcome" = 'Duplicate of an earlier open introduction for the same pair (closed by migration 0006)'
  FROM ranked WHERE ranked."id" = i."id" AND ranked.n > 1
  RETURNING i."id", ranked."state" AS "from_state"
)
INSERT INTO "introduction_events" ("introduction_id", "from_state", "to_state", "note")
SELECT "id", "from_state", 'closed', 'duplicate' FROM closed;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "seeds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_open_pair_idx" ON "introductions" USING btree ("to_id","from_post_id") WHERE state in ('requested', 'accepted', 'meeting', 'nda', 'poc');