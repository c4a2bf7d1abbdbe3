CREATE TABLE "call_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"awarded_at" timestamp with time zone NOT NULL,
	"notice_ends_at" timestamp with time zone NOT NULL,
	"finalised_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_bid_members" (
	"bid_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" varchar(8) NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "call_bid_members_bid_id_organisation_id_pk" PRIMARY KEY("bid_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "call_bids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"intent_letter" text NOT NULL,
	"service_plan" text NOT NULL,
	"total_fen" bigint NOT NULL,
	"budget_lines" jsonb NOT NULL,
	"team" jsonb NOT NULL,
	"timeline" jsonb NOT NULL,
	"eligibility_failures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" varchar(32) NOT NULL,
	"summary" text NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_exclusions" (
	"organisation_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"reason" text NOT NULL,
	"until" timestamp with time zone,
	CONSTRAINT "call_exclusions_organisation_id_kind_pk" PRIMARY KEY("organisation_id","kind")
);
--> statement-breakpoint
CREATE TABLE "call_objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"text" text NOT NULL,
	"contact_enc" text,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"answer" text,
	"filed_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_panellists" (
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	CONSTRAINT "call_panellists_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "call_reviews" (
	"call_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"conflict" boolean NOT NULL,
	"conflict_reason" text,
	"scores" jsonb,
	"comment" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "call_reviews_bid_id_user_id_pk" PRIMARY KEY("bid_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" varchar(32) NOT NULL,
	"title" text NOT NULL,
	"service_content" text NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"budget_fen" bigint NOT NULL,
	"funding_source" varchar(32) NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"criteria" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"max_concurrent_awards" integer DEFAULT 2 NOT NULL,
	"notice_days" integer DEFAULT 5 NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"need_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"roadshow" jsonb,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_bid_id_call_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."call_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_bid_members" ADD CONSTRAINT "call_bid_members_bid_id_call_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."call_bids"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_bids" ADD CONSTRAINT "call_bids_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_objections" ADD CONSTRAINT "call_objections_award_id_call_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."call_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_panellists" ADD CONSTRAINT "call_panellists_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_bid_id_call_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."call_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_awards_org_idx" ON "call_awards" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "call_awards_call_idx" ON "call_awards" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "call_bid_members_call_idx" ON "call_bid_members" USING btree ("call_id","organisation_id");--> statement-breakpoint
CREATE INDEX "call_bid_members_org_idx" ON "call_bid_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "call_bids_call_idx" ON "call_bids" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "call_events_call_idx" ON "call_events" USING btree ("call_id","at");--> statement-breakpoint
CREATE INDEX "call_objections_call_idx" ON "call_objections" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "call_panellists_user_idx" ON "call_panellists" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "call_reviews_call_idx" ON "call_reviews" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "calls_path_idx" ON "calls" USING btree ("region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "calls_status_idx" ON "calls" USING btree ("status","deadline");