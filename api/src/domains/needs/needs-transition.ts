import { AppError, NEED_STATUS_ZH, type NeedStatus } from '@wushe/common';
import type { Clock } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { newId } from '@wushe/common';
import { recordAudit } from '../audit/index.js';
import { nextNeedStatus, type NeedAction } from './needs-rules.js';
import * as repo from './needs.repository.js';
import * as support from './needs-support.repository.js';

const ACTION_ZH: Record<NeedAction, string> = {
  assign: '分派评估', accept: '采纳', reject: '不采纳', answer: '直接答复', merge: '合并', call: '纳入发榜', release: '撤榜退回', project: '转为项目', close: '办结',
};

/**
 * Moves one locked need through the state machine inside the caller's transaction: checks the transition (409
 * NEED_TRANSITION_INVALID), updates with the version, keeps the status counts, writes the timeline and the audit.
 */
export async function transitionNeed(
  tx: Executor, by: { ctx: RequestContext | null; clock: Clock; actor: Actor | null },
  row: repo.NeedRow, action: NeedAction, patch: Partial<repo.NeedInsert>, note: string | null, expectedVersion = row.version,
): Promise<NeedStatus> {
  const from = row.status as NeedStatus;
  const to = nextNeedStatus(from, action);
  if (!to) {
    throw new AppError('NEED_TRANSITION_INVALID', [{ path: 'status', message: `需求${row.number}当前为「${NEED_STATUS_ZH[from]}」，不能${ACTION_ZH[action]}` }]);
  }
  const now = by.clock.now();
  if (!(await repo.updateNeed(tx, row.id, expectedVersion, { ...patch, status: to, updatedAt: now }))) throw new AppError('CONFLICT');
  if (to !== from) {
    const key = { regionPath: row.regionPath, category: row.category, source: row.source };
    await support.adjustCounts(tx, [{ key: { ...key, status: from }, delta: -1 }, { key: { ...key, status: to }, delta: 1 }]);
  }
  await support.insertEvents(tx, [{
    id: newId(now.getTime()), needId: row.id, at: now, action, actorId: by.actor?.userId ?? null,
    actorName: by.actor?.displayName ?? null, fromStatus: from, toStatus: to, note,
  }]);
  if (by.ctx) {
    await recordAudit(tx, by.ctx, by.clock, {
      action: `needs.${action}`, entityType: 'need', entityId: row.id, regionPath: row.regionPath,
      summary: `${ACTION_ZH[action]}需求：${row.number} ${row.title}`, diff: { before: { status: from }, after: { status: to, ...(note ? { note } : {}) } },
    });
  }
  return to;
}
