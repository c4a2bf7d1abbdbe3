import { index, integer, pgTable, smallint, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * The region tree: national divisions (12-digit statistical codes) and our grids below communities.
 * `path` is the materialised chain of codes ('/150000000000/150600000000/…/') so a subtree is one
 * prefix scan; every scoped record copies the path of its region for the same reason.
 */
export const regions = pgTable('regions', {
  code: varchar('code', { length: 24 }).primaryKey(),
  parentCode: varchar('parent_code', { length: 24 }),
  name: text('name').notNull(),
  level: smallint('level').notNull(),
  path: text('path').notNull(),
  population: integer('population'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('regions_parent_idx').on(t.parentCode),
  index('regions_path_idx').on(t.path.op('text_pattern_ops')),
  index('regions_name_idx').on(t.name),
]);
