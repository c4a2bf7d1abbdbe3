import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { users } from '../auth/auth.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { regions } from '../regions/regions.table.js';
import {
  projectActivities, projectComplaints, projectEvents, projectMilestones, projectPhotos, projectRectifications, projects, projectSpendings,
} from './projects.table.js';

export type ProjectRow = typeof projects.$inferSelect;
export type MilestoneRow = typeof projectMilestones.$inferSelect;
export type RectificationRow = typeof projectRectifications.$inferSelect;
export type ComplaintRow = typeof projectComplaints.$inferSelect;

/** Projects are visible by their service region (officials), their provider (本组织) or their creator (仅本人). */
export function projectScope(actor: Actor): SQL {
  return scopeFilter(actor, { paths: [projects.regionPath], organisation: projects.organisationId, owner: projects.createdBy });
}

/** Milestones and rectifications still owed past their date, per project — the overdue flag of lists. */
const overdueCount = (today: string) => sql<number>`(
  (select count(*) from ${projectMilestones} m where m.project_id = ${projects.id} and m.status in ('pending','returned') and m.due_on < ${today})
  + (select count(*) from ${projectRectifications} r where r.project_id = ${projects.id} and r.status in ('open','reopened') and r.deadline < ${today})
)::int`;

const listColumns = (today: string) => ({
  project: projects, organisationName: organisations.name, regionName: regions.name, overdueCount: overdueCount(today),
});

export interface ProjectFilter { status?: string; titleLike?: string; overdueOnly?: boolean }

export async function listProjects(db: Executor, actor: Actor, f: ProjectFilter, today: string, limit: number, offset: number) {
  const where = allOf(
    projectScope(actor),
    f.status ? eq(projects.status, f.status) : undefined,
    f.titleLike ? or(like(projects.title, `%${escapeLike(f.titleLike)}%`), eq(projects.number, f.titleLike)) : undefined,
    f.overdueOnly ? sql`${overdueCount(today)} > 0` : undefined,
  );
  const items = await db.select(listColumns(today)).from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId)).innerJoin(regions, eq(regions.code, projects.regionCode))
    .where(where).orderBy(desc(projects.createdAt), desc(projects.id)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** One project in the actor's scope (null otherwise, which the service answers as 404). */
export async function findProject(db: Executor, actor: Actor | null, id: string, today: string) {
  const [row] = await db.select(listColumns(today)).from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId)).innerJoin(regions, eq(regions.code, projects.regionCode))
    .where(allOf(eq(projects.id, id), actor ? projectScope(actor) : undefined));
  return row ?? null;
}

/** The project behind a 码上评 token; public, so callers expose only public fields. */
export async function findByRatingToken(db: Executor, token: string, today: string) {
  const [row] = await db.select(listColumns(today)).from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId)).innerJoin(regions, eq(regions.code, projects.regionCode))
    .where(eq(projects.ratingToken, token));
  return row ?? null;
}

export async function countProjectsNumbered(db: Executor, prefix: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(projects).where(like(projects.number, `${escapeLike(prefix)}%`));
  return Number(r?.n ?? 0);
}

export async function findOrganisationForProject(db: Executor, id: string) {
  const [row] = await db.select({ id: organisations.id, name: organisations.name, status: organisations.status }).from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export const insertProject = (db: Executor, row: typeof projects.$inferInsert) => db.insert(projects).values(row);
export const insertMilestones = (db: Executor, rows: (typeof projectMilestones.$inferInsert)[]) => db.insert(projectMilestones).values(rows);

/** Moves a project from the state it was read in; false when someone moved it first. */
export async function moveProject(db: Executor, id: string, from: string, set: Partial<typeof projects.$inferInsert>): Promise<boolean> {
  const r = await db.update(projects).set({ ...set, version: sql`${projects.version} + 1` }).where(and(eq(projects.id, id), eq(projects.status, from))).returning({ id: projects.id });
  return r.length === 1;
}

export const listMilestones = (db: Executor, projectId: string) => db.select().from(projectMilestones).where(eq(projectMilestones.projectId, projectId)).orderBy(asc(projectMilestones.seq));
export async function findMilestone(db: Executor, projectId: string, id: string) {
  const [row] = await db.select().from(projectMilestones).where(and(eq(projectMilestones.projectId, projectId), eq(projectMilestones.id, id)));
  return row ?? null;
}
export async function moveMilestone(db: Executor, id: string, from: string, set: Partial<MilestoneRow>): Promise<boolean> {
  const r = await db.update(projectMilestones).set(set).where(and(eq(projectMilestones.id, id), eq(projectMilestones.status, from))).returning({ id: projectMilestones.id });
  return r.length === 1;
}

export const insertActivity = (db: Executor, row: typeof projectActivities.$inferInsert) => db.insert(projectActivities).values(row);
export const listActivities = (db: Executor, projectId: string) => db.select().from(projectActivities).where(eq(projectActivities.projectId, projectId)).orderBy(desc(projectActivities.heldOn), desc(projectActivities.createdAt));

export const insertPhoto = (db: Executor, row: typeof projectPhotos.$inferInsert) => db.insert(projectPhotos).values(row);
export async function findPhoto(db: Executor, projectId: string, id: string) {
  const [row] = await db.select().from(projectPhotos).where(and(eq(projectPhotos.projectId, projectId), eq(projectPhotos.id, id)));
  return row ?? null;
}
export async function photosOf(db: Executor, projectId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(projectPhotos).where(and(eq(projectPhotos.projectId, projectId), inArray(projectPhotos.id, ids)));
}

export const insertSpending = (db: Executor, row: typeof projectSpendings.$inferInsert) => db.insert(projectSpendings).values(row);
export const listSpendings = (db: Executor, projectId: string) => db.select().from(projectSpendings).where(eq(projectSpendings.projectId, projectId)).orderBy(desc(projectSpendings.spentOn));

export const insertRectification = (db: Executor, row: typeof projectRectifications.$inferInsert) => db.insert(projectRectifications).values(row);
export const listRectifications = (db: Executor, projectId: string) => db.select().from(projectRectifications).where(eq(projectRectifications.projectId, projectId)).orderBy(desc(projectRectifications.createdAt));
export async function findRectification(db: Executor, projectId: string, id: string) {
  const [row] = await db.select().from(projectRectifications).where(and(eq(projectRectifications.projectId, projectId), eq(projectRectifications.id, id)));
  return row ?? null;
}
export async function moveRectification(db: Executor, id: string, from: string, set: Partial<RectificationRow>): Promise<boolean> {
  const r = await db.update(projectRectifications).set(set).where(and(eq(projectRectifications.id, id), eq(projectRectifications.status, from))).returning({ id: projectRectifications.id });
  return r.length === 1;
}

/** Complaints the actor may see: on projects in scope, or filed by the actor (a resident sees their own). */
function complaintScope(actor: Actor): SQL {
  return or(projectScope(actor), eq(projectComplaints.filedBy, actor.userId)) ?? sql`false`;
}
export const insertComplaint = (db: Executor, row: typeof projectComplaints.$inferInsert) => db.insert(projectComplaints).values(row);
export async function listComplaints(db: Executor, actor: Actor, f: { status?: string; projectId?: string }, limit: number, offset: number) {
  const where = allOf(complaintScope(actor), f.status ? eq(projectComplaints.status, f.status) : undefined, f.projectId ? eq(projectComplaints.projectId, f.projectId) : undefined);
  const items = await db.select({ complaint: projectComplaints, projectTitle: projects.title }).from(projectComplaints)
    .innerJoin(projects, eq(projects.id, projectComplaints.projectId)).where(where).orderBy(desc(projectComplaints.createdAt)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(projectComplaints).innerJoin(projects, eq(projects.id, projectComplaints.projectId)).where(where);
  return { items, total: Number(total?.n ?? 0) };
}
/** A complaint on a project in the actor's scope (officials act on it). */
export async function findComplaint(db: Executor, actor: Actor, id: string) {
  const [row] = await db.select({ complaint: projectComplaints, project: projects }).from(projectComplaints)
    .innerJoin(projects, eq(projects.id, projectComplaints.projectId)).where(and(eq(projectComplaints.id, id), projectScope(actor)));
  return row ?? null;
}
export async function moveComplaint(db: Executor, id: string, from: string, set: Partial<ComplaintRow>): Promise<boolean> {
  const r = await db.update(projectComplaints).set(set).where(and(eq(projectComplaints.id, id), eq(projectComplaints.status, from))).returning({ id: projectComplaints.id });
  return r.length === 1;
}

export const insertEvent = (db: Executor, row: typeof projectEvents.$inferInsert) => db.insert(projectEvents).values(row);
export const listEvents = (db: Executor, projectId: string) => db.select().from(projectEvents).where(eq(projectEvents.projectId, projectId)).orderBy(asc(projectEvents.at), asc(projectEvents.seq));
/** Demo seed only: writes a finalised result directly. */
export const setResult = (db: Executor, id: string, set: { totalHundredths: number; grade: string; evaluatedAt: Date }) => db.update(projects).set(set).where(eq(projects.id, id));
/** Demo seed only: account ids by user name. */
export const usersByName = (db: Executor, names: string[]) => db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, names));
