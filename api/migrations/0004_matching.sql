CREATE TABLE "matching_fairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"region_path" text NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_settings" (
	"city_code" varchar(12) PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "matching_fairs_path_idx" ON "matching_fairs" USING btree ("region_path" text_pattern_ops,"created_at");