CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"entity_key" text,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"organization_id" uuid,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "application_fields" (
	"code" text PRIMARY KEY NOT NULL,
	"label" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"key" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"clusters" text[] DEFAULT '{}'::text[] NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"applications" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"country" text,
	"prefecture" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"memberships" text[] DEFAULT '{}'::text[] NOT NULL,
	"website" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"search_terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"content_hash" text NOT NULL,
	"sort_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "technologies" (
	"code" text PRIMARY KEY NOT NULL,
	"cluster_key" text NOT NULL,
	"parent_code" text,
	"label" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technologies" ADD CONSTRAINT "technologies_cluster_key_clusters_key_fk" FOREIGN KEY ("cluster_key") REFERENCES "public"."clusters"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organizations_search_terms_idx" ON "organizations" USING gin ("search_terms");--> statement-breakpoint
CREATE INDEX "organizations_technologies_idx" ON "organizations" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "organizations_clusters_idx" ON "organizations" USING gin ("clusters");--> statement-breakpoint
CREATE INDEX "organizations_memberships_idx" ON "organizations" USING gin ("memberships");--> statement-breakpoint
CREATE INDEX "organizations_roles_idx" ON "organizations" USING gin ("roles");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organizations_prefecture_idx" ON "organizations" USING btree ("prefecture");--> statement-breakpoint
CREATE INDEX "organizations_sort_name_idx" ON "organizations" USING btree ("sort_name");--> statement-breakpoint
CREATE INDEX "technologies_cluster_idx" ON "technologies" USING btree ("cluster_key");