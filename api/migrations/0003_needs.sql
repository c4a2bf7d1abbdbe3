CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" varchar(32) NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"text_search" text NOT NULL,
	"category" varchar(32) NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"source" varchar(24) NOT NULL,
	"urgency" varchar(16) NOT NULL,
	"people_affected" integer DEFAULT 1 NOT NULL,
	"request_count" integer DEFAULT 1 NOT NULL,
	"status" varchar(16) DEFAULT 'submitted' NOT NULL,
	"priority" smallint,
	"decision_reason" text,
	"merged_into_id" uuid,
	"contact_name" text,
	"contact_phone_enc" text,
	"contact_phone_hash" varchar(64),
	"contact_phone_masked" varchar(20),
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE INDEX "needs_path_idx" ON "needs" USING btree ("region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status","category");--> statement-breakpoint
CREATE INDEX "needs_created_by_idx" ON "needs" USING btree ("created_by");