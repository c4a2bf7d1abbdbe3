import { eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../regions/regions.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { sessions, users } from './auth.table.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return u ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u ?? null;
}

/** The session with its user, region path and organisation name, in one round trip (it runs on every request). */
export async function findSession(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      regionPath: regions.path,
      regionName: regions.name,
      organisationName: organisations.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Paths of the 自定 scope's regions. */
export async function findRegionPaths(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ path: regions.path }).from(regions).where(sql`${regions.code} in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
  return rows.map((r) => r.path);
}

export async function insertSession(db: Executor, s: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(s);
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function updateUser(db: Executor, id: string, patch: Partial<typeof users.$inferInsert>): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

export async function insertUser(db: Executor, u: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(u);
}
