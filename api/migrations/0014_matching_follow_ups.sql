CREATE TABLE "matching_follow_ups" (
	"fair_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"ref_id" uuid NOT NULL,
	"note" text,
	CONSTRAINT "matching_follow_ups_fair_id_need_id_pk" PRIMARY KEY("fair_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "matching_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fair_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"score" double precision NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"response_note" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_fairs" ADD COLUMN "confirm_key" varchar(64);--> statement-breakpoint
ALTER TABLE "matching_follow_ups" ADD CONSTRAINT "matching_follow_ups_fair_id_matching_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."matching_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_invitations" ADD CONSTRAINT "matching_invitations_fair_id_matching_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."matching_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_follow_ups_need_idx" ON "matching_follow_ups" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "matching_invitations_org_idx" ON "matching_invitations" USING btree ("organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "matching_invitations_path_idx" ON "matching_invitations" USING btree ("region_path" text_pattern_ops,"created_at");--> statement-breakpoint
ALTER TABLE "matching_fairs" ADD CONSTRAINT "matching_fairs_confirm_key_unique" UNIQUE("confirm_key");