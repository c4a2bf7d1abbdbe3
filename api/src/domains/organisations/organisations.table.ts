import { boolean, date, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** The organisation register (社会组织底册). Phone is encrypted; `phone_hash` finds it by exact value. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Name folded to simplified characters and half-width forms, so 繁體 input finds the same record. */
  nameSearch: text('name_search').notNull(),
  creditCode: varchar('credit_code', { length: 18 }).unique(),
  type: varchar('type', { length: 32 }).notNull(),
  serviceDomains: text('service_domains').array().notNull().default([]),
  isHub: boolean('is_hub').notNull().default(false),
  isBrand: boolean('is_brand').notNull().default(false),
  registrationRegionCode: varchar('registration_region_code', { length: 24 }).notNull(),
  registrationRegionPath: text('registration_region_path').notNull(),
  operatingRegionCode: varchar('operating_region_code', { length: 24 }).notNull(),
  operatingRegionPath: text('operating_region_path').notNull(),
  legalRepresentative: text('legal_representative'),
  phoneEnc: text('phone_enc'),
  phoneHash: varchar('phone_hash', { length: 64 }),
  phoneMasked: varchar('phone_masked', { length: 20 }),
  address: text('address'),
  foundedOn: date('founded_on', { mode: 'string' }),
  grade: varchar('grade', { length: 2 }),
  gradeValidUntil: date('grade_valid_until', { mode: 'string' }),
  status: varchar('status', { length: 16 }).notNull().default('active'),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('org_operating_path_idx').on(t.operatingRegionPath.op('text_pattern_ops'), t.id),
  index('org_registration_path_idx').on(t.registrationRegionPath.op('text_pattern_ops')),
  index('org_phone_hash_idx').on(t.phoneHash),
  index('org_type_idx').on(t.type),
  // org_scope_cover_idx (type, status) INCLUDE (both paths) is in migration 0002: drizzle has no INCLUDE.
]);
