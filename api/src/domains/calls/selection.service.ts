import { AppError, newId, formatFen, type CallDetail, type ReviewInput } from '@wushe/common';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { noticeEndsAt } from './call-rules.js';
import { awardTransition, bidTransition, callTransition } from './calls-mapper.js';
import type { CallsEnv, FinalisedAward } from './calls-hooks.js';
import * as calls from './calls.repository.js';
import * as bids from './bids.repository.js';
import * as repo from './selection.repository.js';
import { event, getCall, writable } from './calls.service.js';
import { awardCapMessage } from './eligibility-rules.js';

const PANEL_ROLES = ['city_official', 'banner_official', 'street_official', 'community_worker', 'expert'];

/** 组建评审组: replaces the panel; allowed until scoring starts. */
export async function setPanel(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, members: { username: string; kind: string }[]): Promise<CallDetail> {
  await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, callId);
    if (!['published', 'closed'].includes(call.status)) throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: '评审组只能在评审开始前组建' }]);
    const found = await calls.findUsersByName(tx, members.map((m) => m.username));
    const errors = members.flatMap((m, i) => {
      const u = found.find((f) => f.username === m.username);
      return u && u.status === 'active' && PANEL_ROLES.includes(u.roleKey) ? [] : [{ path: `members[${i}].username`, message: `评审组成员（members[${i}]）“${m.username}”不存在或不能担任评审` }];
    });
    if (new Set(members.map((m) => m.username)).size !== members.length) errors.push({ path: 'members', message: '评审组成员（members）重复' });
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
    await calls.replacePanel(tx, callId, members.map((m) => ({ userId: found.find((f) => f.username === m.username)!.id, kind: m.kind })));
    await event(tx, env, callId, 'panel', `组建评审组（${members.length}人）`);
    await recordAudit(tx, ctx, env.clock, { action: 'calls.panel', entityType: 'call', entityId: callId, regionPath: call.regionPath, summary: `组建评审组：${call.title}`, diff: { after: { members } } });
  });
  return getCall(env, actor, callId);
}

/** 路演: records the optional roadshow session during evaluation. */
export async function recordRoadshow(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, input: { heldAt: string; place: string; notes: string }): Promise<CallDetail> {
  await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, callId);
    if (call.status !== 'evaluating') throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: '路演只能在评审阶段记录' }]);
    await calls.updateCall(tx, callId, call.version, { roadshow: input, updatedAt: env.clock.now() });
    await event(tx, env, callId, 'roadshow', `路演：${input.place}`);
    await recordAudit(tx, ctx, env.clock, { action: 'calls.roadshow', entityType: 'call', entityId: callId, regionPath: call.regionPath, summary: `记录路演：${call.title}`, diff: { after: input } });
  });
  return getCall(env, actor, callId);
}

/** A panellist's review of one bid: declare a conflict (and drop out of that bid) or score every criterion. */
export async function reviewBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, bidId: string, input: ReviewInput) {
  await env.db.transaction(async (tx) => {
    const row = await calls.findCall(tx, actor, callId);
    if (!row) throw new AppError('NOT_FOUND');
    if (!(await repo.isPanellist(tx, callId, actor.userId))) throw new AppError('CALL_NOT_PANELLIST');
    if (row.call.status !== 'evaluating') throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: '榜单不在评审阶段' }]);
    const bid = await bids.findBid(tx, actor, callId, bidId, env.clock.now());
    if (!bid) throw new AppError('NOT_FOUND');
    if (bid.bid.status !== 'submitted') throw new AppError('BID_STATE_INVALID', [{ path: 'status', message: '只有通过资格审查的申报参与评分' }]);
    const previous = (await repo.listReviews(tx, callId)).find((r) => r.bidId === bidId && r.userId === actor.userId);
    if (previous?.conflict) throw new AppError('REVIEW_CONFLICT_DECLARED');
    let scores: Record<string, number> | null = null;
    if (input.conflict) {
      if (!input.conflictReason) throw new AppError('VALIDATION_FAILED', [{ path: 'conflictReason', message: '请说明利益冲突情况（conflictReason）' }]);
    } else {
      const keys = row.call.criteria.map((c) => c.key);
      const given = Object.keys(input.scores ?? {});
      const errors = [...keys.filter((k) => !given.includes(k)).map((k) => ({ path: `scores.${k}`, message: `请为评审标准“${row.call.criteria.find((c) => c.key === k)!.name}”（scores.${k}）打分` })),
        ...given.filter((k) => !keys.includes(k)).map((k) => ({ path: `scores.${k}`, message: `评审标准（scores.${k}）不属于本榜单` }))];
      if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
      scores = input.scores!;
    }
    await repo.upsertReview(tx, { callId, bidId, userId: actor.userId, conflict: input.conflict, conflictReason: input.conflictReason ?? null, scores, comment: input.comment ?? null, updatedAt: env.clock.now() });
    await recordAudit(tx, ctx, env.clock, { action: input.conflict ? 'calls.review.conflict' : 'calls.review.score', entityType: 'bid', entityId: bidId, regionPath: row.call.regionPath, summary: input.conflict ? `声明利益冲突，回避评审：${bid.leadName}` : `评审打分：${bid.leadName}`, diff: { after: { conflict: input.conflict, scores } } });
  });
  return { ok: true as const };
}

/** 承榜 award: the official picks a submitted bid; 资源限流 is checked; the notice period starts. */
export async function awardBid(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, input: { bidId: string; reason: string }): Promise<CallDetail> {
  await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, callId);
    const to = callTransition(call.status, 'award');
    const now = env.clock.now();
    const bid = await bids.findBid(tx, actor, callId, input.bidId, now, true);
    if (!bid) throw new AppError('NOT_FOUND');
    const bidTo = bidTransition(bid.bid.status, 'award');
    const active = await env.hooks.activeAwards(tx, bid.bid.leadOrganisationId);
    const cap = awardCapMessage(bid.leadName, active, call.maxConcurrentAwards);
    if (cap) throw new AppError('AWARD_CAP_REACHED', [{ path: 'bidId', message: cap }]);
    const ends = noticeEndsAt(now, call.noticeDays);
    await repo.insertAward(tx, { id: newId(now.getTime()), callId, bidId: bid.bid.id, organisationId: bid.bid.leadOrganisationId, status: 'noticed', amountFen: bid.bid.totalFen, reason: input.reason, awardedAt: now, noticeEndsAt: ends });
    await bids.updateBid(tx, bid.bid.id, bid.bid.version, { status: bidTo, updatedAt: now });
    await calls.updateCall(tx, callId, call.version, { status: to, updatedAt: now });
    await event(tx, env, callId, 'award', `拟定承接方：${bid.leadName}，金额${formatFen(bid.bid.totalFen)}，公示${call.noticeDays}天`);
    await recordAudit(tx, ctx, env.clock, { action: 'calls.award', entityType: 'call', entityId: callId, regionPath: call.regionPath, summary: `确定中标：${call.title} → ${bid.leadName}`, diff: { after: { bidId: bid.bid.id, reason: input.reason, noticeEndsAt: ends } } });
  });
  return getCall(env, actor, callId);
}

/** The official answers an objection; an upheld one cancels the award and the call returns to evaluation. */
export async function answerObjection(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string, objectionId: string, input: { upheld: boolean; answer: string }): Promise<CallDetail> {
  await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, callId);
    const o = await repo.findObjection(tx, callId, objectionId);
    if (!o) throw new AppError('NOT_FOUND');
    if (o.status !== 'open') throw new AppError('AWARD_STATE_INVALID', [{ path: 'status', message: '该异议已答复' }]);
    const award = (await repo.findAward(tx, callId, o.awardId))!;
    const now = env.clock.now();
    await repo.updateObjection(tx, o.id, { status: input.upheld ? 'upheld' : 'dismissed', answer: input.answer, answeredAt: now });
    if (input.upheld) {
      await repo.updateAward(tx, award.award.id, { status: awardTransition(award.award.status, 'uphold') });
      const bid = (await bids.findBid(tx, actor, callId, award.award.bidId, now, true))!;
      await bids.updateBid(tx, bid.bid.id, bid.bid.version, { status: bidTransition(bid.bid.status, 'disqualify'), updatedAt: now });
      await calls.updateCall(tx, callId, call.version, { status: callTransition(call.status, 'reopen'), updatedAt: now });
    } else if (award.award.status === 'objected' && (await repo.countOpenObjections(tx, award.award.id)) === 0) {
      await repo.updateAward(tx, award.award.id, { status: awardTransition(award.award.status, 'dismissAll') });
    }
    await event(tx, env, callId, 'objection_answer', input.upheld ? `异议成立，撤销对${award.organisationName}的中标，重新评定` : '异议不成立，维持公示结果');
    await recordAudit(tx, ctx, env.clock, { action: 'calls.objection.answer', entityType: 'call', entityId: callId, regionPath: call.regionPath, summary: `答复异议：${call.title}`, diff: { after: { objectionId, ...input } } });
  });
  return getCall(env, actor, callId);
}

/** After the notice period without open objections the award is final; the hook creates the project. */
export async function finaliseAward(env: CallsEnv, ctx: RequestContext, actor: Actor, callId: string): Promise<{ detail: CallDetail; finalised: FinalisedAward }> {
  const finalised = await env.db.transaction(async (tx) => {
    const { call } = await writable(tx, actor, callId);
    const to = callTransition(call.status, 'finalise');
    const award = (await repo.listAwards(tx, callId)).find((a) => a.award.status === 'noticed' || a.award.status === 'objected');
    if (!award) throw new AppError('AWARD_STATE_INVALID');
    if (award.award.status === 'objected') throw new AppError('AWARD_OBJECTION_OPEN');
    const now = env.clock.now();
    if (now < award.award.noticeEndsAt) throw new AppError('AWARD_NOTICE_RUNNING', [{ path: 'noticeEndsAt', message: `公示期至${award.award.noticeEndsAt.toISOString()}结束` }]);
    await repo.updateAward(tx, award.award.id, { status: awardTransition(award.award.status, 'finalise'), finalisedAt: now });
    await calls.updateCall(tx, callId, call.version, { status: to, updatedAt: now });
    await bids.setBidsStatus(tx, callId, 'submitted', 'not_awarded', now);
    const bid = (await bids.findBid(tx, actor, callId, award.award.bidId, now))!;
    const members = await bids.listMembers(tx, [bid.bid.id]);
    const data: FinalisedAward = {
      awardId: award.award.id, callId, callNumber: call.number, callTitle: call.title, bidId: bid.bid.id, regionCode: call.regionCode, regionPath: call.regionPath,
      needIds: call.needIds, leadOrganisationId: bid.bid.leadOrganisationId, memberOrganisationIds: members.filter((m) => m.role === 'member').map((m) => m.organisationId),
      amountFen: award.award.amountFen, fundingSource: call.fundingSource, budgetLines: bid.bid.budgetLines, timeline: bid.bid.timeline, finalisedAt: now,
    };
    await env.hooks.onAwardFinalised(tx, data, ctx);
    await event(tx, env, callId, 'finalise', `公示期满无异议，确定承接方：${award.organisationName}`);
    await recordAudit(tx, ctx, env.clock, { action: 'calls.finalise', entityType: 'call', entityId: callId, regionPath: call.regionPath, summary: `确认承接方：${call.title} → ${award.organisationName}`, diff: { after: { awardId: award.award.id } } });
    return data;
  });
  return { detail: await getCall(env, actor, callId), finalised };
}
