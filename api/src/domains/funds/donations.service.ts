import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, formatFen, newId, type ChannelNotification, type Donation, type DonationInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { publicDonorName, receiptNumber } from './fund-rules.js';
import { toDonation } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { legsFor } from './ledger-rules.js';
import { nextReceiptSerial, postTransaction } from './ledger.repository.js';
import { ledgerStrategy, moneyCommand } from './ledger.service.js';

export interface DonationFacts {
  fundId: string; campaignId: string | null; amountFen: number; channel: string; channelRef: string;
  donorName: string | null; isAnonymous: boolean; message: string | null; receivedAt: Date; recordedBy: string | null;
}

/** Records one donation inside the caller's money transaction: receipt number, journal transaction, donation row. */
export async function recordDonationTx(tx: Tx, deps: AppDeps, d: DonationFacts): Promise<Donation> {
  if (d.campaignId) {
    const c = await repo.findCampaign(tx, d.campaignId);
    if (!c || c.fundId !== d.fundId || c.status !== 'open' || c.deadline < d.receivedAt.toISOString().slice(0, 10)) {
      throw new AppError('FUND_CAMPAIGN_CLOSED', [{ path: 'campaignId', message: '募捐活动（campaignId）已结束、不存在或不属于该基金' }]);
    }
  }
  if (await repo.findDonationByChannelRef(tx, d.channel, d.channelRef)) {
    throw new AppError('CONFLICT', [{ path: 'channelRef', message: `该笔${d.channel === 'bank_transfer' ? '银行流水号' : '渠道交易号'}（channelRef：${d.channelRef}）已入账，请勿重复录入` }]);
  }
  // Locks the fund row first (receipt serial), then the accounts in id order: the same order for every donation.
  const receipt = await nextReceiptSerial(tx, d.fundId);
  if (!receipt) throw new AppError('NOT_FOUND', [{ path: 'fundId', message: '基金（fundId）不存在' }]);
  const donor = publicDonorName(d.donorName, d.isAnonymous);
  const txn = await postTransaction(tx, ledgerStrategy(), {
    kind: 'donation', fundId: d.fundId, amount: d.amountFen, memo: `捐赠 ${formatFen(d.amountFen)}（${donor}）`, refType: 'donation',
    createdBy: d.recordedBy, occurredAt: d.receivedAt,
  }, legsFor('donation', d.fundId, d.amountFen));
  const row = {
    id: newId(d.receivedAt.getTime()), fundId: d.fundId, campaignId: d.campaignId, amount: d.amountFen, channel: d.channel, channelRef: d.channelRef,
    donorName: d.donorName, isAnonymous: d.isAnonymous, message: d.message, receiptNo: receiptNumber(receipt.code, d.receivedAt.getUTCFullYear(), receipt.serial),
    txnId: txn.id, refunded: false, recordedBy: d.recordedBy, receivedAt: d.receivedAt,
  };
  await repo.insertDonation(tx, row);
  return toDonation(row);
}

/** Staff enter a donation from bank records; the bank serial makes a natural idempotency key as well. */
export async function recordDonation(deps: AppDeps, ctx: RequestContext, actor: Actor, key: string, input: DonationInput): Promise<Donation> {
  if (!(await repo.findFund(deps.db, actor, input.fundId))) throw new AppError('NOT_FOUND');
  return moneyCommand(deps, key, 'donation', input, async (tx) => {
    const d = await recordDonationTx(tx, deps, {
      fundId: input.fundId, campaignId: input.campaignId ?? null, amountFen: input.amountFen, channel: input.channel, channelRef: input.channelRef,
      donorName: input.donorName ?? null, isAnonymous: input.isAnonymous, message: input.message ?? null, receivedAt: new Date(input.receivedAt), recordedBy: actor.userId,
    });
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.donation.record', entityType: 'fund_donation', entityId: d.id, summary: `录入捐赠 ${formatFen(d.amountFen)}，收据 ${d.receiptNo}` });
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
  return moneyCommand(deps, `channel:${channel}:${body.tradeNo}`, 'donation', body, (tx) => recordDonationTx(tx, deps, {
    fundId: body.fundId, campaignId: body.campaignId ?? null, amountFen: body.amountFen, channel, channelRef: body.tradeNo,
    donorName: body.donorName ?? null, isAnonymous: body.isAnonymous, message: body.message ?? null, receivedAt: new Date(body.paidAt), recordedBy: null,
  }));
}

export async function listDonations(deps: AppDeps, actor: Actor, fundId: string): Promise<Donation[]> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listDonations(deps.db, fundId)).map(toDonation);
}
