-- Scoped list totals filtered by type and status read only this narrow index (index-only scan), not the wide rows.
CREATE INDEX IF NOT EXISTS "org_scope_cover_idx" ON "organisations" ("type", "status") INCLUDE ("operating_region_path", "registration_region_path");
