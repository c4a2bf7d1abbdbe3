import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organisations } from '../organisations/organisations.table.js';
import { projectMilestones, projects } from './projects.table.js';

/** Statuses in which a project still occupies its organisation (资源限流 counts them). */
const OPEN = ['contracted', 'in_delivery', 'delivered', 'evaluating'];

export async function countOpenProjects(db: Executor, organisationId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(projects).where(and(eq(projects.organisationId, organisationId), inArray(projects.status, OPEN)));
  return r?.n ?? 0;
}

/** Projects made from a call's award, with milestones in order: the contract and implementation of its OCDS release. */
export async function projectsOfCall(db: Executor, callId: string) {
  const rows = await db.select({ p: projects, organisationName: organisations.name }).from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId)).where(eq(projects.callId, callId)).orderBy(asc(projects.createdAt));
  const milestones = rows.length
    ? await db.select().from(projectMilestones).where(inArray(projectMilestones.projectId, rows.map((r) => r.p.id))).orderBy(asc(projectMilestones.seq))
    : [];
  return rows.map((r) => ({ ...r, milestones: milestones.filter((m) => m.projectId === r.p.id) }));
}
