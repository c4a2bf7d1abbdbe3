import { bigserial, index, integer, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** A service on the menu (菜单式服务) an organisation offers. Status: published ⇄ withdrawn. Price in fen (0 = free). */
export const catalogueItems = pgTable('catalogue_items', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  catalogueClass: varchar('catalogue_class', { length: 32 }).notNull(),
  category: varchar('category', { length: 32 }).notNull(),
  title: text('title').notNull(),
  content: text('content').notNull(),
  /** Title + content folded for search (繁/简 alike). */
  textSearch: text('text_search').notNull(),
  regionCodes: text('region_codes').array().notNull(),
  regionPaths: text('region_paths').array().notNull(),
  priceFen: integer('price_fen').notNull().default(0),
  monthlyCapacity: integer('monthly_capacity').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('published'),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [index('catalogue_items_org_idx').on(t.organisationId), index('catalogue_items_class_idx').on(t.status, t.catalogueClass)]);

/** An order of a catalogue item (社区点单 → 社会组织接单 → 居民评单). Status: see order-rules.ts. */
export const catalogueOrders = pgTable('catalogue_orders', {
  id: uuid('id').primaryKey(),
  number: varchar('number', { length: 32 }).notNull().unique(),
  itemId: uuid('item_id').notNull().references(() => catalogueItems.id),
  organisationId: uuid('organisation_id').notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  note: text('note').notNull(),
  priceFen: integer('price_fen').notNull(),
  contactName: text('contact_name').notNull(),
  contactPhoneEnc: text('contact_phone_enc').notNull(),
  contactPhoneHash: varchar('contact_phone_hash', { length: 64 }).notNull(),
  contactPhoneMasked: varchar('contact_phone_masked', { length: 20 }).notNull(),
  status: varchar('status', { length: 16 }).notNull().default('placed'),
  /** The organisation answers by then (default 48 h after placing), else the order is flagged overdue. */
  respondBy: timestamp('respond_by', { withTimezone: true }).notNull(),
  declineReason: text('decline_reason'),
  deliveryNote: text('delivery_note'),
  rating: smallint('rating'),
  ratingComment: text('rating_comment'),
  orderedBy: uuid('ordered_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('catalogue_orders_org_idx').on(t.organisationId, t.status, t.id),
  index('catalogue_orders_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
  index('catalogue_orders_by_idx').on(t.orderedBy, t.id),
  index('catalogue_orders_item_idx').on(t.itemId, t.status, t.createdAt),
]);

/** The process record (过程留痕) of an order. */
export const catalogueOrderEvents = pgTable('catalogue_order_events', {
  id: uuid('id').primaryKey(),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  orderId: uuid('order_id').notNull().references(() => catalogueOrders.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
  action: varchar('action', { length: 32 }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  fromStatus: varchar('from_status', { length: 16 }),
  toStatus: varchar('to_status', { length: 16 }),
  note: text('note'),
}, (t) => [index('catalogue_order_events_order_idx').on(t.orderId, t.seq)]);
