import { AppError, FUNDING_SOURCE_ZH, newId, type FundingSource } from '@wushe/common';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { awardTransition, toCall } from './calls-mapper.js';
import type { CallsEnv } from './calls-hooks.js';
import * as calls from './calls.repository.js';
import * as bids from './bids.repository.js';
import * as repo from './selection.repository.js';
import { aggregateScores } from './score-rules.js';
import { SCORED_BID_STATUSES } from './lifecycle-rules.js';
import { buildOcdsPackage, type OcdsContractFacts } from './ocds-release.js';
import { event } from './calls.service.js';

/** Aggregated scores of every scored bid of a call (weighted mean and z-score side by side). */
export async function scoresOf(db: Executor, callId: string, criteria: { key: string; weight: number }[]) {
  const [rows, reviews] = await Promise.all([bids.listSubmittedBids(db, callId), repo.listReviews(db, callId)]);
  const scored = rows.filter((r) => SCORED_BID_STATUSES.includes(r.bid.status as 'submitted'));
  const agg = aggregateScores(scored.map((r) => r.bid.id), reviews.map((r) => ({ panellistId: r.userId, bidId: r.bidId, scores: r.conflict ? null : r.scores })), criteria);
  return { rows: scored, agg, reviews };
}

/** The score board for officials in scope and panellists: only after the deadline, only bids they may see. */
export async function scoreBoard(env: CallsEnv, actor: Actor, callId: string) {
  const row = await calls.findCall(env.db, actor, callId);
  if (!row) throw new AppError('NOT_FOUND');
  if (env.clock.now() < row.call.deadline) throw new AppError('CALL_DEADLINE_NOT_REACHED');
  const visible = new Set((await bids.listBids(env.db, actor, callId, env.clock.now())).map((b) => b.bid.id));
  const { rows, agg, reviews } = await scoresOf(env.db, callId, row.call.criteria);
  const panel = await calls.listPanel(env.db, callId);
  const missing = rows.filter((r) => r.bid.status === 'submitted').length * panel.length - reviews.filter((r) => rows.some((b) => b.bid.id === r.bidId)).length;
  return {
    criteria: row.call.criteria,
    bids: agg.filter((a) => visible.has(a.bidId)).map((a) => {
      const b = rows.find((r) => r.bid.id === a.bidId)!;
      return { ...a, organisationName: b.leadName, status: b.bid.status as 'submitted' };
    }),
    reviewsMissing: Math.max(0, missing),
  };
}

function toPublic(r: calls.CallWithRegion) {
  const c = toCall(r);
  return {
    id: c.id, number: c.number, title: c.title, serviceContent: c.serviceContent, regionName: c.regionName, budgetFen: c.budgetFen, fundingSource: c.fundingSource,
    deadline: c.deadline, status: c.status, publishedAt: c.publishedAt, criteria: c.criteria, eligibility: c.eligibility,
    maxConcurrentAwards: c.maxConcurrentAwards, noticeDays: c.noticeDays, documents: c.documents,
  };
}

export async function listPublicCalls(env: CallsEnv, q: { page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await calls.listPublicCalls(env.db, pageSize, (page - 1) * pageSize);
  return { items: items.map(toPublic), total, page, pageSize };
}

/** Public detail: the call, its timeline, the award under notice and, once awarded, every scored bidder's result. */
export async function getPublicCall(env: CallsEnv, id: string) {
  const row = await calls.findPublicCall(env.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [events, awards, objections] = await Promise.all([calls.listEvents(env.db, id, true), repo.listAwards(env.db, id), repo.listObjections(env.db, id)]);
  // Scores become public with the award; before that the panel's work is not disclosed.
  const scores = awards.length ? await scoresOf(env.db, id, row.call.criteria) : null;
  const now = env.clock.now();
  return {
    ...toPublic(row),
    events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, summary: e.summary })),
    awards: awards.map(({ award: a, organisationName }) => ({
      id: a.id, organisationName, status: a.status as 'noticed', amountFen: a.amountFen, noticeEndsAt: a.noticeEndsAt.toISOString(),
      objectionsOpen: (a.status === 'noticed' || a.status === 'objected') && now < a.noticeEndsAt,
    })),
    scores: scores ? scores.agg.map((a) => ({ organisationName: scores.rows.find((r) => r.bid.id === a.bidId)!.leadName, weightedMean: a.weightedMean, zMean: a.zMean })) : [],
    objections: objections.map((o) => ({ filedAt: o.filedAt.toISOString(), text: o.text, status: o.status, answer: o.answer })),
  };
}

/** Anyone may object while the award is under notice; the contact is kept encrypted for the official only. */
export async function fileObjection(env: CallsEnv, ctx: RequestContext, callId: string, input: { awardId: string; text: string; contact?: string }) {
  await env.db.transaction(async (tx) => {
    const row = await calls.findPublicCall(tx, callId, true);
    if (!row) throw new AppError('NOT_FOUND');
    const award = await repo.findAward(tx, callId, input.awardId);
    if (!award) throw new AppError('NOT_FOUND');
    const now = env.clock.now();
    if (now >= award.award.noticeEndsAt) throw new AppError('AWARD_NOTICE_OVER');
    const to = awardTransition(award.award.status, 'object');
    const id = newId(now.getTime());
    await repo.insertObjection(tx, { id, callId, awardId: award.award.id, text: input.text, contactEnc: input.contact ? env.cipher.encrypt(input.contact) : null, status: 'open', filedAt: now });
    await repo.updateAward(tx, award.award.id, { status: to });
    await event(tx, env, callId, 'objection', '公示期内收到异议，待答复');
    await recordAudit(tx, ctx, env.clock, { action: 'calls.objection.file', entityType: 'call', entityId: callId, regionPath: row.call.regionPath, summary: `公众对中标结果提出异议：${row.call.title}` });
  });
  return { ok: true as const };
}

/** The call as an OCDS 1.1.5 release package; `contracts` come from the projects domain once they exist. */
export async function ocdsPackage(env: CallsEnv, id: string, baseUrl: string, contracts: OcdsContractFacts[] = []) {
  const row = await calls.findPublicCall(env.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const c = row.call;
  const [awards, needs] = await Promise.all([repo.listAwards(env.db, id), calls.findNeedTitles(env.db, c.needIds)]);
  const afterDeadline = env.clock.now() >= c.deadline;
  return buildOcdsPackage({
    id: c.id, number: c.number, title: c.title, serviceContent: c.serviceContent, status: c.status, budgetFen: c.budgetFen,
    fundingSourceZh: FUNDING_SOURCE_ZH[c.fundingSource as FundingSource], regionName: row.regionName ?? c.regionCode,
    publishedAt: c.publishedAt?.toISOString() ?? null, deadline: c.deadline.toISOString(), updatedAt: c.updatedAt.toISOString(),
    buyer: { id: `CN-REGION-${c.regionCode}`, name: `${row.regionName ?? c.regionCode}` },
    criteriaText: c.criteria.map((k) => `${k.name}${k.weight}%`).join('；'),
    documents: c.documents, tenderers: afterDeadline ? await bids.countSubmittedBids(env.db, id) : null, needs,
  }, awards.map(({ award: a, organisationName }) => ({
    id: a.id, status: a.status, amountFen: a.amountFen, awardedAt: a.awardedAt.toISOString(), noticeEndsAt: a.noticeEndsAt.toISOString(),
    suppliers: [{ id: a.organisationId, name: organisationName }],
  })), contracts, { baseUrl, publisherName: '五社联动服务平台', now: env.clock.now().toISOString() });
}
