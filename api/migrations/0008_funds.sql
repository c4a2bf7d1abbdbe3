CREATE TABLE "fund_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"title" text NOT NULL,
	"target" bigint NOT NULL,
	"deadline" date NOT NULL,
	"status" varchar(16) NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_disbursements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"project_id" uuid,
	"payee_name" text NOT NULL,
	"payee_organisation_id" uuid,
	"amount" bigint NOT NULL,
	"purpose" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"milestone_id" uuid,
	"requested_by" uuid NOT NULL,
	"approved_by" uuid,
	"paid_by" uuid,
	"hold_txn_id" uuid,
	"settle_txn_id" uuid,
	"region_path" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_donations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"campaign_id" uuid,
	"amount" bigint NOT NULL,
	"channel" varchar(16) NOT NULL,
	"channel_ref" text NOT NULL,
	"donor_name" text,
	"is_anonymous" boolean NOT NULL,
	"message" text,
	"receipt_no" varchar(40) NOT NULL,
	"txn_id" uuid NOT NULL,
	"refunded" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_donations_receipt_no_unique" UNIQUE("receipt_no")
);
--> statement-breakpoint
CREATE TABLE "fund_idempotency" (
	"key" text PRIMARY KEY NOT NULL,
	"command" varchar(32) NOT NULL,
	"payload_hash" varchar(64) NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_payment_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_ref" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"milestone" text NOT NULL,
	"payee_name" text NOT NULL,
	"payee_organisation_id" uuid,
	"amount" bigint NOT NULL,
	"due_on" date NOT NULL,
	"status" varchar(16) NOT NULL,
	"disbursement_id" uuid,
	"region_path" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"need_id" uuid,
	"project_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" varchar(32) NOT NULL,
	"beneficiaries" integer DEFAULT 0 NOT NULL,
	"budget" bigint NOT NULL,
	"status" varchar(16) NOT NULL,
	"vote" jsonb,
	"region_path" text NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(32) NOT NULL,
	"name" text NOT NULL,
	"kind" varchar(16) NOT NULL,
	"parent_id" uuid,
	"purpose" text NOT NULL,
	"restriction" text NOT NULL,
	"region_code" varchar(24) NOT NULL,
	"region_path" text NOT NULL,
	"committee" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"supervisor" text,
	"receipt_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "ledger_accounts_no_negative" CHECK ("ledger_accounts"."kind" not in ('available', 'held') or "ledger_accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"txn_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"direction" varchar(1) NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "ledger_entries_positive" CHECK ("ledger_entries"."amount" > 0 and "ledger_entries"."direction" in ('D', 'C'))
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"kind" varchar(16) NOT NULL,
	"fund_id" uuid NOT NULL,
	"counter_fund_id" uuid,
	"amount" bigint NOT NULL,
	"memo" text NOT NULL,
	"ref_type" varchar(16),
	"ref_id" uuid,
	"reverses_id" uuid,
	"created_by" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_transactions_seq_unique" UNIQUE("seq"),
	CONSTRAINT "ledger_transactions_reverses_id_unique" UNIQUE("reverses_id")
);
--> statement-breakpoint
ALTER TABLE "fund_campaigns" ADD CONSTRAINT "fund_campaigns_project_id_fund_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."fund_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_campaigns" ADD CONSTRAINT "fund_campaigns_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_disbursements" ADD CONSTRAINT "fund_disbursements_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_disbursements" ADD CONSTRAINT "fund_disbursements_project_id_fund_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."fund_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_donations" ADD CONSTRAINT "fund_donations_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_donations" ADD CONSTRAINT "fund_donations_campaign_id_fund_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."fund_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_donations" ADD CONSTRAINT "fund_donations_txn_id_ledger_transactions_id_fk" FOREIGN KEY ("txn_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_milestones" ADD CONSTRAINT "fund_payment_milestones_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_projects" ADD CONSTRAINT "fund_projects_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_projects" ADD CONSTRAINT "fund_projects_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_txn_id_ledger_transactions_id_fk" FOREIGN KEY ("txn_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_counter_fund_id_funds_id_fk" FOREIGN KEY ("counter_fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_campaigns_fund_idx" ON "fund_campaigns" USING btree ("fund_id");--> statement-breakpoint
CREATE INDEX "fund_disb_fund_idx" ON "fund_disbursements" USING btree ("fund_id","status");--> statement-breakpoint
CREATE INDEX "fund_disb_path_idx" ON "fund_disbursements" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "fund_donations_fund_idx" ON "fund_donations" USING btree ("fund_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_donations_channel_uq" ON "fund_donations" USING btree ("channel","channel_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_milestones_contract_seq_uq" ON "fund_payment_milestones" USING btree ("contract_ref","seq");--> statement-breakpoint
CREATE INDEX "fund_projects_fund_idx" ON "fund_projects" USING btree ("fund_id");--> statement-breakpoint
CREATE INDEX "fund_projects_path_idx" ON "fund_projects" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "funds_path_idx" ON "funds" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "funds_parent_idx" ON "funds" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_fund_kind_uq" ON "ledger_accounts" USING btree ("fund_id","kind");--> statement-breakpoint
CREATE INDEX "ledger_entries_txn_idx" ON "ledger_entries" USING btree ("txn_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "ledger_tx_fund_idx" ON "ledger_transactions" USING btree ("fund_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_tx_ref_idx" ON "ledger_transactions" USING btree ("ref_id");