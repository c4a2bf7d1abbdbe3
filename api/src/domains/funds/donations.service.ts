import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, formatFen, newId, type ChannelNotification, type Donation, type DonationInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { publicDonorName } from './fund-rules.js';
import { toDonation } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { postDonationCall, type DonationPosting } from './ledger.repository.js';
import { postDonationBatched } from './donation-batcher.js';
import { ledgerStrategy, payloadHash, pgCode, withMoneyStatement, withMoneyTx } from './ledger.service.js';

export interface DonationFacts {
  fundId: string; campaignId: string | null; amountFen: number; channel: string; channelRef: string;
  donorName: string | null; isAnonymous: boolean; message: string | null; receivedAt: Date; recordedBy: string | null;
}

/** The zh-CN refusal for each SQLSTATE wushe_post_donation raises (migration 0013). */
export function donationRefusal(err: unknown, d: Pick<DonationFacts, 'channel' | 'channelRef'>): AppError | null {
  switch (pgCode(err)) {
    case 'WF404': return new AppError('NOT_FOUND', [{ path: 'fundId', message: '基金（fundId）不存在' }]);
    case 'WF409': return new AppError('CONFLICT');
    case 'WF410': return new AppError('FUND_CAMPAIGN_CLOSED', [{ path: 'campaignId', message: '募捐活动（campaignId）已结束、不存在或不属于该基金' }]);
    case 'WF411': return new AppError('CONFLICT', [{ path: 'channelRef', message: `该笔${d.channel === 'bank_transfer' ? '银行流水号' : '渠道交易号'}（channelRef：${d.channelRef}）已入账，请勿重复录入` }]);
    case 'WF422': return new AppError('IDEMPOTENCY_KEY_REUSED', [{ path: 'Idempotency-Key', message: '幂等键（Idempotency-Key）已用于另一笔不同内容的请求' }]);
    default: return null;
  }
}

/** The arguments of one donation posting (ids, memo and the result JSON without its receipt number, which the database fills). */
export function donationPosting(deps: AppDeps, key: string | null, payload: unknown, d: DonationFacts): DonationPosting {
  const row = {
    id: newId(d.receivedAt.getTime()), fundId: d.fundId, campaignId: d.campaignId, amount: d.amountFen, channel: d.channel, channelRef: d.channelRef,
    donorName: d.donorName, isAnonymous: d.isAnonymous, message: d.message, receiptNo: '', txnId: newId(d.receivedAt.getTime()), refunded: false,
    recordedBy: d.recordedBy, receivedAt: d.receivedAt,
  };
  const { receiptNo: _filledByTheDatabase, ...result } = toDonation(row);
  return {
    key, payloadHash: payloadHash('donation', payload), now: deps.clock.now(), donationId: row.id, txnId: row.txnId, fundId: d.fundId, campaignId: d.campaignId,
    amount: d.amountFen, channel: d.channel, channelRef: d.channelRef, donorName: d.donorName, isAnonymous: d.isAnonymous, message: d.message,
    receivedAt: d.receivedAt, recordedBy: d.recordedBy, memo: `捐赠 ${formatFen(d.amountFen)}（${publicDonorName(d.donorName, d.isAnonymous)}）`, result,
  };
}

/** The answer of one posting: the new donation or the first run's replay. */
export function donationAnswer(r: { replay?: unknown; donation?: unknown }): { donation: Donation; replayed: boolean } {
  return r.donation ? { donation: r.donation as Donation, replayed: false } : { donation: r.replay as Donation, replayed: true };
}

/**
 * Records one donation — idempotency record, receipt number, journal transaction, balances, donation row — in one
 * database call (ADR 0017). With `ex` = the Db it is its own transaction; with a Tx it joins the caller's. Answers the
 * first run's result on a replay of the same key.
 */
export async function postDonation(ex: Executor, deps: AppDeps, key: string | null, payload: unknown, d: DonationFacts): Promise<{ donation: Donation; replayed: boolean }> {
  try {
    return donationAnswer(await postDonationCall(ex, donationPosting(deps, key, payload, d)));
  } catch (err) {
    throw donationRefusal(err, d) ?? err;
  }
}

/** Staff enter a donation from bank records; the bank serial makes a natural idempotency key as well. */
export async function recordDonation(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: DonationInput): Promise<Donation> {
  if (!(await repo.findFund(deps.db, actor, input.fundId))) throw new AppError('NOT_FOUND');
  return withMoneyTx(deps.db, ledgerStrategy(), async (tx) => {
    const { donation: d, replayed } = await postDonation(tx, deps, key, input, {
      fundId: input.fundId, campaignId: input.campaignId ?? null, amountFen: input.amountFen, channel: input.channel, channelRef: input.channelRef,
      donorName: input.donorName ?? null, isAnonymous: input.isAnonymous, message: input.message ?? null, receivedAt: new Date(input.receivedAt), recordedBy: actor.userId,
    });
    if (!replayed) await recordAudit(tx, ctx, deps.clock, { action: 'funds.donation.record', entityType: 'fund_donation', entityId: d.id, summary: `录入捐赠 ${formatFen(d.amountFen)}，收据 ${d.receiptNo}` });
    return d;
  });
}

/** The sorted `key=value&…` string a channel signs (the WeChat Pay / Alipay convention), empty values left out. */
export function channelSigningString(body: Record<string, unknown>): string {
  return Object.keys(body).sort().filter((k) => body[k] !== undefined && body[k] !== null && body[k] !== '').map((k) => `${k}=${String(body[k])}`).join('&');
}

/** Each channel's shared secret, derived from the server's master key (printed by `npm run wushe -- ledger channel-secret <channel>`). */
export function channelSecret(deps: AppDeps, channel: string): string {
  return deps.cipher.blindIndex(`payment-channel:${channel}`);
}

export function signChannelNotification(secret: string, body: Record<string, unknown>): string {
  return createHmac('sha256', secret).update(channelSigningString(body)).digest('hex');
}

/**
 * A payment channel's notification (the gateway boundary): signature checked, then recorded once per trade number.
 * The gateway retries until it gets 200, so a replay returns the first result. No audit entry: no person acted,
 * and the journal transaction plus the idempotency record are the trace; this keeps the global audit head off the
 * donation hot path.
 */
export async function receiveChannelNotification(deps: AppDeps, channel: string, signature: string, body: ChannelNotification): Promise<Donation> {
  const expected = Buffer.from(signChannelNotification(channelSecret(deps, channel), body as unknown as Record<string, unknown>), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature) ? signature : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('FUND_SIGNATURE_INVALID', [{ path: 'X-Wushe-Signature', message: '签名（X-Wushe-Signature）与通知内容不符' }]);
  const facts: DonationFacts = {
    fundId: body.fundId, campaignId: body.campaignId ?? null, amountFen: body.amountFen, channel, channelRef: body.tradeNo,
    donorName: body.donorName ?? null, isAnonymous: body.isAnonymous, message: body.message ?? null, receivedAt: new Date(body.paidAt), recordedBy: null,
  };
  const key = `channel:${channel}:${body.tradeNo}`;
  // Under fixed-order locking, donations to one fund queue and post in batches (one commit for many: ADR 0017).
  if (ledgerStrategy() === 'locking') return (await postDonationBatched(deps, key, body, facts)).donation;
  return (await withMoneyStatement(deps.db, ledgerStrategy(), (ex) => postDonation(ex, deps, key, body, facts))).donation;
}

export async function listDonations(deps: AppDeps, actor: Actor, fundId: string): Promise<Donation[]> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listDonations(deps.db, fundId)).map(toDonation);
}
