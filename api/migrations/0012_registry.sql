CREATE TABLE "registry_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"row_a" uuid NOT NULL,
	"row_b" uuid NOT NULL,
	"same" boolean NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_entities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"credit_code" varchar(18),
	"legal_representative" text,
	"phone_enc" text,
	"phone_masked" varchar(20),
	"address" text,
	"founded_on" date,
	"kind" varchar(16) NOT NULL,
	"ledger" varchar(24) NOT NULL,
	"committee" text NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"party_coverage" varchar(16) DEFAULT 'unknown' NOT NULL,
	"verification" varchar(16) DEFAULT 'unverified' NOT NULL,
	"provenance" jsonb NOT NULL,
	"conflicts" jsonb NOT NULL,
	"manual" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_header_mappings" (
	"department" text NOT NULL,
	"header" text NOT NULL,
	"field" varchar(16),
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_header_mappings_department_header_pk" PRIMARY KEY("department","header")
);
--> statement-breakpoint
CREATE TABLE "registry_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"file_name" text NOT NULL,
	"sheet" text NOT NULL,
	"encoding" varchar(16) NOT NULL,
	"header_row" integer NOT NULL,
	"mapping" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"report" jsonb NOT NULL,
	"region_path" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_review_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_a" uuid NOT NULL,
	"entity_b" uuid NOT NULL,
	"row_a" uuid NOT NULL,
	"row_b" uuid NOT NULL,
	"score" real NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"region_path" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_source_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"department" text NOT NULL,
	"file_name" text NOT NULL,
	"row_no" integer NOT NULL,
	"raw_enc" text NOT NULL,
	"mapped_enc" text NOT NULL,
	"name" text NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	"entity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_id" uuid NOT NULL,
	"method" varchar(8) NOT NULL,
	"assignee_id" uuid NOT NULL,
	"status" varchar(16) DEFAULT 'assigned' NOT NULL,
	"note" text,
	"result" jsonb,
	"region_path" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "registry_source_rows" ADD CONSTRAINT "registry_source_rows_import_id_registry_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registry_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_tasks" ADD CONSTRAINT "registry_tasks_entity_id_registry_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."registry_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_entities_path_idx" ON "registry_entities" USING btree ("region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "registry_entities_ledger_idx" ON "registry_entities" USING btree ("ledger");--> statement-breakpoint
CREATE INDEX "registry_entities_code_idx" ON "registry_entities" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "registry_imports_path_idx" ON "registry_imports" USING btree ("region_path" text_pattern_ops,"created_at");--> statement-breakpoint
CREATE INDEX "registry_review_path_idx" ON "registry_review_items" USING btree ("status","region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "registry_rows_current_idx" ON "registry_source_rows" USING btree ("current","department");--> statement-breakpoint
CREATE INDEX "registry_rows_entity_idx" ON "registry_source_rows" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "registry_rows_import_idx" ON "registry_source_rows" USING btree ("import_id","row_no");--> statement-breakpoint
CREATE INDEX "registry_tasks_assignee_idx" ON "registry_tasks" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "registry_tasks_path_idx" ON "registry_tasks" USING btree ("region_path" text_pattern_ops);