CREATE TABLE "evaluation_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"party" varchar(16) NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"scorer_user_id" uuid,
	"phone_hash" varchar(64),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_settings" (
	"city_code" varchar(12) PRIMARY KEY NOT NULL,
	"w_party_org" integer NOT NULL,
	"w_residents" integer NOT NULL,
	"w_departments" integer NOT NULL,
	"w_experts" integer NOT NULL,
	"t_excellent" integer NOT NULL,
	"t_good" integer NOT NULL,
	"t_pass" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"total_hundredths" integer NOT NULL,
	"grade" varchar(16) NOT NULL,
	"evaluated_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_evaluations_project_id_unique" UNIQUE("project_id")
);
--> statement-breakpoint
CREATE TABLE "project_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"content" text NOT NULL,
	"participants" integer NOT NULL,
	"beneficiaries" integer NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"content" text NOT NULL,
	"status" varchar(16) DEFAULT 'filed' NOT NULL,
	"resolution" text,
	"filed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "project_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action" varchar(48) NOT NULL,
	"summary" text NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"deliverables" text NOT NULL,
	"payment_fen" bigint NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"evidence" text,
	"photo_ids" uuid[] DEFAULT '{}' NOT NULL,
	"review_comment" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"mime" varchar(32) NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_rectifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"requirement" text NOT NULL,
	"deadline" date NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"review_comment" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_spendings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"item" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" varchar(32) NOT NULL,
	"call_id" uuid,
	"title" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"budget_fen" bigint NOT NULL,
	"funding_source" varchar(32) NOT NULL,
	"need_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" varchar(16) DEFAULT 'contracted' NOT NULL,
	"rating_token" varchar(32) NOT NULL,
	"total_hundredths" integer,
	"grade" varchar(16),
	"evaluated_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_number_unique" UNIQUE("number"),
	CONSTRAINT "projects_rating_token_unique" UNIQUE("rating_token")
);
--> statement-breakpoint
CREATE TABLE "rating_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"phone_hash" varchar(64) NOT NULL,
	"code_hash" varchar(64) NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"list" varchar(8) NOT NULL,
	"reason_kind" varchar(24) NOT NULL,
	"reason" text NOT NULL,
	"project_id" uuid,
	"complaint_id" uuid,
	"listed_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_evaluations" ADD CONSTRAINT "organisation_evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_complaints" ADD CONSTRAINT "project_complaints_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_events" ADD CONSTRAINT "project_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photos" ADD CONSTRAINT "project_photos_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_rectifications" ADD CONSTRAINT "project_rectifications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_spendings" ADD CONSTRAINT "project_spendings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_codes" ADD CONSTRAINT "rating_codes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_entries" ADD CONSTRAINT "standing_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scores_user_idx" ON "evaluation_scores" USING btree ("project_id","scorer_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scores_phone_idx" ON "evaluation_scores" USING btree ("project_id","phone_hash");--> statement-breakpoint
CREATE INDEX "organisation_evaluations_org_idx" ON "organisation_evaluations" USING btree ("organisation_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "project_activities_project_idx" ON "project_activities" USING btree ("project_id","held_on");--> statement-breakpoint
CREATE INDEX "project_complaints_project_idx" ON "project_complaints" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_complaints_filed_by_idx" ON "project_complaints" USING btree ("filed_by");--> statement-breakpoint
CREATE INDEX "project_events_project_idx" ON "project_events" USING btree ("project_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "project_milestones_seq_idx" ON "project_milestones" USING btree ("project_id","seq");--> statement-breakpoint
CREATE INDEX "project_photos_project_idx" ON "project_photos" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_rectifications_project_idx" ON "project_rectifications" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_spendings_project_idx" ON "project_spendings" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_path_idx" ON "projects" USING btree ("region_path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "projects_org_idx" ON "projects" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "rating_codes_phone_idx" ON "rating_codes" USING btree ("project_id","phone_hash","created_at");--> statement-breakpoint
CREATE INDEX "standing_entries_org_idx" ON "standing_entries" USING btree ("organisation_id","valid_until");