import { bigint, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The append-only audit trail. `seq` is assigned gap-free under an advisory lock and each `hash` covers the
 * previous entry's hash, so an edited, deleted or reordered entry breaks the chain (`wushe audit verify`).
 * A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  roleKey: varchar('role_key', { length: 40 }),
  organisationId: uuid('organisation_id'),
  ip: text('ip'),
  requestId: text('request_id'),
  action: varchar('action', { length: 64 }).notNull(),
  entityType: varchar('entity_type', { length: 40 }),
  entityId: text('entity_id'),
  /** Region path the entry belongs to, for data-scope filtering (entity's region, else the actor's). */
  regionPath: text('region_path'),
  summary: text('summary'),
  diff: jsonb('diff'),
  prevHash: varchar('prev_hash', { length: 64 }).notNull(),
  hash: varchar('hash', { length: 64 }).notNull(),
}, (t) => [
  index('audit_action_idx').on(t.action, t.seq),
  index('audit_region_idx').on(t.regionPath.op('text_pattern_ops')),
  index('audit_actor_idx').on(t.actorId),
]);
