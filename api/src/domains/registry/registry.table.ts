import { boolean, date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** One department file as it was imported (provenance of every row it brought). */
export const registryImports = pgTable('registry_imports', {
  id: uuid('id').primaryKey(),
  department: text('department').notNull(),
  fileName: text('file_name').notNull(),
  sheet: text('sheet').notNull(),
  encoding: varchar('encoding', { length: 16 }).notNull(),
  headerRow: integer('header_row').notNull(),
  /** Header text per column and the field it was mapped to (null: not used). */
  mapping: jsonb('mapping').notNull(),
  rowCount: integer('row_count').notNull(),
  /** new / changed / gone entity counts and ids, as reported to the importer. */
  report: jsonb('report').notNull(),
  regionPath: text('region_path').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('registry_imports_path_idx').on(t.regionPath.op('text_pattern_ops'), t.createdAt)]);

/**
 * Each source row as it came (encrypted: rows carry phones and names of people), with file, department,
 * row number and import time. `current` marks the rows of each department's latest import.
 */
export const registrySourceRows = pgTable('registry_source_rows', {
  id: uuid('id').primaryKey(),
  importId: uuid('import_id').notNull().references(() => registryImports.id),
  department: text('department').notNull(),
  fileName: text('file_name').notNull(),
  rowNo: integer('row_no').notNull(),
  /** {header: cell} for every column, as written; AES-GCM. */
  rawEnc: text('raw_enc').notNull(),
  /** {field: cell} after header mapping; AES-GCM. */
  mappedEnc: text('mapped_enc').notNull(),
  /** The name cell in the clear, for lists and the review queue. */
  name: text('name').notNull(),
  current: boolean('current').notNull().default(true),
  entityId: uuid('entity_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('registry_rows_current_idx').on(t.current, t.department),
  index('registry_rows_entity_idx').on(t.entityId),
  index('registry_rows_import_idx').on(t.importId, t.rowNo),
]);

/** A register entry (基础底册): one organisation, fields with provenance, its ledger and assignment. */
export const registryEntities = pgTable('registry_entities', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  nameSearch: text('name_search').notNull(),
  creditCode: varchar('credit_code', { length: 18 }),
  legalRepresentative: text('legal_representative'),
  phoneEnc: text('phone_enc'),
  phoneMasked: varchar('phone_masked', { length: 20 }),
  address: text('address'),
  foundedOn: date('founded_on', { mode: 'string' }),
  kind: varchar('kind', { length: 16 }).notNull(),
  ledger: varchar('ledger', { length: 24 }).notNull(),
  committee: text('committee').notNull(),
  regionCode: varchar('region_code', { length: 24 }).notNull(),
  regionPath: text('region_path').notNull(),
  partyCoverage: varchar('party_coverage', { length: 16 }).notNull().default('unknown'),
  verification: varchar('verification', { length: 16 }).notNull().default('unverified'),
  /** field → {value, department, sourceRowId | taskId} (phones masked). */
  provenance: jsonb('provenance').notNull(),
  /** field → every distinct value with its source, when sources disagree. */
  conflicts: jsonb('conflicts').notNull(),
  /** Fields set by hand (ledger, committee, regionCode): re-resolution keeps them. */
  manual: jsonb('manual').notNull().default({}),
  status: varchar('status', { length: 16 }).notNull().default('active'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('registry_entities_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
  index('registry_entities_ledger_idx').on(t.ledger),
  index('registry_entities_code_idx').on(t.creditCode),
]);

/** A person's word on two source rows: same organisation (confirmed) or not (rejected, split). */
export const registryDecisions = pgTable('registry_decisions', {
  id: uuid('id').primaryKey(),
  rowA: uuid('row_a').notNull(),
  rowB: uuid('row_b').notNull(),
  same: boolean('same').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An uncertain link between two entities, waiting for a person (confirm = merge, reject = keep apart). */
export const registryReviewItems = pgTable('registry_review_items', {
  id: uuid('id').primaryKey(),
  entityA: uuid('entity_a').notNull(),
  entityB: uuid('entity_b').notNull(),
  rowA: uuid('row_a').notNull(),
  rowB: uuid('row_b').notNull(),
  score: real('score').notNull(),
  evidence: jsonb('evidence').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('open'),
  regionPath: text('region_path').notNull(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('registry_review_path_idx').on(t.status, t.regionPath.op('text_pattern_ops'))]);

/** A department's confirmed header mapping, remembered for its next file. */
export const registryHeaderMappings = pgTable('registry_header_mappings', {
  department: text('department').notNull(),
  header: text('header').notNull(),
  field: varchar('field', { length: 16 }),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.department, t.header] })]);

/** A verification task (电话核实 / 上门走访 / 实地核查) assigned to street staff. */
export const registryTasks = pgTable('registry_tasks', {
  id: uuid('id').primaryKey(),
  entityId: uuid('entity_id').notNull().references(() => registryEntities.id),
  method: varchar('method', { length: 8 }).notNull(),
  assigneeId: uuid('assignee_id').notNull(),
  status: varchar('status', { length: 16 }).notNull().default('assigned'),
  note: text('note'),
  result: jsonb('result'),
  regionPath: text('region_path').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The day the check is due (tasks made before due dates existed have none). */
  dueOn: date('due_on', { mode: 'string' }),
  doneAt: timestamp('done_at', { withTimezone: true }),
}, (t) => [index('registry_tasks_assignee_idx').on(t.assigneeId, t.status), index('registry_tasks_path_idx').on(t.regionPath.op('text_pattern_ops'))]);

/**
 * A city's register rules (管行业管党建 keyword rules, fallback committees, source trust tiers). A city without
 * a row uses the engine's defaults.
 */
export const registrySettings = pgTable('registry_settings', {
  cityCode: varchar('city_code', { length: 12 }).primaryKey(),
  committeeRules: jsonb('committee_rules').notNull(),
  socialCommittee: text('social_committee').notNull(),
  defaultCommittee: text('default_committee').notNull(),
  trustOrder: jsonb('trust_order').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
