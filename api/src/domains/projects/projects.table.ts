import { bigint, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/**
 * A project (项目): the contract an award (or a direct commission) becomes. Scoped by its service region and by the
 * provider organisation. Status: contracted → in_delivery → delivered → evaluating → evaluated → closed | terminated.
 */
export const projects = pgTable('projects', {
  id: uuid('id').primaryKey(),
  number: varchar('number', { length: 32 }).notNull().unique(),
  /** The call it was awarded from; no FK, the calls domain lives elsewhere. Null for direct commissions. */
  callId: uuid('call_id'),
  title: text('title').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
  fundingSource: varchar('funding_source', { length: 32 }).notNull(),
  needIds: uuid('need_ids').array().notNull().default([]),
  status: varchar('status', { length: 16 }).notNull().default('contracted'),
  /** Token in the 码上评 link and QR code; random so project ids cannot be walked. */
  ratingToken: varchar('rating_token', { length: 32 }).notNull().unique(),
  /** 考榜 result once finalised: total in hundredths of a point, grade key. */
  totalHundredths: integer('total_hundredths'),
  grade: varchar('grade', { length: 16 }),
  evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('projects_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
  index('projects_org_idx').on(t.organisationId),
  index('projects_status_idx').on(t.status),
]);

/** Contract milestones with their deliverables and payment; payments add up to the budget. */
export const projectMilestones = pgTable('project_milestones', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  seq: integer('seq').notNull(),
  title: text('title').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  deliverables: text('deliverables').notNull(),
  paymentFen: bigint('payment_fen', { mode: 'number' }).notNull(),
  status: varchar('status', { length: 16 }).notNull().default('pending'),
  evidence: text('evidence'),
  photoIds: uuid('photo_ids').array().notNull().default([]),
  reviewComment: text('review_comment'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  /** Approval releases the scheduled payment; paid = sum over approved milestones. */
  approvedAt: timestamp('approved_at', { withTimezone: true }),
}, (t) => [uniqueIndex('project_milestones_seq_idx').on(t.projectId, t.seq)]);

/** Service activities the provider records (服务活动). */
export const projectActivities = pgTable('project_activities', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  place: text('place').notNull(),
  content: text('content').notNull(),
  participants: integer('participants').notNull(),
  beneficiaries: integer('beneficiaries').notNull(),
  photoIds: uuid('photo_ids').array().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_activities_project_idx').on(t.projectId, t.heldOn)]);

/** Photos uploaded for activities and milestone evidence; JPEG/PNG only (the report PDF embeds them). */
export const projectPhotos = pgTable('project_photos', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  mime: varchar('mime', { length: 32 }).notNull(),
  size: integer('size').notNull(),
  data: bytea('data').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_photos_project_idx').on(t.projectId)]);

/** Spending the provider records against the budget. */
export const projectSpendings = pgTable('project_spendings', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  spentOn: date('spent_on', { mode: 'string' }).notNull(),
  item: text('item').notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_spendings_project_idx').on(t.projectId)]);

/** Rectification requests (整改): open → answered → closed | reopened. */
export const projectRectifications = pgTable('project_rectifications', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  requirement: text('requirement').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  status: varchar('status', { length: 16 }).notNull().default('open'),
  answer: text('answer'),
  answeredAt: timestamp('answered_at', { withTimezone: true }),
  reviewComment: text('review_comment'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_rectifications_project_idx').on(t.projectId)]);

/** Residents' complaints about a project: filed → handling → upheld | dismissed. */
export const projectComplaints = pgTable('project_complaints', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  content: text('content').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('filed'),
  resolution: text('resolution'),
  filedBy: uuid('filed_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_complaints_project_idx').on(t.projectId), index('project_complaints_filed_by_idx').on(t.filedBy)]);

/** The project's own timeline (过程留痕): one line per step, readable by whoever may see the project. */
export const projectEvents = pgTable('project_events', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => projects.id),
  /** Insertion order: steps of one request share a timestamp (and tests freeze the clock). */
  seq: integer('seq').notNull().generatedAlwaysAsIdentity(),
  action: varchar('action', { length: 48 }).notNull(),
  summary: text('summary').notNull(),
  actorName: text('actor_name'),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('project_events_project_idx').on(t.projectId, t.at)]);

