-- Scoped needs lists (a county's 10,000 needs are spread over the whole table) filter and page inside this index:
-- an index-only scan over the scope's range instead of thousands of random heap reads (bench/RESULTS.md, needs).
CREATE INDEX IF NOT EXISTS "needs_scope_cover_idx" ON "needs" ("region_path" text_pattern_ops, "id") INCLUDE ("status", "category", "source", "text_search");
