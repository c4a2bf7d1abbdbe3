import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { BudgetLine, Criterion, EligibilityRules, EligibilityFailure } from '@wushe/common';

type Doc = { name: string; url: string };
type Team = { name: string; role: string; certificate: string };
type Step = { month: number; task: string };

/**
 * 发榜: a call for proposals answering accepted needs. Status: draft → published → closed → evaluating →
 * awarded → finalised, or cancelled (see lifecycle-rules.ts). Scoped by the region it serves.
 */
export const calls = pgTable('calls', {
  id: uuid('id').primaryKey(),
  number: varchar('number', { length: 32 }).notNull().unique(),
  title: text('title').notNull(),
  serviceContent: text('service_content').notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
  fundingSource: varchar('funding_source', { length: 32 }).notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  criteria: jsonb('criteria').$type<Criterion[]>().notNull(),
  eligibility: jsonb('eligibility').$type<EligibilityRules>().notNull(),
  maxConcurrentAwards: integer('max_concurrent_awards').notNull().default(2),
  noticeDays: integer('notice_days').notNull().default(5),
  documents: jsonb('documents').$type<Doc[]>().notNull().default([]),
  needIds: uuid('need_ids').array().notNull().default([]),
  status: varchar('status', { length: 16 }).notNull().default('draft'),
  roadshow: jsonb('roadshow').$type<{ heldAt: string; place: string; notes: string } | null>(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('calls_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
  index('calls_status_idx').on(t.status, t.deadline),
]);

/** 揭榜: one bid per lead organisation per call; consortium members are rows of call_bid_members. */
export const callBids = pgTable('call_bids', {
  id: uuid('id').primaryKey(),
  callId: uuid('call_id').notNull().references(() => calls.id),
  leadOrganisationId: uuid('lead_organisation_id').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('draft'),
  intentLetter: text('intent_letter').notNull(),
  servicePlan: text('service_plan').notNull(),
  totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
  budgetLines: jsonb('budget_lines').$type<BudgetLine[]>().notNull(),
  team: jsonb('team').$type<Team[]>().notNull(),
  timeline: jsonb('timeline').$type<Step[]>().notNull(),
  eligibilityFailures: jsonb('eligibility_failures').$type<EligibilityFailure[]>().notNull().default([]),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('call_bids_call_idx').on(t.callId, t.status)]);

/** Every organisation in a bid, the lead included; an organisation takes part in at most one bid per call. */
export const callBidMembers = pgTable('call_bid_members', {
  bidId: uuid('bid_id').notNull().references(() => callBids.id, { onDelete: 'cascade' }),
  callId: uuid('call_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  role: varchar('role', { length: 8 }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.bidId, t.organisationId] }),
  index('call_bid_members_call_idx').on(t.callId, t.organisationId),
  index('call_bid_members_org_idx').on(t.organisationId),
]);

/** 承榜 panel: street/community, departments, experts. */
export const callPanellists = pgTable('call_panellists', {
  callId: uuid('call_id').notNull().references(() => calls.id),
  userId: uuid('user_id').notNull(),
  kind: varchar('kind', { length: 16 }).notNull(),
}, (t) => [primaryKey({ columns: [t.callId, t.userId] }), index('call_panellists_user_idx').on(t.userId)]);

/** One panellist's review of one bid: a declared conflict (no scores) or a score per criterion. */
export const callReviews = pgTable('call_reviews', {
  callId: uuid('call_id').notNull(),
  bidId: uuid('bid_id').notNull().references(() => callBids.id),
  userId: uuid('user_id').notNull(),
  conflict: boolean('conflict').notNull(),
  conflictReason: text('conflict_reason'),
  scores: jsonb('scores').$type<Record<string, number> | null>(),
  comment: text('comment'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.bidId, t.userId] }), index('call_reviews_call_idx').on(t.callId)]);

/** 承榜 award, publicly noticed for the call's notice period. Status: noticed → objected → … (lifecycle-rules.ts). */
export const callAwards = pgTable('call_awards', {
  id: uuid('id').primaryKey(),
  callId: uuid('call_id').notNull().references(() => calls.id),
  bidId: uuid('bid_id').notNull().references(() => callBids.id),
  organisationId: uuid('organisation_id').notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  reason: text('reason').notNull(),
  awardedAt: timestamp('awarded_at', { withTimezone: true }).notNull(),
  noticeEndsAt: timestamp('notice_ends_at', { withTimezone: true }).notNull(),
  finalisedAt: timestamp('finalised_at', { withTimezone: true }),
}, (t) => [index('call_awards_org_idx').on(t.organisationId, t.status), index('call_awards_call_idx').on(t.callId)]);

/** Public objections during the notice period; the contact is encrypted and never published. */
export const callObjections = pgTable('call_objections', {
  id: uuid('id').primaryKey(),
  callId: uuid('call_id').notNull(),
  awardId: uuid('award_id').notNull().references(() => callAwards.id),
  text: text('text').notNull(),
  contactEnc: text('contact_enc'),
  status: varchar('status', { length: 16 }).notNull().default('open'),
  answer: text('answer'),
  filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
  answeredAt: timestamp('answered_at', { withTimezone: true }),
}, (t) => [index('call_objections_call_idx').on(t.callId)]);

/** 过程留痕: the public timeline of a call (the audit trail holds the full record with actors). */
export const callEvents = pgTable('call_events', {
  id: uuid('id').primaryKey(),
  callId: uuid('call_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  kind: varchar('kind', { length: 32 }).notNull(),
  summary: text('summary').notNull(),
  /** Events before the deadline about a bid are private to the bidder and never listed. */
  isPublic: boolean('is_public').notNull().default(true),
}, (t) => [index('call_events_call_idx').on(t.callId, t.at)]);

/**
 * The default standing source until the projects domain's red/black list exists: organisations excluded
 * from calls (黑榜 / 活动异常名录), entered by the registration authority.
 */
export const callExclusions = pgTable('call_exclusions', {
  organisationId: uuid('organisation_id').notNull(),
  kind: varchar('kind', { length: 16 }).notNull(),
  reason: text('reason').notNull(),
  until: timestamp('until', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.organisationId, t.kind] })]);
