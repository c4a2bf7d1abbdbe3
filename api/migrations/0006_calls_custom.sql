-- Closed value sets the application's state machines rely on (lifecycle-rules.ts); drizzle-kit cannot express CHECKs.
ALTER TABLE "calls" ADD CONSTRAINT "calls_status_check" CHECK ("status" IN ('draft', 'published', 'closed', 'evaluating', 'awarded', 'finalised', 'cancelled'));--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_money_check" CHECK ("budget_fen" > 0 AND "max_concurrent_awards" >= 1 AND "notice_days" >= 1);--> statement-breakpoint
ALTER TABLE "call_bids" ADD CONSTRAINT "call_bids_status_check" CHECK ("status" IN ('draft', 'submitted', 'ineligible', 'withdrawn', 'awarded', 'not_awarded', 'disqualified'));--> statement-breakpoint
ALTER TABLE "call_bids" ADD CONSTRAINT "call_bids_total_check" CHECK ("total_fen" > 0);--> statement-breakpoint
ALTER TABLE "call_bid_members" ADD CONSTRAINT "call_bid_members_role_check" CHECK ("role" IN ('lead', 'member'));--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_status_check" CHECK ("status" IN ('noticed', 'objected', 'cancelled', 'finalised'));--> statement-breakpoint
-- At most one live award per call: a second can only follow a cancelled one.
CREATE UNIQUE INDEX "call_awards_one_live" ON "call_awards" ("call_id") WHERE "status" <> 'cancelled';--> statement-breakpoint
ALTER TABLE "call_objections" ADD CONSTRAINT "call_objections_status_check" CHECK ("status" IN ('open', 'upheld', 'dismissed'));--> statement-breakpoint
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_shape_check" CHECK (("conflict" AND "scores" IS NULL) OR (NOT "conflict" AND "scores" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "call_exclusions" ADD CONSTRAINT "call_exclusions_kind_check" CHECK ("kind" IN ('black', 'abnormal'));
