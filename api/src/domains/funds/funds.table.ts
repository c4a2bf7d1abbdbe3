import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { needs } from '../needs/needs.table.js';

/** A fund of the 1+N network: parent (foundation), special, community sub-fund, or a government budget line. */
export const funds = pgTable('funds', {
  id: uuid('id').primaryKey(),
  code: varchar('code', { length: 32 }).notNull().unique(),
  name: text('name').notNull(),
  kind: varchar('kind', { length: 16 }).notNull(),
  parentId: uuid('parent_id'),
  purpose: text('purpose').notNull(),
  restriction: text('restriction').notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  /** Management committee (管委会): [{ name, title }]; a community sub-fund needs ≥ 5 (checked in fund-rules). */
  committee: jsonb('committee').$type<{ name: string; title: string }[]>().notNull().default([]),
  supervisor: text('supervisor'),
  /**
   * A government fund's budget line, named like a call's funding source (government_purchase, venture_philanthropy,
   * township_subsidy): an awarded government_purchase call is paid from the region's government_purchase line.
   */
  budgetLine: varchar('budget_line', { length: 32 }),
  /** Last receipt number issued by this fund; bumped in the donation's transaction so numbers have no gaps. */
  receiptSeq: integer('receipt_seq').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('funds_path_idx').on(t.regionPath.op('text_pattern_ops')), index('funds_parent_idx').on(t.parentId)]);

/**
 * Four accounts per fund, credit-normal (balance = credits − debits): available and held are the fund's money;
 * inflow is debited by money arriving from outside, outflow credited by money paid out. All balances sum to zero.
 */
export const ledgerAccounts = pgTable('ledger_accounts', {
  id: uuid('id').primaryKey(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  kind: varchar('kind', { length: 16 }).notNull(),
  balance: bigint('balance', { mode: 'number' }).notNull().default(0),
}, (t) => [
  uniqueIndex('ledger_accounts_fund_kind_uq').on(t.fundId, t.kind),
  check('ledger_accounts_no_negative', sql`${t.kind} not in ('available', 'held') or ${t.balance} >= 0`),
]);

/** One journal transaction; append-only (trigger in the custom migration). `reverses_id` unique = reversed at most once. */
export const ledgerTransactions = pgTable('ledger_transactions', {
  id: uuid('id').primaryKey(),
  seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
  kind: varchar('kind', { length: 16 }).notNull(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  counterFundId: uuid('counter_fund_id').references(() => funds.id),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  memo: text('memo').notNull(),
  refType: varchar('ref_type', { length: 16 }),
  refId: uuid('ref_id'),
  reversesId: uuid('reverses_id').unique(),
  createdBy: uuid('created_by'),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
}, (t) => [index('ledger_tx_fund_idx').on(t.fundId, t.seq), index('ledger_tx_ref_idx').on(t.refId)]);

export const ledgerEntries = pgTable('ledger_entries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  txnId: uuid('txn_id').notNull().references(() => ledgerTransactions.id),
  accountId: uuid('account_id').notNull().references(() => ledgerAccounts.id),
  direction: varchar('direction', { length: 1 }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
}, (t) => [
  index('ledger_entries_txn_idx').on(t.txnId),
  index('ledger_entries_account_idx').on(t.accountId),
  check('ledger_entries_positive', sql`${t.amount} > 0 and ${t.direction} in ('D', 'C')`),
]);

/** Idempotency keys of money commands: a retry returns `result`; another payload under the same key is refused. */
export const fundIdempotency = pgTable('fund_idempotency', {
  key: text('key').primaryKey(),
  command: varchar('command', { length: 32 }).notNull(),
  payloadHash: varchar('payload_hash', { length: 64 }).notNull(),
  result: jsonb('result'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** A committee-approved project of a fund (居民点单—管委会立项). */
export const fundProjects = pgTable('fund_projects', {
  id: uuid('id').primaryKey(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  needId: uuid('need_id').references(() => needs.id),
  /** The closed-loop project, when one exists (no FK: that table belongs to another issue). */
  projectId: uuid('project_id'),
  title: text('title').notNull(),
  description: text('description').notNull(),
  category: varchar('category', { length: 32 }).notNull(),
  beneficiaries: integer('beneficiaries').notNull().default(0),
  budget: bigint('budget', { mode: 'number' }).notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  /** The recorded vote: members present, for/against/abstain, quorum, outcome. */
  vote: jsonb('vote').$type<{ present: string[]; for: number; against: number; abstain: number; quorum: number; passed: boolean; decisionNo: string; decidedOn: string }>(),
  regionPath: text('region_path').notNull(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [index('fund_projects_fund_idx').on(t.fundId), index('fund_projects_path_idx').on(t.regionPath.op('text_pattern_ops'))]);

export const fundCampaigns = pgTable('fund_campaigns', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull().references(() => fundProjects.id),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  title: text('title').notNull(),
  target: bigint('target', { mode: 'number' }).notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [index('fund_campaigns_fund_idx').on(t.fundId)]);

export const fundDonations = pgTable('fund_donations', {
  id: uuid('id').primaryKey(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  campaignId: uuid('campaign_id').references(() => fundCampaigns.id),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  channel: varchar('channel', { length: 16 }).notNull(),
  channelRef: text('channel_ref').notNull(),
  donorName: text('donor_name'),
  isAnonymous: boolean('is_anonymous').notNull(),
  message: text('message'),
  receiptNo: varchar('receipt_no', { length: 40 }).notNull().unique(),
  txnId: uuid('txn_id').notNull().references(() => ledgerTransactions.id),
  refunded: boolean('refunded').notNull().default(false),
  recordedBy: uuid('recorded_by'),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
}, (t) => [index('fund_donations_fund_idx').on(t.fundId, t.receivedAt), uniqueIndex('fund_donations_channel_uq').on(t.channel, t.channelRef)]);

/** Money out: requested → approved (hold) → paid (post); a cancelled approval releases the hold. */
export const fundDisbursements = pgTable('fund_disbursements', {
  id: uuid('id').primaryKey(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  projectId: uuid('project_id').references(() => fundProjects.id),
  payeeName: text('payee_name').notNull(),
  payeeOrganisationId: uuid('payee_organisation_id'),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  purpose: text('purpose').notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  milestoneId: uuid('milestone_id'),
  requestedBy: uuid('requested_by').notNull(),
  approvedBy: uuid('approved_by'),
  paidBy: uuid('paid_by'),
  holdTxnId: uuid('hold_txn_id'),
  settleTxnId: uuid('settle_txn_id'),
  regionPath: text('region_path').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [index('fund_disb_fund_idx').on(t.fundId, t.status), index('fund_disb_path_idx').on(t.regionPath.op('text_pattern_ops'))]);

/** A government-purchase contract's payment schedule (by contract reference, no FK: calls/projects own contracts). */
export const fundPaymentMilestones = pgTable('fund_payment_milestones', {
  id: uuid('id').primaryKey(),
  contractRef: uuid('contract_ref').notNull(),
  fundId: uuid('fund_id').notNull().references(() => funds.id),
  seq: smallint('seq').notNull(),
  milestone: text('milestone').notNull(),
  payeeName: text('payee_name').notNull(),
  payeeOrganisationId: uuid('payee_organisation_id'),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  disbursementId: uuid('disbursement_id'),
  regionPath: text('region_path').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [uniqueIndex('fund_milestones_contract_seq_uq').on(t.contractRef, t.seq)]);
