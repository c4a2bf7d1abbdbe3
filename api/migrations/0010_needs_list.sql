CREATE TABLE "catalogue_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"catalogue_class" varchar(32) NOT NULL,
	"category" varchar(32) NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"text_search" text NOT NULL,
	"region_codes" text[] NOT NULL,
	"region_paths" text[] NOT NULL,
	"price_fen" integer DEFAULT 0 NOT NULL,
	"monthly_capacity" integer NOT NULL,
	"status" varchar(16) DEFAULT 'published' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_order_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"order_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" varchar(32) NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"from_status" varchar(16),
	"to_status" varchar(16),
	"note" text
);
--> statement-breakpoint
CREATE TABLE "catalogue_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" varchar(32) NOT NULL,
	"item_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"note" text NOT NULL,
	"price_fen" integer NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_enc" text NOT NULL,
	"contact_phone_hash" varchar(64) NOT NULL,
	"contact_phone_masked" varchar(20) NOT NULL,
	"status" varchar(16) DEFAULT 'placed' NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"decline_reason" text,
	"delivery_note" text,
	"rating" smallint,
	"rating_comment" text,
	"ordered_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "catalogue_orders_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "need_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"assessor_id" uuid NOT NULL,
	"assigned_by" uuid,
	"status" varchar(16) DEFAULT 'assigned' NOT NULL,
	"importance" smallint,
	"urgency" smallint,
	"feasibility" smallint,
	"comment" text,
	"assigned_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "need_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime" varchar(64) NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"need_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" varchar(32) NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"from_status" varchar(16),
	"to_status" varchar(16),
	"note" text
);
--> statement-breakpoint
CREATE TABLE "need_status_counts" (
	"region_path" text NOT NULL,
	"parent_path" text,
	"status" varchar(16) NOT NULL,
	"category" varchar(32) NOT NULL,
	"source" varchar(24) NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "need_status_counts_region_path_status_category_source_pk" PRIMARY KEY("region_path","status","category","source")
);
--> statement-breakpoint
ALTER TABLE "catalogue_order_events" ADD CONSTRAINT "catalogue_order_events_order_id_catalogue_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."catalogue_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_orders" ADD CONSTRAINT "catalogue_orders_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_assessments" ADD CONSTRAINT "need_assessments_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_attachments" ADD CONSTRAINT "need_attachments_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_events" ADD CONSTRAINT "need_events_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_items_org_idx" ON "catalogue_items" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "catalogue_items_class_idx" ON "catalogue_items" USING btree ("status","catalogue_class");--> statement-breakpoint
CREATE INDEX "catalogue_order_events_order_idx" ON "catalogue_order_events" USING btree ("order_id","seq");--> statement-breakpoint
CREATE INDEX "catalogue_orders_org_idx" ON "catalogue_orders" USING btree ("organisation_id","status","id");--> statement-breakpoint
CREATE INDEX "catalogue_orders_path_idx" ON "catalogue_orders" USING btree ("region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "catalogue_orders_by_idx" ON "catalogue_orders" USING btree ("ordered_by","id");--> statement-breakpoint
CREATE INDEX "catalogue_orders_item_idx" ON "catalogue_orders" USING btree ("item_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "need_assessments_need_assessor_uq" ON "need_assessments" USING btree ("need_id","assessor_id");--> statement-breakpoint
CREATE INDEX "need_assessments_assessor_idx" ON "need_assessments" USING btree ("assessor_id","need_id");--> statement-breakpoint
CREATE INDEX "need_attachments_need_idx" ON "need_attachments" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "need_events_need_idx" ON "need_events" USING btree ("need_id","seq");--> statement-breakpoint
CREATE INDEX "need_status_counts_parent_idx" ON "need_status_counts" USING btree ("parent_path");--> statement-breakpoint
CREATE INDEX "needs_category_status_id_idx" ON "needs" USING btree ("category","status","id");--> statement-breakpoint
CREATE INDEX "needs_status_id_idx" ON "needs" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "needs_region_category_idx" ON "needs" USING btree ("region_code","category","id");