import { AppError, formatFen, type AllocationInput, type AppropriationInput, type LedgerTxn, type LedgerTxnPage, type LedgerTxnQuery } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { toTxn } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { isReversible, legsFor, reversalLegs, type TxnKind } from './ledger-rules.js';
import { findReversalOf, findTransaction, legsOf, listFundTransactions as listTransactionsPage, postTransaction } from './ledger.repository.js';
import { ledgerStrategy, moneyCommand } from './ledger.service.js';

/** Parent → sub-fund (or back): moves available money between a fund and its direct child. */
export async function allocate(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: AllocationInput): Promise<LedgerTxn> {
  return moneyCommand(deps, key, 'allocation', input, async (tx) => {
    const from = await repo.findFund(tx, actor, input.fromFundId);
    const to = await repo.findFund(tx, actor, input.toFundId);
    if (!from || !to) throw new AppError('NOT_FOUND');
    if (to.parentId !== from.id && from.parentId !== to.id) throw new AppError('FUND_ALLOCATION_INVALID', [{ path: 'toFundId', message: `「${to.name}」不是「${from.name}」的直属上级或下级基金` }]);
    const txn = await postTransaction(tx, ledgerStrategy(), {
      kind: 'allocation', fundId: from.id, counterFundId: to.id, amount: input.amountFen, memo: `划拨至「${to.name}」：${input.memo}`, createdBy: actor.userId, occurredAt: deps.clock.now(),
    }, legsFor('allocation', from.id, input.amountFen, to.id));
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.allocation', entityType: 'ledger_transaction', entityId: txn.id, regionPath: from.regionPath, summary: `「${from.name}」划拨 ${formatFen(input.amountFen)} 至「${to.name}」` });
    return toTxn(txn);
  });
}

/** A government budget line receives its appropriation (财政拨款入账). */
export async function appropriate(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: AppropriationInput): Promise<LedgerTxn> {
  return moneyCommand(deps, key, 'appropriation', input, async (tx) => {
    const fund = await repo.findFund(tx, actor, input.fundId);
    if (!fund) throw new AppError('NOT_FOUND');
    if (fund.kind !== 'government' && fund.kind !== 'parent') throw new AppError('VALIDATION_FAILED', [{ path: 'fundId', message: '财政拨款只能入账到政府预算资金或总基金（fundId）' }]);
    const txn = await postTransaction(tx, ledgerStrategy(), { kind: 'appropriation', fundId: fund.id, amount: input.amountFen, memo: `拨款入账：${input.memo}`, createdBy: actor.userId, occurredAt: deps.clock.now() }, legsFor('appropriation', fund.id, input.amountFen));
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.appropriation', entityType: 'ledger_transaction', entityId: txn.id, regionPath: fund.regionPath, summary: `「${fund.name}」拨款入账 ${formatFen(input.amountFen)}` });
    return toTxn(txn);
  });
}

/**
 * Refunds and corrections: a reversing transaction mirroring the original, at most once (unique reverses_id backs the
 * check under concurrency). A refunded donation must still be available in the fund, or the reversal is refused.
 */
export async function reverse(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, txnId: string, reason: string): Promise<LedgerTxn> {
  return moneyCommand(deps, key, 'reversal', { txnId, reason }, async (tx) => {
    const original = await findTransaction(tx, txnId);
    const fund = original && (await repo.findFund(tx, actor, original.fundId));
    if (!original || !fund) throw new AppError('NOT_FOUND');
    if (!isReversible(original.kind as TxnKind)) throw new AppError('LEDGER_NOT_REVERSIBLE', [{ path: 'txnId', message: '冻结/支付/冲正凭证不能直接冲正：请取消拨付申请，或另行入账更正' }]);
    if (await findReversalOf(tx, txnId)) throw new AppError('LEDGER_ALREADY_REVERSED', [{ path: 'txnId', message: `凭证 #${original.seq} 已冲正过` }]);
    const txn = await postTransaction(tx, ledgerStrategy(), {
      kind: 'reversal', fundId: original.fundId, counterFundId: original.counterFundId, amount: original.amount, memo: `冲正 #${original.seq}：${reason}`,
      reversesId: original.id, createdBy: actor.userId, occurredAt: deps.clock.now(),
    }, reversalLegs(await legsOf(tx, txnId)));
    if (original.kind === 'donation') {
      const d = await repo.findDonationByTxn(tx, original.id);
      if (d) await repo.markDonationRefunded(tx, d.id);
    }
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.reversal', entityType: 'ledger_transaction', entityId: txn.id, regionPath: fund.regionPath, summary: `冲正凭证 #${original.seq}（${formatFen(original.amount)}）：${reason}` });
    return toTxn(txn);
  });
}

/** 账本: a fund's journal for staff in scope (out of scope: 404), paginated, marking what can still be reversed. */
export async function listFundTransactions(deps: AppDeps, actor: Actor, fundId: string, q: LedgerTxnQuery): Promise<LedgerTxnPage> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { rows, total } = await listTransactionsPage(deps.db, fundId, pageSize, (page - 1) * pageSize);
  return { items: rows.map((r) => ({ ...toTxn(r), reversible: isReversible(r.kind as TxnKind) && r.reversedBySeq === null, reversedBySeq: r.reversedBySeq })), total, page, pageSize };
}
