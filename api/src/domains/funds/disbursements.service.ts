import { AppError, formatFen, newId, type Disbursement, type DisbursementInput, type PaymentMilestone, type MilestoneScheduleInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor, Tx } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { canMoveDisbursement, canMoveMilestone, type DisbursementStatus } from './fund-rules.js';
import { toDisbursement, toMilestone } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { legsFor } from './ledger-rules.js';
import { postTransaction } from './ledger.repository.js';
import { ledgerStrategy, moneyCommand } from './ledger.service.js';

const STATUS_ZH: Record<string, string> = { requested: '待审批', approved: '已审批（已冻结）', paid: '已支付', rejected: '已驳回', cancelled: '已取消' };

async function requestTx(tx: Tx, deps: AppDeps, ctx: RequestContext, actor: Actor, input: DisbursementInput & { milestoneId?: string }): Promise<Disbursement> {
  const fund = await repo.findFund(tx, actor, input.fundId);
  if (!fund) throw new AppError('NOT_FOUND');
  if (input.projectId) {
    const p = await repo.findProject(tx, actor, input.projectId);
    if (!p || p.fundId !== input.fundId) throw new AppError('VALIDATION_FAILED', [{ path: 'projectId', message: '项目（projectId）不属于该基金' }]);
    if (!['approved', 'fundraising', 'in_progress'].includes(p.status)) throw new AppError('FUND_TRANSITION_INVALID', [{ path: 'projectId', message: '只能向已立项、未结项的项目拨付' }]);
  }
  const now = deps.clock.now();
  const row = {
    id: newId(now.getTime()), fundId: input.fundId, projectId: input.projectId ?? null, payeeName: input.payeeName, payeeOrganisationId: input.payeeOrganisationId ?? null,
    amount: input.amountFen, purpose: input.purpose, status: 'requested', milestoneId: input.milestoneId ?? null, requestedBy: actor.userId, approvedBy: null, paidBy: null,
    holdTxnId: null, settleTxnId: null, regionPath: fund.regionPath, version: 1, createdAt: now, updatedAt: now,
  };
  await repo.insertDisbursement(tx, row);
  await recordAudit(tx, ctx, deps.clock, { action: 'funds.disbursement.request', entityType: 'fund_disbursement', entityId: row.id, regionPath: fund.regionPath, summary: `申请拨付 ${formatFen(input.amountFen)} 给 ${input.payeeName}` });
  return toDisbursement(row);
}

/** Money out, step 1: a request (no money moves yet). */
export async function requestDisbursement(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: DisbursementInput): Promise<Disbursement> {
  return moneyCommand(deps, key, 'disbursement.request', input, (tx) => requestTx(tx, deps, ctx, actor, input));
}

type Step = 'approve' | 'pay' | 'cancel' | 'reject';
const TARGET: Record<Step, DisbursementStatus> = { approve: 'approved', pay: 'paid', cancel: 'cancelled', reject: 'rejected' };

/**
 * Money out, steps 2–3: approve (by someone other than the requester) holds the money; pay posts it; cancelling an
 * approved disbursement releases the hold. The disbursement row is locked first, then the fund's accounts.
 */
export async function moveDisbursement(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, id: string, step: Step): Promise<Disbursement> {
  return moneyCommand(deps, key, `disbursement.${step}`, { id }, async (tx) => {
    const d = await repo.lockDisbursement(tx, actor, id);
    if (!d) throw new AppError('NOT_FOUND');
    const to = TARGET[step];
    if (!canMoveDisbursement(d.status as DisbursementStatus, to)) {
      throw new AppError('FUND_TRANSITION_INVALID', [{ path: 'status', message: `拨付申请当前为「${STATUS_ZH[d.status]}」，不能${STATUS_ZH[to]}` }]);
    }
    if ((step === 'approve' || step === 'reject') && d.requestedBy === actor.userId) {
      throw new AppError('FUND_SAME_PERSON', [{ path: 'approvedBy', message: '审批人不能是申请人本人，请由另一位有审批权限的人员审批' }]);
    }
    const now = deps.clock.now();
    const set: Parameters<typeof repo.updateDisbursement>[2] = { status: to, updatedAt: now };
    const post = (kind: 'hold' | 'payment' | 'release', memo: string) =>
      postTransaction(tx, ledgerStrategy(), { kind, fundId: d.fundId, amount: d.amount, memo, refType: 'disbursement', refId: d.id, createdBy: actor.userId, occurredAt: now }, legsFor(kind, d.fundId, d.amount));
    if (step === 'approve') {
      set.approvedBy = actor.userId;
      set.holdTxnId = (await post('hold', `审批冻结：${d.purpose}（${d.payeeName}）`)).id;
    } else if (step === 'pay') {
      set.paidBy = actor.userId;
      set.settleTxnId = (await post('payment', `支付：${d.purpose}（${d.payeeName}）`)).id;
    } else if (step === 'cancel' && d.status === 'approved') {
      set.settleTxnId = (await post('release', `取消审批，解冻：${d.purpose}`)).id;
    }
    await repo.updateDisbursement(tx, id, set);
    if (d.milestoneId) {
      const m = (await repo.findMilestoneByDisbursement(tx, id))!;
      const next = to === 'paid' ? 'paid' : to === 'cancelled' || to === 'rejected' ? 'scheduled' : null;
      if (next && canMoveMilestone(m.status as 'requested', next)) await repo.updateMilestone(tx, m.id, { status: next, disbursementId: next === 'scheduled' ? null : id });
    }
    await recordAudit(tx, ctx, deps.clock, { action: `funds.disbursement.${step}`, entityType: 'fund_disbursement', entityId: id, regionPath: d.regionPath, summary: `拨付 ${formatFen(d.amount)} 给 ${d.payeeName}：${STATUS_ZH[to]}`, diff: { before: { status: d.status }, after: { status: to } } });
    return toDisbursement({ ...d, ...set, version: d.version + 1 } as typeof d);
  });
}

export async function listDisbursements(deps: AppDeps, actor: Actor, fundId: string): Promise<Disbursement[]> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listDisbursements(deps.db, actor, fundId)).map(toDisbursement);
}

/** Writes a contract's payment schedule inside the caller's transaction (the fund is already resolved and in scope). */
async function scheduleTx(tx: Executor, deps: AppDeps, ctx: RequestContext, fund: { id: string; regionPath: string }, input: Omit<MilestoneScheduleInput, 'fundId'>): Promise<PaymentMilestone[]> {
  const now = deps.clock.now();
  const rows = input.items.map((it, i) => ({
    id: newId(now.getTime()), contractRef: input.contractRef, fundId: fund.id, seq: i + 1, milestone: it.milestone, payeeName: input.payeeName,
    payeeOrganisationId: input.payeeOrganisationId ?? null, amount: it.amountFen, dueOn: it.dueOn, status: 'scheduled', disbursementId: null, regionPath: fund.regionPath, createdAt: now,
  }));
  await repo.insertMilestones(tx, rows);
  await recordAudit(tx, ctx, deps.clock, { action: 'funds.schedule.create', entityType: 'contract', entityId: input.contractRef, regionPath: fund.regionPath, summary: `政府购买服务合同付款计划：${rows.length}期，共${formatFen(rows.reduce((s, r) => s + r.amount, 0))}` });
  return rows.map(toMilestone);
}

/** A government-purchase contract's payment schedule, tied to milestones, entered by staff. */
export async function createPaymentSchedule(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: MilestoneScheduleInput): Promise<PaymentMilestone[]> {
  return moneyCommand(deps, key, 'schedule.create', input, async (tx) => {
    const fund = await repo.findFund(tx, actor, input.fundId);
    if (!fund) throw new AppError('NOT_FOUND');
    return scheduleTx(tx, deps, ctx, fund, input);
  });
}

/** What an awarded call's contract hands the funds domain (closed loop, api/src/closed-loop.ts). */
export interface AwardedContract {
  projectId: string; fundingSource: string; regionPath: string; organisationId: string;
  milestones: { title: string; dueOn: string; paymentFen: number }[];
}

/**
 * 承榜: a government-purchase award's contract gets its payment schedule, one instalment per contract milestone that
 * carries a payment, paid from the region's 政府购买服务 budget line, in the award's transaction. Other funding sources
 * (community fund, donations) are paid through fund projects instead; a region with no such budget line gets none (null).
 */
export async function scheduleAwardPayments(tx: Executor, deps: AppDeps, ctx: RequestContext, c: AwardedContract): Promise<PaymentMilestone[] | null> {
  if (c.fundingSource !== 'government_purchase') return null;
  const fund = await repo.findBudgetLineFund(tx, 'government_purchase', c.regionPath);
  const items = c.milestones.filter((m) => m.paymentFen > 0).map((m) => ({ milestone: m.title, amountFen: m.paymentFen, dueOn: m.dueOn }));
  if (!fund || items.length === 0) return null;
  const payeeName = (await repo.organisationName(tx, c.organisationId)) ?? '承接组织';
  return scheduleTx(tx, deps, ctx, fund, { contractRef: c.projectId, payeeName, payeeOrganisationId: c.organisationId, items });
}

/** A milestone is reached: its payment becomes a disbursement request, which then needs the usual second-person approval. */
export async function requestMilestonePayment(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, milestoneId: string): Promise<Disbursement> {
  return moneyCommand(deps, key, 'milestone.request', { milestoneId }, async (tx) => {
    const m = await repo.lockMilestone(tx, actor, milestoneId);
    if (!m) throw new AppError('NOT_FOUND');
    if (!canMoveMilestone(m.status as 'scheduled', 'requested')) throw new AppError('FUND_TRANSITION_INVALID', [{ path: 'status', message: `该期付款已${m.status === 'paid' ? '支付' : '申请'}` }]);
    const d = await requestTx(tx, deps, ctx, actor, { fundId: m.fundId, payeeName: m.payeeName, payeeOrganisationId: m.payeeOrganisationId, amountFen: m.amount, purpose: `合同第${m.seq}期：${m.milestone}`, milestoneId: m.id });
    await repo.updateMilestone(tx, m.id, { status: 'requested', disbursementId: d.id });
    return d;
  });
}

export async function listMilestones(deps: AppDeps, actor: Actor, contractRef: string): Promise<PaymentMilestone[]> {
  return (await repo.listMilestones(deps.db, actor, contractRef)).map(toMilestone);
}

/** Every payment schedule paid from a fund (a 政府购买服务 budget line), for staff who see the fund. */
export async function listFundSchedule(deps: AppDeps, actor: Actor, fundId: string): Promise<PaymentMilestone[]> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listMilestonesOfFund(deps.db, fundId)).map(toMilestone);
}
