import { and, count, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import { evaluationScores, evaluationSettings, organisationEvaluations, ratingCodes, standingEntries } from './evaluations.table.js';
import { projects } from './projects.table.js';

export const insertScore = (db: Executor, row: typeof evaluationScores.$inferInsert) => db.insert(evaluationScores).values(row);
export const listScores = (db: Executor, projectId: string) => db.select().from(evaluationScores).where(eq(evaluationScores.projectId, projectId));
export async function findScoreBy(db: Executor, projectId: string, by: { userId?: string; phoneHash?: string }) {
  const cond = by.userId ? eq(evaluationScores.scorerUserId, by.userId) : eq(evaluationScores.phoneHash, by.phoneHash!);
  const [row] = await db.select().from(evaluationScores).where(and(eq(evaluationScores.projectId, projectId), cond));
  return row ?? null;
}

export async function findSettings(db: Executor, cityCode: string) {
  const [row] = await db.select().from(evaluationSettings).where(eq(evaluationSettings.cityCode, cityCode));
  return row ?? null;
}
export async function upsertSettings(db: Executor, row: typeof evaluationSettings.$inferInsert) {
  const { cityCode: _c, ...set } = row;
  await db.insert(evaluationSettings).values(row).onConflictDoUpdate({ target: evaluationSettings.cityCode, set });
}

export const insertCode = (db: Executor, row: typeof ratingCodes.$inferInsert) => db.insert(ratingCodes).values(row);
export async function countCodesSince(db: Executor, projectId: string, phoneHash: string, since: Date): Promise<number> {
  const [r] = await db.select({ n: count() }).from(ratingCodes).where(and(eq(ratingCodes.projectId, projectId), eq(ratingCodes.phoneHash, phoneHash), gte(ratingCodes.createdAt, since)));
  return Number(r?.n ?? 0);
}
/** The newest unused code for this phone on this project. */
export async function latestCode(db: Executor, projectId: string, phoneHash: string) {
  const [row] = await db.select().from(ratingCodes).where(and(eq(ratingCodes.projectId, projectId), eq(ratingCodes.phoneHash, phoneHash), isNull(ratingCodes.usedAt)))
    .orderBy(desc(ratingCodes.createdAt)).limit(1);
  return row ?? null;
}
export const countAttempt = (db: Executor, id: string) => db.update(ratingCodes).set({ attempts: sql`${ratingCodes.attempts} + 1` }).where(eq(ratingCodes.id, id));
export const markCodeUsed = (db: Executor, id: string, at: Date) => db.update(ratingCodes).set({ usedAt: at }).where(eq(ratingCodes.id, id));

export const insertOrganisationEvaluation = (db: Executor, row: typeof organisationEvaluations.$inferInsert) => db.insert(organisationEvaluations).values(row);
export const insertStanding = (db: Executor, row: typeof standingEntries.$inferInsert) => db.insert(standingEntries).values(row);

/** Standing per organisation as of `today`: listed while an unrevoked entry is still valid. */
export async function standingsOf(db: Executor, orgIds: string[], today: string | null) {
  if (orgIds.length === 0) return { entries: [], grades: [] };
  const asOf = today ?? sql`current_date`;
  const entries = await db.select({ organisationId: standingEntries.organisationId, list: standingEntries.list }).from(standingEntries)
    .where(and(inArray(standingEntries.organisationId, orgIds), eq(standingEntries.revoked, false), gte(standingEntries.validUntil, asOf), sql`${standingEntries.listedOn} <= ${asOf}`));
  const grades = await db.selectDistinctOn([organisationEvaluations.organisationId], { organisationId: organisationEvaluations.organisationId, grade: organisationEvaluations.grade })
    .from(organisationEvaluations).where(inArray(organisationEvaluations.organisationId, orgIds))
    .orderBy(organisationEvaluations.organisationId, desc(organisationEvaluations.evaluatedOn), desc(organisationEvaluations.createdAt));
  return { entries, grades };
}

/** Public: finalised projects with their result; only public fields are selected. */
export async function listPublicEvaluations(db: Executor, limit: number, offset: number) {
  const where = and(inArray(projects.status, ['evaluated', 'closed']), sql`${projects.totalHundredths} is not null`);
  const items = await db.select({
    projectId: projects.id, number: projects.number, regionCode: projects.regionCode, title: projects.title, organisationName: organisations.name, regionName: regions.name,
    totalHundredths: projects.totalHundredths, grade: projects.grade, evaluatedAt: projects.evaluatedAt,
  }).from(projects).innerJoin(organisations, eq(organisations.id, projects.organisationId)).innerJoin(regions, eq(regions.code, projects.regionCode))
    .where(where).orderBy(desc(projects.evaluatedAt)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Public: entries still valid on `today`, newest first. */
export async function listPublicStandings(db: Executor, list: string | undefined, today: string, limit: number, offset: number) {
  const where = and(eq(standingEntries.revoked, false), gte(standingEntries.validUntil, today), list ? eq(standingEntries.list, list) : undefined);
  const items = await db.select({ entry: standingEntries, organisationName: organisations.name }).from(standingEntries)
    .innerJoin(organisations, eq(organisations.id, standingEntries.organisationId)).where(where)
    .orderBy(desc(standingEntries.listedOn), desc(standingEntries.createdAt)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(standingEntries).where(where);
  return { items, total: Number(total?.n ?? 0) };
}
