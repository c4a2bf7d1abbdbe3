/** Verification tasks (电话核实 / 上门走访 / 实地核查): made by officials for one entry or a filtered list, recorded by street staff. */
import {
  AppError, maskPhone, newId, normalisePhone, type RegistryAssignee, type RegistryBulkTaskInput, type RegistryBulkTaskReport, type RegistryTask,
  type RegistryTaskInput, type RegistryTaskResult,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { ASSIGNEE_ROLES, BULK_TASK_LIMIT, canTakeTask, nextTaskStatus, verificationAfter, type TaskStatus } from './registry-rules.js';
import * as repo from './registry.repository.js';
import type { Manual } from './registry-manual.js';
import { entityFilter, notFound } from './registry.service.js';

type Source = { value: string; department: string; sourceRowId: string | null };
const METHOD_ZH = { phone: '电话核实', visit: '上门走访', site: '实地核查' } as const;

function toTask(t: repo.TaskRow, entityName: string, assigneeName: string | null): RegistryTask {
  return {
    id: t.id, entityId: t.entityId, entityName, method: t.method, assigneeId: t.assigneeId, assigneeName: assigneeName ?? '', status: t.status, note: t.note,
    dueOn: t.dueOn, createdAt: t.createdAt.toISOString(), doneAt: t.doneAt?.toISOString() ?? null,
  };
}

/** The assignee, checked to be street staff covering every one of these entries (all or nothing). */
async function assigneeFor(tx: Executor, assigneeId: string, targets: { name: string; regionPath: string }[]) {
  const account = await repo.findAccount(tx, assigneeId);
  if (!account) throw new AppError('REGISTRY_ASSIGNEE_INVALID', [{ path: 'assigneeId', message: '核实人员（assigneeId）不存在' }]);
  const outside = targets.filter((e) => !canTakeTask(account, e.regionPath));
  if (outside.length) {
    throw new AppError('REGISTRY_ASSIGNEE_INVALID', [{
      path: 'assigneeId', message: `核实人员（assigneeId）“${account.displayName}”不是“${outside[0]!.name}”${outside.length > 1 ? `等${outside.length}个主体` : ''}所在街道（镇）的工作人员`,
    }]);
  }
  return account;
}

function checkDue(deps: AppDeps, dueOn: string) {
  if (dueOn < deps.clock.now().toISOString().slice(0, 10)) throw new AppError('VALIDATION_FAILED', [{ path: 'dueOn', message: '完成期限（dueOn）不能早于今天' }]);
}

export async function createTask(deps: AppDeps, ctx: RequestContext, actor: Actor, input: RegistryTaskInput): Promise<RegistryTask> {
  checkDue(deps, input.dueOn);
  return deps.db.transaction(async (tx) => {
    const row = await repo.findEntity(tx, actor, input.entityId);
    if (!row) throw notFound('entityId');
    const account = await assigneeFor(tx, input.assigneeId, [row.e]);
    const t = await repo.insertTask(tx, {
      id: newId(), entityId: input.entityId, method: input.method, assigneeId: input.assigneeId, note: input.note ?? null, dueOn: input.dueOn,
      regionPath: row.e.regionPath, createdBy: actor.userId, createdAt: deps.clock.now(),
    });
    await recordAudit(tx, ctx, deps.clock, { action: 'registry.task.create', entityType: 'registry_task', entityId: t.id, regionPath: row.e.regionPath, summary: `为“${row.e.name}”派发${METHOD_ZH[input.method]}任务给${account.displayName}，期限${input.dueOn}` });
    return toTask(t, row.e.name, account.displayName);
  });
}

/** One task per selected entry, skipping entries that already have a task waiting; all or nothing. */
export async function createTasks(deps: AppDeps, ctx: RequestContext, actor: Actor, input: RegistryBulkTaskInput): Promise<RegistryBulkTaskReport> {
  checkDue(deps, input.dueOn);
  const filter = await entityFilter(deps, input.filter);
  return deps.db.transaction(async (tx) => {
    const targets = await repo.entityTargets(tx, actor, filter, BULK_TASK_LIMIT + 1);
    if (targets.length > BULK_TASK_LIMIT) throw new AppError('REGISTRY_BULK_TOO_MANY', [{ path: 'filter', message: `筛选结果超过${BULK_TASK_LIMIT}个主体，请按街道或状态缩小范围（filter）` }]);
    const busy = await repo.entitiesWithOpenTask(tx, targets.map((e) => e.id));
    const fresh = targets.filter((e) => !busy.has(e.id));
    const account = await assigneeFor(tx, input.assigneeId, fresh);
    const now = deps.clock.now();
    await repo.insertTasks(tx, fresh.map((e) => ({
      id: newId(), entityId: e.id, method: input.method, assigneeId: input.assigneeId, note: input.note ?? null, dueOn: input.dueOn,
      regionPath: e.regionPath, createdBy: actor.userId, createdAt: now,
    })));
    const report = { created: fresh.length, skipped: busy.size };
    await recordAudit(tx, ctx, deps.clock, {
      action: 'registry.task.bulk_create', entityType: 'registry_task', regionPath: actor.regionPath,
      summary: `批量派发${METHOD_ZH[input.method]}任务给${account.displayName}：${report.created}个主体，已有待办任务跳过${report.skipped}个，期限${input.dueOn}`,
      diff: { filter: input.filter, ...report },
    });
    return report;
  });
}

/** Street staff in the actor's scope, for the assignee picker (narrowed to those covering one region when given). */
export async function listAssignees(deps: AppDeps, actor: Actor, regionCode?: string): Promise<RegistryAssignee[]> {
  const accounts = await repo.listAccounts(deps.db, actor, ASSIGNEE_ROLES);
  const target = regionCode ? (await repo.regionNodes(deps.db)).find((n) => n.code === regionCode)?.path : undefined;
  return accounts.filter((a) => !target || target.startsWith(a.regionPath)).map((a) => ({ id: a.id, displayName: a.displayName, regionCode: a.regionCode, regionName: a.regionName }));
}

export async function listTasks(deps: AppDeps, actor: Actor, mine: boolean): Promise<RegistryTask[]> {
  return (await repo.listTasks(deps.db, actor, mine)).map((r) => toTask(r.t, r.entityName, r.assigneeName));
}

/** Street staff record what they found; the register takes the result with provenance 核实. */
export async function recordTask(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, result: RegistryTaskResult): Promise<RegistryTask> {
  return deps.db.transaction(async (tx) => {
    const found = await repo.findTask(tx, actor, id);
    if (!found) throw notFound();
    const next = nextTaskStatus(found.t.status as TaskStatus, 'record');
    if (!next) throw new AppError('REGISTRY_TASK_CLOSED', [{ path: 'outcome', message: '该核实任务已完成或已取消，不能再次登记结果' }]);
    if (found.t.assigneeId !== actor.userId && actor.dataScope !== 'all') throw new AppError('FORBIDDEN', [{ path: 'id', message: '只有被指派的核实人员可以登记结果' }]);
    const now = deps.clock.now();
    await repo.closeTask(tx, id, next, result, now);
    const entity = (await repo.findEntity(tx, { ...actor, dataScope: 'all' }, found.t.entityId))!.e;
    const by = `核实（${actor.displayName}，${now.toISOString().slice(0, 10)}）`;
    const provenance = { ...(entity.provenance as Record<string, Source>) };
    const patch: Partial<repo.EntityInsert> = { verification: verificationAfter(result.outcome), updatedAt: now };
    // what staff found on the spot is a person's word, like a hand correction: later imports do not undo it
    const manual = { ...(entity.manual as Manual) };
    if (result.phone) {
      const digits = normalisePhone(result.phone);
      patch.phoneEnc = manual.phoneEnc = deps.cipher.encrypt(digits);
      patch.phoneMasked = manual.phoneMasked = maskPhone(digits);
      provenance.phone = { value: maskPhone(digits), department: by, sourceRowId: null };
    }
    if (result.address) { patch.address = manual.address = result.address; provenance.address = { value: result.address, department: by, sourceRowId: null }; }
    if (result.legalRepresentative) { patch.legalRepresentative = manual.legalRepresentative = result.legalRepresentative; provenance.legalRep = { value: result.legalRepresentative, department: by, sourceRowId: null }; }
    patch.manual = manual;
    if (result.partyCoverage) patch.partyCoverage = result.partyCoverage;
    patch.provenance = provenance;
    await repo.updateEntity(tx, entity.id, entity.version, patch);
    await recordAudit(tx, ctx, deps.clock, { action: 'registry.task.record', entityType: 'registry_task', entityId: id, regionPath: found.t.regionPath, summary: `登记“${entity.name}”的核实结果（${result.outcome}）`, diff: result });
    return toTask({ ...found.t, status: next, doneAt: now, result }, found.entityName, found.assigneeName);
  });
}
