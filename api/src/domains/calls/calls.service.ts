import { AppError, newId, type CallDetail, type CallInput, type CallListQuery } from '@wushe/common';
import type { Executor } from '../../platform/db/client.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findRegion } from '../regions/index.js';
import { markNeedsInCall, releaseNeedsFromCall } from '../needs/index.js';
import { checkCall } from './call-rules.js';
import { callTransition, toCall } from './calls-mapper.js';
import type { CallsEnv } from './calls-hooks.js';
import * as repo from './calls.repository.js';
import * as sel from './selection.repository.js';
import type { CallEvent } from './lifecycle-rules.js';

export async function listCalls(env: CallsEnv, actor: Actor, q: CallListQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listCalls(env.db, actor, { status: q.status }, pageSize, (page - 1) * pageSize);
  return { items: items.map(toCall), total, page, pageSize };
}

/** A call in scope with its timeline, panel, award and objections. */
export async function getCall(env: CallsEnv, actor: Actor, id: string): Promise<CallDetail> {
  const row = await repo.findCall(env.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [events, panel, awards, objections] = await Promise.all([
    repo.listEvents(env.db, id, false), repo.listPanel(env.db, id), sel.listAwards(env.db, id), sel.listObjections(env.db, id),
  ]);
  // Before the deadline even the award list is empty, so nothing here can reveal a bid.
  return {
    ...toCall(row),
    events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, summary: e.summary })),
    // Bidders never learn who sits on the panel (no lobbying); officials and panellists do.
    panel: actor.dataScope === 'organisation' ? [] : panel.map((p) => ({ userId: p.userId, displayName: p.displayName, kind: p.kind as 'expert' })),
    awards: awards.map(({ award: a, organisationName }) => ({
      id: a.id, bidId: a.bidId, organisationId: a.organisationId, organisationName, status: a.status as 'noticed', amountFen: a.amountFen,
      awardedAt: a.awardedAt.toISOString(), noticeEndsAt: a.noticeEndsAt.toISOString(), finalisedAt: a.finalisedAt?.toISOString() ?? null,
    })),
    objections: objections.map((o) => ({ id: o.id, awardId: o.awardId, text: o.text, status: o.status as 'open', answer: o.answer, filedAt: o.filedAt.toISOString(), answeredAt: o.answeredAt?.toISOString() ?? null })),
    canEdit: actor.permissions.has('calls:call:publish') && canUseRegionPath(actor, row.call.regionPath),
    isPanellist: panel.some((p) => p.userId === actor.userId),
  };
}

async function writableRegion(tx: Executor, actor: Actor, code: string) {
  const r = await findRegion(tx, code);
  if (!r || !canUseRegionPath(actor, r.path)) throw new AppError('REGION_OUT_OF_SCOPE', [{ path: 'regionCode', message: '服务区域（regionCode）不存在或不在您的管辖范围内' }]);
  return r;
}

/** Every chosen need must be in scope and accepted by 评榜 (not yet in another call). */
async function checkNeeds(tx: Executor, actor: Actor, ids: string[]) {
  const found = await repo.findNeeds(tx, actor, ids);
  const bad = ids.filter((id) => found.find((n) => n.id === id)?.status !== 'accepted');
  if (bad.length) throw new AppError('CALL_NEEDS_NOT_ACCEPTED', bad.map((id) => ({ path: `needIds[${ids.indexOf(id)}]`, message: `需求（needIds[${ids.indexOf(id)}]）不存在、不在管辖范围内或未通过评榜` })));
}

export async function event(tx: Executor, env: CallsEnv, callId: string, kind: string, summary: string) {
  await repo.insertEvent(tx, { id: newId(), callId, at: env.clock.now(), kind, summary });
}

/** Saves a new call as a draft (编辑发榜). */
export async function createCall(env: CallsEnv, ctx: RequestContext, actor: Actor, input: CallInput): Promise<CallDetail> {
  const errors = checkCall(input, env.clock.now(), false);
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const id = await env.db.transaction(async (tx) => {
    const region = await writableRegion(tx, actor, input.regionCode);
    await checkNeeds(tx, actor, input.needIds);
    const now = env.clock.now();
    const day = now.toISOString().slice(0, 10).replaceAll('-', '');
    const number = `FB${day}-${String((await repo.countCallsNumbered(tx, `FB${day}-`)) + 1).padStart(3, '0')}`;
    const id = newId(now.getTime());
    await repo.insertCall(tx, { id, number, ...input, deadline: new Date(input.deadline), regionPath: region.path, status: 'draft', createdBy: actor.userId, createdAt: now, updatedAt: now });
    await event(tx, env, id, 'created', `${actor.displayName}编制榜单草稿`);
    await recordAudit(tx, ctx, env.clock, { action: 'calls.create', entityType: 'call', entityId: id, regionPath: region.path, summary: `编制榜单：${input.title}`, diff: { after: { ...input } } });
    return id;
  });
  return getCall(env, actor, id);
}

/** Edits a draft call. */
export async function updateCall(env: CallsEnv, ctx: RequestContext, actor: Actor, id: string, input: CallInput & { version: number }): Promise<CallDetail> {
  const { version, ...fields } = input;
  const errors = checkCall(fields, env.clock.now(), false);
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  await env.db.transaction(async (tx) => {
    const row = await writable(tx, actor, id);
    if (row.call.status !== 'draft') throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: '只有草稿状态的榜单可以修改' }]);
    const region = await writableRegion(tx, actor, fields.regionCode);
    await checkNeeds(tx, actor, fields.needIds);
    if (!(await repo.updateCall(tx, id, version, { ...fields, deadline: new Date(fields.deadline), regionPath: region.path, updatedAt: env.clock.now() }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, env.clock, { action: 'calls.update', entityType: 'call', entityId: id, regionPath: region.path, summary: `修改榜单草稿：${fields.title}`, diff: { after: { ...fields } } });
  });
  return getCall(env, actor, id);
}

/** A call in scope that the actor may change (region-writable), locked. */
export async function writable(tx: Executor, actor: Actor, id: string) {
  const row = await repo.findCall(tx, actor, id, true);
  if (!row) throw new AppError('NOT_FOUND');
  if (!canUseRegionPath(actor, row.call.regionPath)) throw new AppError('FORBIDDEN');
  return row;
}

const SUMMARY: Partial<Record<CallEvent, string>> = { publish: '发榜', close: '揭榜截止', startEvaluation: '开始承榜评审', cancel: '撤销榜单' };

/** publish / close / startEvaluation / cancel: the official's lifecycle moves on a call. */
export async function moveCall(env: CallsEnv, ctx: RequestContext, actor: Actor, id: string, ev: 'publish' | 'close' | 'startEvaluation' | 'cancel', reason?: string): Promise<CallDetail> {
  await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, id);
    const to = callTransition(call.status, ev);
    const now = env.clock.now();
    const set: Partial<repo.CallInsert> = { status: to, updatedAt: now };
    if (ev === 'publish') {
      const errors = checkCall({ criteria: call.criteria, deadline: call.deadline.toISOString() }, now, true);
      if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
      await markNeedsInCall(tx, call.needIds, { ctx, clock: env.clock, actor, note: `发榜：${call.title}` });
      set.publishedAt = now;
    }
    if (ev === 'close' && now < call.deadline) throw new AppError('CALL_DEADLINE_NOT_REACHED');
    if (ev === 'startEvaluation' && (await repo.listPanel(tx, id)).length === 0) throw new AppError('CALL_PANEL_REQUIRED');
    if (ev === 'cancel' && call.status !== 'draft') await releaseNeedsFromCall(tx, call.needIds, { ctx, clock: env.clock, actor, note: `撤销榜单：${call.title}` });
    if (!(await repo.updateCall(tx, id, call.version, set))) throw new AppError('CONFLICT');
    await event(tx, env, id, ev, `${SUMMARY[ev]}${reason ? `：${reason}` : ''}`);
    await recordAudit(tx, ctx, env.clock, { action: `calls.${ev}`, entityType: 'call', entityId: id, regionPath: call.regionPath, summary: `${SUMMARY[ev]}：${call.title}`, diff: { before: { status: call.status }, after: { status: to, ...(reason ? { reason } : {}) } } });
  });
  return getCall(env, actor, id);
}

export async function needCandidates(env: CallsEnv, actor: Actor) { return repo.listNeedCandidates(env.db, actor); }
export async function panelCandidates(env: CallsEnv) { return repo.listPanelCandidates(env.db); }
