import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type TestContext } from '../../test/harness.js';
import { channelSecret, signChannelNotification } from './donations.service.js';
import { checkLedger } from './ledger.service.js';

// Donations to one hot fund arrive together and are posted in batches (one commit for many, ADR 0017). Whatever the
// batching, each notification gets its own answer: new, replayed, or refused — and a refusal takes nothing else down.
let t: TestContext;
let fundId = '';
let otherCampaign = '';

beforeAll(async () => {
  t = await createTestContext();
  const funds = (await t.app.inject({ method: 'GET', url: '/api/public/funds' })).json().items as { id: string; code: string }[];
  fundId = funds.find((f) => f.code === 'TJ-C03')!.id;
  // A campaign of another fund: donating to it through this fund must be refused (FUND_CAMPAIGN_CLOSED).
  const [c] = await queryRows<{ id: string }>(t, sql`select c.id from fund_campaigns c join funds f on f.id = c.fund_id where f.code <> 'TJ-C03' limit 1`);
  otherCampaign = c!.id;
});
afterAll(async () => { await t?.close(); });

const notify = (body: Record<string, unknown>) => t.app.inject({
  method: 'POST', url: '/api/public/funds/channels/wechat/notify', payload: body,
  headers: { 'x-wushe-signature': signChannelNotification(channelSecret(t.deps, 'wechat'), body) },
});

describe('a hot fund\'s donations in batches', () => {
  it('answers 40 parallel notifications one by one: 38 posted with gapless receipts, a replay, a reused key and a refusal', async () => {
    const [before] = await queryRows<{ seq: number; available: number }>(t, sql`select f.receipt_seq::int as seq, a.balance::int as available from funds f join ledger_accounts a on a.fund_id = f.id and a.kind = 'available' where f.id = ${fundId}`);
    const body = (i: number) => ({ tradeNo: `BATCH-${i}`, fundId, amountFen: 100 + i, isAnonymous: i % 2 === 0, paidAt: '2026-11-22T05:00:00Z' });
    const requests = [
      ...Array.from({ length: 38 }, (_, i) => notify(body(i))),
      notify(body(0)), // the gateway's retry of trade 0, concurrently with the first: one donation, same answer
      notify({ ...body(1), amountFen: 999 }), // trade 1 again with another amount: refused, trade 1 itself unaffected
      notify({ ...body(90), campaignId: otherCampaign }), // another fund's campaign: refused alone
    ];
    const res = await Promise.all(requests);
    const posted = res.slice(0, 38);
    for (const r of posted) expect(r.statusCode).toBe(200);
    expect(res[38]!.statusCode).toBe(200);
    expect(res[38]!.json().id).toBe(posted[0]!.json().id);
    expect(res[39]!.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(res[40]!.json().code).toBe('FUND_CAMPAIGN_CLOSED');
    // Receipt serials: exactly the next 38 numbers, none skipped by the refusals, none used twice.
    const serials = posted.map((r) => Number((r.json().receiptNo as string).split('-').pop())).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 38 }, (_, i) => before!.seq + 1 + i));
    // Sum of 100 + i for i = 0..37 = 3,800 + 703 = 4,503 fen.
    const [after] = await queryRows<{ available: number }>(t, sql`select balance::int as available from ledger_accounts where fund_id = ${fundId} and kind = 'available'`);
    expect(after!.available - before!.available).toBe(4_503);
    expect((await checkLedger(t.deps.db)).problems).toEqual([]);
  });
});
