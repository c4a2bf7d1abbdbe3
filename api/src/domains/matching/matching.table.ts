import { integer, jsonb, pgTable, text, timestamp, uuid, varchar, index } from 'drizzle-orm/pg-core';

/** Per-city ranking weights (智慧匹配 权重); a city without a row uses the defaults. */
export const matchingSettings = pgTable('matching_settings', {
  cityCode: varchar('city_code', { length: 12 }).primaryKey(),
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A confirmed matchmaking fair (供需对接会): its input and the optimal assignment as confirmed. */
export const matchingFairs = pgTable('matching_fairs', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  /** The organiser's region, so the fair is seen by that region and above, like the needs in it. */
  regionPath: text('region_path').notNull(),
  input: jsonb('input').notNull(),
  result: jsonb('result').notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('matching_fairs_path_idx').on(t.regionPath.op('text_pattern_ops'), t.createdAt)]);
