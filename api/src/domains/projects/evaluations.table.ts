import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { projects } from './projects.table.js';

/** One score per scorer per project: logged-in scorers by user id, residents via 码上评 by phone blind index. */
export const evaluationScores = pgTable('evaluation_scores', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  party: varchar('party', { length: 16 }).notNull(),
  score: integer('score').notNull(),
  comment: text('comment'),
  scorerUserId: uuid('scorer_user_id'),
  /** HMAC of the verified phone number; the number itself is never stored. */
  phoneHash: varchar('phone_hash', { length: 64 }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('evaluation_scores_user_idx').on(t.projectId, t.scorerUserId),
  uniqueIndex('evaluation_scores_phone_idx').on(t.projectId, t.phoneHash),
]);

/** Per-city 考榜 settings: four weights (sum 100) and the grade thresholds. No row = the defaults. */
export const evaluationSettings = pgTable('evaluation_settings', {
  cityCode: varchar('city_code', { length: 12 }).primaryKey(),
  wPartyOrg: integer('w_party_org').notNull(),
  wResidents: integer('w_residents').notNull(),
  wDepartments: integer('w_departments').notNull(),
  wExperts: integer('w_experts').notNull(),
  tExcellent: integer('t_excellent').notNull(),
  tGood: integer('t_good').notNull(),
  tPass: integer('t_pass').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time codes for 码上评; only the keyed hash of the code is kept. */
export const ratingCodes = pgTable('rating_codes', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  phoneHash: varchar('phone_hash', { length: 64 }).notNull(),
  codeHash: varchar('code_hash', { length: 64 }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [index('rating_codes_phone_idx').on(t.projectId, t.phoneHash, t.createdAt)]);

/** The organisation's 考榜 record: one row per evaluated project, keyed by organisation. */
export const organisationEvaluations = pgTable('organisation_evaluations', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  projectId: uuid('project_id').notNull().references(() => projects.id).unique(),
  totalHundredths: integer('total_hundredths').notNull(),
  grade: varchar('grade', { length: 16 }).notNull(),
  evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('organisation_evaluations_org_idx').on(t.organisationId, t.evaluatedOn)]);

/** 红榜/黑榜 entries with reason, date and validity; public (no personal data in the reason). */
export const standingEntries = pgTable('standing_entries', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  list: varchar('list', { length: 8 }).notNull(),
  reasonKind: varchar('reason_kind', { length: 24 }).notNull(),
  reason: text('reason').notNull(),
  projectId: uuid('project_id').references(() => projects.id),
  complaintId: uuid('complaint_id'),
  listedOn: date('listed_on', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  revoked: boolean('revoked').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('standing_entries_org_idx').on(t.organisationId, t.validUntil)]);
