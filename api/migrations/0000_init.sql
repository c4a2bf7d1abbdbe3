CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"role_key" varchar(40),
	"organisation_id" uuid,
	"ip" text,
	"request_id" text,
	"action" varchar(64) NOT NULL,
	"entity_type" varchar(40),
	"entity_id" text,
	"region_path" text,
	"summary" text,
	"diff" jsonb,
	"prev_hash" varchar(64) NOT NULL,
	"hash" varchar(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"credit_code" varchar(18),
	"type" varchar(32) NOT NULL,
	"service_domains" text[] DEFAULT '{}' NOT NULL,
	"is_hub" boolean DEFAULT false NOT NULL,
	"is_brand" boolean DEFAULT false NOT NULL,
	"registration_region_code" varchar(24) NOT NULL,
	"registration_region_path" text NOT NULL,
	"operating_region_code" varchar(24) NOT NULL,
	"operating_region_path" text NOT NULL,
	"legal_representative" text,
	"phone_enc" text,
	"phone_hash" varchar(64),
	"phone_masked" varchar(20),
	"address" text,
	"founded_on" date,
	"grade" varchar(2),
	"grade_valid_until" date,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(24) PRIMARY KEY NOT NULL,
	"parent_code" varchar(24),
	"name" text NOT NULL,
	"level" smallint NOT NULL,
	"path" text NOT NULL,
	"population" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" varchar(64) NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" varchar(64) NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role_key" varchar(40) NOT NULL,
	"region_code" varchar(24),
	"organisation_id" uuid,
	"custom_region_codes" text[] DEFAULT '{}' NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_action_idx" ON "audit_log" USING btree ("action","seq");--> statement-breakpoint
CREATE INDEX "audit_region_idx" ON "audit_log" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "org_operating_path_idx" ON "organisations" USING btree ("operating_region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "org_registration_path_idx" ON "organisations" USING btree ("registration_region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "org_phone_hash_idx" ON "organisations" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "org_type_idx" ON "organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_path_idx" ON "regions" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "regions_name_idx" ON "regions" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");