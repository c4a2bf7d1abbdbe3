import { and, avg, count, eq, inArray, isNotNull, sql, sum } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { catalogueItems, catalogueOrders } from '../catalogue/catalogue.table.js';
import { organisationEvaluations } from '../projects/evaluations.table.js';
import { projectMilestones, projects } from '../projects/projects.table.js';

/** What the record says about each organisation, for the ranking's capacity and track-record terms. */
export interface OrganisationSignals {
  /** Monthly capacity declared on its published menu items; null when it publishes none. */
  capacity: number | null;
  /** Open projects plus menu orders placed or accepted but not yet delivered. */
  load: number;
  evaluationScore: number | null;
  ratingAverage: number | null;
  onTimeRate: number | null;
}

const OPEN_PROJECT = ['contracted', 'in_delivery', 'delivered', 'evaluating'];

export async function signalsOf(db: Executor, orgIds: string[]): Promise<Map<string, OrganisationSignals>> {
  const out = new Map<string, OrganisationSignals>(orgIds.map((id) => [id, { capacity: null, load: 0, evaluationScore: null, ratingAverage: null, onTimeRate: null }]));
  if (!orgIds.length) return out;
  const [capacity, orders, openProjects, evaluations, ratings, milestones] = await Promise.all([
    db.select({ org: catalogueItems.organisationId, n: sum(catalogueItems.monthlyCapacity) }).from(catalogueItems)
      .where(and(inArray(catalogueItems.organisationId, orgIds), eq(catalogueItems.status, 'published'))).groupBy(catalogueItems.organisationId),
    db.select({ org: catalogueOrders.organisationId, n: count() }).from(catalogueOrders)
      .where(and(inArray(catalogueOrders.organisationId, orgIds), inArray(catalogueOrders.status, ['placed', 'accepted']))).groupBy(catalogueOrders.organisationId),
    db.select({ org: projects.organisationId, n: count() }).from(projects)
      .where(and(inArray(projects.organisationId, orgIds), inArray(projects.status, OPEN_PROJECT))).groupBy(projects.organisationId),
    db.select({ org: organisationEvaluations.organisationId, v: avg(organisationEvaluations.totalHundredths) }).from(organisationEvaluations)
      .where(inArray(organisationEvaluations.organisationId, orgIds)).groupBy(organisationEvaluations.organisationId),
    db.select({ org: catalogueOrders.organisationId, v: avg(catalogueOrders.rating) }).from(catalogueOrders)
      .where(and(inArray(catalogueOrders.organisationId, orgIds), isNotNull(catalogueOrders.rating))).groupBy(catalogueOrders.organisationId),
    // A milestone is on time when it was approved no later than its due date (Beijing calendar day).
    db.select({
      org: projects.organisationId, total: count(),
      onTime: sql<number>`count(*) filter (where (${projectMilestones.approvedAt} at time zone 'Asia/Shanghai')::date <= ${projectMilestones.dueOn})`.mapWith(Number),
    }).from(projectMilestones).innerJoin(projects, eq(projects.id, projectMilestones.projectId))
      .where(and(inArray(projects.organisationId, orgIds), eq(projectMilestones.status, 'approved'))).groupBy(projects.organisationId),
  ]);
  for (const r of capacity) out.get(r.org)!.capacity = Number(r.n);
  for (const r of orders) out.get(r.org)!.load += r.n;
  for (const r of openProjects) out.get(r.org)!.load += r.n;
  for (const r of evaluations) out.get(r.org)!.evaluationScore = Math.round(Number(r.v)) / 100;
  for (const r of ratings) out.get(r.org)!.ratingAverage = Number(r.v);
  for (const r of milestones) out.get(r.org)!.onTimeRate = r.total ? r.onTime / r.total : null;
  return out;
}
