CREATE TABLE "agreement_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"occurred_on" date NOT NULL,
	"participant_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"participants" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outcome" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_activities_kind" CHECK ("agreement_activities"."kind" in ('mission', 'joint-workshop', 'staff-exchange', 'joint-project', 'bulletin'))
);
--> statement-breakpoint
CREATE TABLE "agreement_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "agreement_areas_key" UNIQUE("agreement_id","key")
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organization_id_pk" PRIMARY KEY("agreement_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"signed_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"renewal_on" date,
	"source" jsonb,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_key_unique" UNIQUE("key"),
	CONSTRAINT "agreements_kind" CHECK ("agreements"."kind" in ('memorandum', 'joint-statement', 'partnership', 'regional-agreement')),
	CONSTRAINT "agreements_status" CHECK ("agreements"."status" in ('draft', 'active', 'expired', 'terminated')),
	CONSTRAINT "agreements_renewal" CHECK ("agreements"."renewal_on" is null or "agreements"."signed_on" is null or "agreements"."renewal_on" >= "agreements"."signed_on")
);
--> statement-breakpoint
CREATE TABLE "alliance_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"text" jsonb NOT NULL,
	"owner_organization_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "alliance_action_items_status" CHECK ("alliance_action_items"."status" in ('open', 'done')),
	CONSTRAINT "alliance_action_items_done" CHECK (("alliance_action_items"."status" = 'done') = ("alliance_action_items"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "alliance_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"url" text NOT NULL,
	"visibility" text DEFAULT 'group' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_documents_visibility" CHECK ("alliance_documents"."visibility" in ('group', 'members'))
);
--> statement-breakpoint
CREATE TABLE "alliance_group_members" (
	"group_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "alliance_group_members_group_id_organization_id_pk" PRIMARY KEY("group_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "alliance_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_groups_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "alliance_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"title" jsonb NOT NULL,
	"minutes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulletin_digests" (
	"user_id" uuid NOT NULL,
	"week" date NOT NULL,
	"bulletin_count" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bulletin_digests_user_id_week_pk" PRIMARY KEY("user_id","week")
);
--> statement-breakpoint
CREATE TABLE "bulletin_subscriptions" (
	"user_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletin_subscriptions_user_id_tag_pk" PRIMARY KEY("user_id","tag")
);
--> statement-breakpoint
CREATE TABLE "bulletins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"area_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"author_user_id" uuid,
	"author_organization_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletins_kind" CHECK ("bulletins"."kind" in ('regulation-news', 'market-news', 'success-case', 'call-for-proposals')),
	CONSTRAINT "bulletins_audience" CHECK ("bulletins"."audience" in ('public', 'members', 'partners'))
);
--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_area_id_agreement_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."agreement_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_areas" ADD CONSTRAINT "agreement_areas_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_action_items" ADD CONSTRAINT "alliance_action_items_meeting_id_alliance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."alliance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_action_items" ADD CONSTRAINT "alliance_action_items_group_id_alliance_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."alliance_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_action_items" ADD CONSTRAINT "alliance_action_items_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD CONSTRAINT "alliance_documents_group_id_alliance_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."alliance_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_documents" ADD CONSTRAINT "alliance_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_group_members" ADD CONSTRAINT "alliance_group_members_group_id_alliance_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."alliance_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_group_members" ADD CONSTRAINT "alliance_group_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_meetings" ADD CONSTRAINT "alliance_meetings_group_id_alliance_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."alliance_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_meetings" ADD CONSTRAINT "alliance_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_digests" ADD CONSTRAINT "bulletin_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_subscriptions" ADD CONSTRAINT "bulletin_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_author_organization_id_organizations_id_fk" FOREIGN KEY ("author_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_activities_agreement_idx" ON "agreement_activities" USING btree ("agreement_id","occurred_on");--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "alliance_action_items_group_idx" ON "alliance_action_items" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "alliance_documents_group_idx" ON "alliance_documents" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alliance_group_one_lead" ON "alliance_group_members" USING btree ("group_id") WHERE "alliance_group_members"."lead";--> statement-breakpoint
CREATE INDEX "alliance_group_members_org_idx" ON "alliance_group_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "alliance_meetings_group_idx" ON "alliance_meetings" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "bulletins_published_idx" ON "bulletins" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "bulletins_tags_idx" ON "bulletins" USING gin ("tags");