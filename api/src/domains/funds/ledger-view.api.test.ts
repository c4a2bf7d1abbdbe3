import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

// 账本 for staff: a fund's journal transactions, scoped (another community's fund is 404), paginated newest first,
// each marked reversible or not and, once reversed, with the reversing voucher's number.
let t: TestContext;
let banner: Session, community: Session;
let c01 = '', c02 = '';
type Item = { id: string; seq: number; kind: string; fundId: string; counterFundId: string | null; amountFen: number; reversible: boolean; reversedBySeq: number | null };

beforeAll(async () => {
  t = await createTestContext();
  [banner, community] = [await t.login('banner'), await t.login('community')];
  const all = (await t.app.inject({ method: 'GET', url: '/api/public/funds' })).json().items as { id: string; code: string }[];
  c01 = all.find((f) => f.code === 'TJ-C01')!.id;
  c02 = all.find((f) => f.code === 'TJ-C02')!.id;
});
afterAll(async () => { await t?.close(); });

describe('a fund\'s ledger for staff', () => {
  it('pages the fund\'s transactions newest first, counting the ones where it is the counter fund', async () => {
    // Oracle: the journal rows that name this fund on either side.
    const oracle = await queryRows<{ seq: number }>(t, sql`select seq::int as seq from ledger_transactions where fund_id = ${c01} or counter_fund_id = ${c01} order by seq desc`);
    expect(oracle.length).toBeGreaterThan(3);
    const p1 = (await banner.get(`/api/funds/${c01}/transactions?pageSize=3`)).json() as { items: Item[]; total: number; page: number; pageSize: number };
    expect(p1.total).toBe(oracle.length);
    expect(p1.items.map((x) => x.seq)).toEqual(oracle.slice(0, 3).map((r) => r.seq));
    const p2 = (await banner.get(`/api/funds/${c01}/transactions?pageSize=3&page=2`)).json() as { items: Item[] };
    expect(p2.items.map((x) => x.seq)).toEqual(oracle.slice(3, 6).map((r) => r.seq));
    // The demo's allocations into a community fund are posted on the parent with this fund as counter fund.
    const all = (await banner.get(`/api/funds/${c01}/transactions?pageSize=200`)).json() as { items: Item[] };
    expect(all.items.some((x) => x.kind === 'allocation' && x.counterFundId === c01)).toBe(true);
    expect((await banner.get(`/api/funds/${c01}/transactions?pageSize=201`)).statusCode).toBe(400);
  });

  it('lets the 平安社区 worker see their sub-fund\'s ledger and answers 404 for another community\'s', async () => {
    expect((await community.get(`/api/funds/${c01}/transactions`)).statusCode).toBe(200);
    expect((await community.get(`/api/funds/${c02}/transactions`)).statusCode).toBe(404);
  });

  it('marks a reversed donation with its reversal and no longer offers it; holds and payments are never offered', async () => {
    const before = (await banner.get(`/api/funds/${c01}/transactions?pageSize=200`)).json() as { items: Item[] };
    for (const x of before.items) if (['hold', 'payment', 'release', 'reversal'].includes(x.kind)) expect(x.reversible).toBe(false);
    const donation = before.items.find((x) => x.kind === 'donation' && x.reversible)!;
    expect(donation).toBeDefined();
    const rev = await banner.post(`/api/funds/transactions/${donation.id}/reverse`, { reason: '捐赠人申请退款' }, { 'idempotency-key': `ledger-view-${donation.id}` });
    expect(rev.statusCode).toBe(200);
    const after = (await banner.get(`/api/funds/${c01}/transactions?pageSize=200`)).json() as { items: Item[] };
    expect(after.items.find((x) => x.id === donation.id)).toMatchObject({ reversible: false, reversedBySeq: rev.json().seq });
    expect(after.items[0]).toMatchObject({ id: rev.json().id, kind: 'reversal', reversible: false, reversedBySeq: null });
  });
});
