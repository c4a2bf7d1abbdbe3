import { AppError, newId, type Complaint } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordStep, today } from './project-context.js';
import { addMonths, LISTING_MONTHS } from './evaluation-rules.js';
import { COMPLAINT_MOVES, nextState, type ComplaintAction, type ComplaintStatus } from './project-rules.js';
import * as evalRepo from './evaluations.repository.js';
import * as repo from './projects.repository.js';

const toComplaint = (r: { complaint: repo.ComplaintRow; projectTitle: string }): Complaint => ({
  id: r.complaint.id, projectId: r.complaint.projectId, projectTitle: r.projectTitle, content: r.complaint.content, status: r.complaint.status,
  resolution: r.complaint.resolution, createdAt: r.complaint.createdAt.toISOString(),
});

/**
 * A resident complains about a project they know by its 码上评 token (printed at the service site), so residents
 * need no scope over projects; the complaint is theirs (仅本人) and the project's officials handle it.
 */
export async function fileComplaint(deps: AppDeps, ctx: RequestContext, actor: Actor, token: string, content: string): Promise<Complaint> {
  return deps.db.transaction(async (tx) => {
    const p = await repo.findByRatingToken(tx, token, today(deps));
    if (!p || p.project.status === 'contracted') throw new AppError('NOT_FOUND');
    const id = newId(deps.clock.now().getTime());
    await repo.insertComplaint(tx, { id, projectId: p.project.id, content, status: 'filed', filedBy: actor.userId, createdAt: deps.clock.now(), updatedAt: deps.clock.now() });
    // The timeline says a complaint arrived, never who filed it or what it says.
    await recordStep(tx, deps, ctx, p.project, 'complaint_file', '收到居民投诉');
    return { id, projectId: p.project.id, projectTitle: p.project.title, content, status: 'filed', resolution: null, createdAt: deps.clock.now().toISOString() };
  });
}

export async function listComplaints(deps: AppDeps, actor: Actor, q: { status?: string; page?: number; pageSize?: number }, projectId?: string) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listComplaints(deps.db, actor, { status: q.status, projectId }, pageSize, (page - 1) * pageSize);
  return { items: items.map(toComplaint), total, page, pageSize };
}

/** handle → uphold | dismiss. An upheld complaint puts the provider on the 黑榜. */
export async function actOnComplaint(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, action: ComplaintAction, resolution?: string): Promise<Complaint> {
  if (action !== 'handle' && !resolution) throw new AppError('VALIDATION_FAILED', [{ path: 'resolution', message: '办结投诉须填写处理意见（resolution）' }]);
  return deps.db.transaction(async (tx) => {
    const row = await repo.findComplaint(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    const to = nextState(COMPLAINT_MOVES, row.complaint.status as ComplaintStatus, action);
    if (!to) throw new AppError('COMPLAINT_ILLEGAL_TRANSITION', [{ path: 'action', message: `投诉当前状态（${row.complaint.status}）不能执行此操作（${action}）` }]);
    if (!(await repo.moveComplaint(tx, id, row.complaint.status, { status: to, resolution: resolution ?? row.complaint.resolution, updatedAt: deps.clock.now() }))) throw new AppError('CONFLICT');
    const zh = { handle: '受理居民投诉', uphold: '投诉经核实成立', dismiss: '投诉经核实不成立' }[action];
    await recordStep(tx, deps, ctx, row.project, `complaint_${action}`, zh, { before: { status: row.complaint.status }, after: { status: to } });
    if (to === 'upheld') {
      const day = today(deps);
      await evalRepo.insertStanding(tx, {
        id: newId(deps.clock.now().getTime()), organisationId: row.project.organisationId, list: 'black', reasonKind: 'complaint_upheld',
        reason: `承接项目“${row.project.title}”的居民投诉经核实成立`, projectId: row.project.id, complaintId: id, listedOn: day, validUntil: addMonths(day, LISTING_MONTHS.black),
      });
      await recordStep(tx, deps, ctx, row.project, 'standing_black', '承接组织因投诉成立列入黑榜');
    }
    return toComplaint({ complaint: { ...row.complaint, status: to, resolution: resolution ?? row.complaint.resolution }, projectTitle: row.project.title });
  });
}
