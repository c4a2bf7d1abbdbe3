import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

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
  /**
   * SHA-256 of the confirming user, the title and the input: confirming the same fair again (a double click, a
   * retried request) finds this row instead of creating a second fair with duplicate orders and invitations.
   */
  confirmKey: varchar('confirm_key', { length: 64 }).unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('matching_fairs_path_idx').on(t.regionPath.op('text_pattern_ops'), t.createdAt)]);

/** What a confirmed fair created for each assignment: a menu-service order or a call invitation. One row per (fair, need). */
export const matchingFollowUps = pgTable('matching_follow_ups', {
  fairId: uuid('fair_id').notNull().references(() => matchingFairs.id),
  needId: uuid('need_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  /** 'order' (catalogue_orders.id) or 'invitation' (matching_invitations.id). */
  kind: varchar('kind', { length: 16 }).notNull(),
  refId: uuid('ref_id').notNull(),
  /** Why an invitation was sent although the organisation has a menu service (e.g. the month is full). */
  note: text('note'),
}, (t) => [primaryKey({ columns: [t.fairId, t.needId] }), index('matching_follow_ups_need_idx').on(t.needId)]);

/**
 * 对接邀请: a confirmed fair invites an organisation to take a need it offers no menu service for. Seen by the
 * organisation (本组织) and by officials over the need's region; status pending → accepted | declined.
 */
export const matchingInvitations = pgTable('matching_invitations', {
  id: uuid('id').primaryKey(),
  fairId: uuid('fair_id').notNull().references(() => matchingFairs.id),
  needId: uuid('need_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  /** The need's region, so officials see the invitations of needs in their scope. */
  regionPath: text('region_path').notNull(),
  amountFen: integer('amount_fen').notNull(),
  score: doublePrecision('score').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('pending'),
  responseNote: text('response_note'),
  respondedBy: uuid('responded_by'),
  respondedAt: timestamp('responded_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('matching_invitations_org_idx').on(t.organisationId, t.status, t.createdAt),
  index('matching_invitations_path_idx').on(t.regionPath.op('text_pattern_ops'), t.createdAt),
]);
