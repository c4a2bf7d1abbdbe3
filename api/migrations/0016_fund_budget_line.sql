ALTER TABLE "funds" ADD COLUMN "budget_line" varchar(32);--> statement-breakpoint
-- Databases seeded before this column: name the demo budget lines by their codes (no-op on other data).
UPDATE "funds" SET "budget_line" = CASE "code" WHEN 'GOV-YJ-PS' THEN 'government_purchase' WHEN 'GOV-ALT-5S' THEN 'township_subsidy' WHEN 'GOV-YJ-VP' THEN 'venture_philanthropy' END
  WHERE "kind" = 'government' AND "code" IN ('GOV-YJ-PS', 'GOV-ALT-5S', 'GOV-YJ-VP');
