CREATE TABLE "registry_settings" (
	"city_code" varchar(12) PRIMARY KEY NOT NULL,
	"committee_rules" jsonb NOT NULL,
	"social_committee" text NOT NULL,
	"default_committee" text NOT NULL,
	"trust_order" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registry_tasks" ADD COLUMN "due_on" date;