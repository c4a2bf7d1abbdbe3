import { index, integer, jsonb, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The needs list (需求清单). One row per need as residents, community workers and grid heads record it.
 * `request_count` counts how many people asked once duplicates are merged into this one.
 * Status: submitted → assessing → accepted | rejected | answered | merged; accepted → in_call → in_project → closed.
 */
export const needs = pgTable('needs', {
  id: uuid('id').primaryKey(),
  /** Human number shown on paper and phones, e.g. XQ20261123-0001. */
  number: varchar('number', { length: 32 }).notNull().unique(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  /** Title + description folded to simplified half-width text, for search and duplicate detection. */
  textSearch: text('text_search').notNull(),
  category: varchar('category', { length: 32 }).notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  source: varchar('source', { length: 24 }).notNull(),
  urgency: varchar('urgency', { length: 16 }).notNull(),
  peopleAffected: integer('people_affected').notNull().default(1),
  requestCount: integer('request_count').notNull().default(1),
  status: varchar('status', { length: 16 }).notNull().default('submitted'),
  /** Set by 评榜: 1 (highest) … 4. */
  priority: smallint('priority'),
  decisionReason: text('decision_reason'),
  mergedIntoId: uuid('merged_into_id'),
  contactName: text('contact_name'),
  contactPhoneEnc: text('contact_phone_enc'),
  contactPhoneHash: varchar('contact_phone_hash', { length: 64 }),
  contactPhoneMasked: varchar('contact_phone_masked', { length: 20 }),
  attachments: jsonb('attachments').$type<{ id: string; name: string; mime: string; size: number }[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('needs_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
  index('needs_status_idx').on(t.status, t.category),
  index('needs_created_by_idx').on(t.createdBy),
  // Added for the scoped, filtered list at a million rows (bench/needs): newest-first pages per filter, and duplicate candidates.
  index('needs_category_status_id_idx').on(t.category, t.status, t.id),
  index('needs_status_id_idx').on(t.status, t.id),
  index('needs_region_category_idx').on(t.regionCode, t.category, t.id),
]);
