import { AppError, formatDateZh, formatFen, newId } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { assertProvider, loadProject, recordStep, today, type LoadedProject } from './project-context.js';
import {
  acceptsDeliveryRecords, MAX_PHOTO_BYTES, MILESTONE_MOVES, nextState, RECTIFICATION_MOVES, sniffImage,
  type MilestoneAction, type MilestoneStatus, type ProjectStatus, type RectificationAction, type RectificationStatus,
} from './project-rules.js';
import { moveProject } from './projects.service.js';
import * as repo from './projects.repository.js';

/** Loads the project for a provider write: in scope, the actor's own organisation, and still being delivered. */
async function providerProject(tx: Executor, deps: AppDeps, actor: Actor, id: string): Promise<LoadedProject> {
  const p = await loadProject(tx, deps, actor, id);
  assertProvider(actor, p);
  if (!acceptsDeliveryRecords(p.project.status as ProjectStatus)) throw new AppError('PROJECT_NOT_IN_DELIVERY');
  return p;
}

/** The first delivery record moves a contracted project into delivery, so nobody has to remember to press "start". */
async function startIfContracted(tx: Executor, deps: AppDeps, ctx: RequestContext, p: LoadedProject) {
  if (p.project.status === 'contracted') await moveProject(tx, deps, ctx, p.project, 'start');
}

/** Photo ids must be this project's own uploads. */
async function checkPhotos(tx: Executor, projectId: string, ids: string[]) {
  const found = await repo.photosOf(tx, projectId, ids);
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', [{ path: 'photoIds', message: '照片（photoIds）不属于本项目或不存在' }]);
}

/** Stores one photo after checking its real type from its bytes and its size. */
export async function uploadPhoto(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, body: { mime: string; dataBase64: string }) {
  const data = Buffer.from(body.dataBase64, 'base64');
  const sniffed = sniffImage(data);
  if (data.length === 0 || data.length > MAX_PHOTO_BYTES || sniffed !== body.mime) {
    throw new AppError('PHOTO_INVALID', [{ path: 'dataBase64', message: '照片（dataBase64）须为不超过2MB的JPEG或PNG图片，且与声明的类型一致' }]);
  }
  return deps.db.transaction(async (tx) => {
    const p = await providerProject(tx, deps, actor, id);
    const photoId = newId(deps.clock.now().getTime());
    await repo.insertPhoto(tx, { id: photoId, projectId: id, mime: sniffed, size: data.length, data, createdBy: actor.userId, createdAt: deps.clock.now() });
    await recordStep(tx, deps, ctx, p.project, 'photo_upload', `上传照片（${Math.ceil(data.length / 1024)} KB）`);
    return { id: photoId };
  });
}

export async function getPhoto(deps: AppDeps, actor: Actor, id: string, photoId: string) {
  await loadProject(deps.db, deps, actor, id);
  const photo = await repo.findPhoto(deps.db, id, photoId);
  if (!photo) throw new AppError('NOT_FOUND');
  return photo;
}

export interface ActivityInput { heldOn: string; place: string; content: string; participants: number; beneficiaries: number; photoIds: string[] }

export async function recordActivity(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, input: ActivityInput) {
  if (input.heldOn > today(deps)) throw new AppError('VALIDATION_FAILED', [{ path: 'heldOn', message: '活动日期（heldOn）不能晚于今天' }]);
  if (input.beneficiaries > input.participants) throw new AppError('VALIDATION_FAILED', [{ path: 'beneficiaries', message: '受益人数（beneficiaries）不能多于参与人数（participants）' }]);
  await deps.db.transaction(async (tx) => {
    const p = await providerProject(tx, deps, actor, id);
    await checkPhotos(tx, id, input.photoIds);
    await startIfContracted(tx, deps, ctx, p);
    await repo.insertActivity(tx, { id: newId(deps.clock.now().getTime()), projectId: id, ...input, createdBy: actor.userId, createdAt: deps.clock.now() });
    await recordStep(tx, deps, ctx, p.project, 'activity', `登记服务活动：${formatDateZh(input.heldOn)}在${input.place}，参与${input.participants}人，受益${input.beneficiaries}人`);
  });
}

export async function recordSpending(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, input: { spentOn: string; item: string; amountFen: number }) {
  await deps.db.transaction(async (tx) => {
    const p = await providerProject(tx, deps, actor, id);
    await repo.insertSpending(tx, { id: newId(deps.clock.now().getTime()), projectId: id, ...input, createdBy: actor.userId, createdAt: deps.clock.now() });
    await recordStep(tx, deps, ctx, p.project, 'spending', `登记支出：${input.item} ${formatFen(input.amountFen)}`);
  });
}

function milestoneMove(from: string, action: MilestoneAction) {
  const to = nextState(MILESTONE_MOVES, from as MilestoneStatus, action);
  if (!to) throw new AppError('MILESTONE_ILLEGAL_TRANSITION', [{ path: 'action', message: `里程碑当前状态（${from}）不能执行此操作（${action}）` }]);
  return to;
}

/** The provider reports a milestone done, with evidence. */
export async function submitMilestone(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, milestoneId: string, input: { evidence: string; photoIds: string[] }) {
  await deps.db.transaction(async (tx) => {
    const p = await providerProject(tx, deps, actor, id);
    const m = await repo.findMilestone(tx, id, milestoneId);
    if (!m) throw new AppError('NOT_FOUND');
    const to = milestoneMove(m.status, 'submit');
    await checkPhotos(tx, id, input.photoIds);
    await startIfContracted(tx, deps, ctx, p);
    if (!(await repo.moveMilestone(tx, m.id, m.status, { status: to, evidence: input.evidence, photoIds: input.photoIds, submittedAt: deps.clock.now() }))) throw new AppError('CONFLICT');
    await recordStep(tx, deps, ctx, p.project, 'milestone_submit', `提交里程碑验收：第${m.seq}项“${m.title}”`, { before: { status: m.status }, after: { status: to } });
  });
}

/** An official approves (releasing the scheduled payment) or returns a submitted milestone. */
export async function reviewMilestone(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, milestoneId: string, input: { action: 'approve' | 'return'; comment?: string }) {
  if (input.action === 'return' && !input.comment) throw new AppError('VALIDATION_FAILED', [{ path: 'comment', message: '退回须说明原因（comment）' }]);
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    if (p.project.status !== 'in_delivery') throw new AppError('PROJECT_ILLEGAL_TRANSITION', [{ path: 'status', message: '只有实施中的项目可以验收里程碑' }]);
    const m = await repo.findMilestone(tx, id, milestoneId);
    if (!m) throw new AppError('NOT_FOUND');
    const to = milestoneMove(m.status, input.action);
    const set = { status: to, reviewComment: input.comment ?? null, ...(to === 'approved' ? { approvedAt: deps.clock.now() } : {}) };
    if (!(await repo.moveMilestone(tx, m.id, m.status, set))) throw new AppError('CONFLICT');
    const verb = to === 'approved' ? `验收通过，拨付${formatFen(m.paymentFen)}` : `退回：${input.comment}`;
    await recordStep(tx, deps, ctx, p.project, `milestone_${input.action}`, `里程碑第${m.seq}项“${m.title}”${verb}`, { before: { status: m.status }, after: { status: to } });
    if (to === 'approved') {
      const all = await repo.listMilestones(tx, id);
      if (all.every((x) => x.status === 'approved')) await moveProject(tx, deps, ctx, p.project, 'deliver');
    }
  });
}

/** An official raises a rectification request (整改) with a deadline. */
export async function createRectification(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, input: { requirement: string; deadline: string }) {
  if (input.deadline < today(deps)) throw new AppError('VALIDATION_FAILED', [{ path: 'deadline', message: '整改期限（deadline）不能早于今天' }]);
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    if (!['contracted', 'in_delivery', 'delivered'].includes(p.project.status)) throw new AppError('PROJECT_ILLEGAL_TRANSITION', [{ path: 'status', message: '项目已进入考榜或已结束，不能再下发整改' }]);
    await repo.insertRectification(tx, { id: newId(deps.clock.now().getTime()), projectId: id, ...input, status: 'open', createdBy: actor.userId, createdAt: deps.clock.now() });
    await recordStep(tx, deps, ctx, p.project, 'rectification_open', `下发整改要求，期限${formatDateZh(input.deadline)}：${input.requirement}`);
  });
}

function rectificationMove(from: string, action: RectificationAction) {
  const to = nextState(RECTIFICATION_MOVES, from as RectificationStatus, action);
  if (!to) throw new AppError('RECTIFICATION_ILLEGAL_TRANSITION', [{ path: 'action', message: `整改当前状态（${from}）不能执行此操作（${action}）` }]);
  return to;
}

/** The provider answers; the official closes it or reopens it. */
export async function actOnRectification(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, rid: string, action: RectificationAction, text: string | undefined) {
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    if (action === 'answer') assertProvider(actor, p);
    else if (!actor.permissions.has('projects:project:manage')) throw new AppError('FORBIDDEN');
    const r = await repo.findRectification(tx, id, rid);
    if (!r) throw new AppError('NOT_FOUND');
    const to = rectificationMove(r.status, action);
    if (action === 'reopen' && !text) throw new AppError('VALIDATION_FAILED', [{ path: 'comment', message: '重新整改须说明原因（comment）' }]);
    const set = action === 'answer' ? { status: to, answer: text!, answeredAt: deps.clock.now() } : { status: to, reviewComment: text ?? null };
    if (!(await repo.moveRectification(tx, r.id, r.status, set))) throw new AppError('CONFLICT');
    const zh = { answer: `答复整改：${text}`, close: '整改通过，关闭', reopen: `整改不到位，重新整改：${text}` }[action];
    await recordStep(tx, deps, ctx, p.project, `rectification_${action}`, zh, { before: { status: r.status }, after: { status: to } });
  });
}
