import { boolean, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Accounts. One role each; the data scope comes from the role, anchored at `region_code` or the organisation. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: varchar('username', { length: 64 }).notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roleKey: varchar('role_key', { length: 40 }).notNull(),
  regionCode: varchar('region_code', { length: 24 }),
  organisationId: uuid('organisation_id'),
  /** 自定 scope: the subtrees this account may see, as region codes. */
  customRegionCodes: text('custom_region_codes').array().notNull().default([]),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  status: varchar('status', { length: 16 }).notNull().default('active'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Server-side sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable('sessions', {
  tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);
