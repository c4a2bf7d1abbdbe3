import { bigserial, customType, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { needs } from './needs.table.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Photos and documents of a need, kept in the database (bounded: 5 MB each, 6 per need) so backups hold them. */
export const needAttachments = pgTable('need_attachments', {
  id: uuid('id').primaryKey(),
  needId: uuid('need_id').notNull().references(() => needs.id),
  name: text('name').notNull(),
  mime: varchar('mime', { length: 64 }).notNull(),
  size: integer('size').notNull(),
  data: bytea('data').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [index('need_attachments_need_idx').on(t.needId)]);

/** 评榜: one row per (need, assessor). Status: assigned → submitted. */
export const needAssessments = pgTable('need_assessments', {
  id: uuid('id').primaryKey(),
  needId: uuid('need_id').notNull().references(() => needs.id),
  assessorId: uuid('assessor_id').notNull(),
  assignedBy: uuid('assigned_by'),
  status: varchar('status', { length: 16 }).notNull().default('assigned'),
  importance: smallint('importance'),
  urgency: smallint('urgency'),
  feasibility: smallint('feasibility'),
  comment: text('comment'),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
}, (t) => [uniqueIndex('need_assessments_need_assessor_uq').on(t.needId, t.assessorId), index('need_assessments_assessor_idx').on(t.assessorId, t.needId)]);

/** The process record (过程留痕) of a need, shown as its timeline. */
export const needEvents = pgTable('need_events', {
  id: uuid('id').primaryKey(),
  /** Insertion order: several events may share one instant (one transaction, a fixed test clock). */
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  needId: uuid('need_id').notNull().references(() => needs.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
  action: varchar('action', { length: 32 }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  fromStatus: varchar('from_status', { length: 16 }),
  toStatus: varchar('to_status', { length: 16 }),
  note: text('note'),
}, (t) => [index('need_events_need_idx').on(t.needId, t.seq)]);

/**
 * Needs per (region, status, category, source), for the region of every need and each of its ancestors.
 * Kept in the same transaction as every insert and status change, so counts for a province never scan a million rows.
 */
export const needStatusCounts = pgTable('need_status_counts', {
  regionPath: text('region_path').notNull(),
  parentPath: text('parent_path'),
  status: varchar('status', { length: 16 }).notNull(),
  category: varchar('category', { length: 32 }).notNull(),
  source: varchar('source', { length: 24 }).notNull(),
  n: integer('n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.regionPath, t.status, t.category, t.source] }), index('need_status_counts_parent_idx').on(t.parentPath)]);
