import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { channelSecret, signChannelNotification } from './donations.service.js';

let t: TestContext;
let community: Session;
let street: Session;
let c01: { id: string };
let c02: { id: string };
let n = 0;
const key = () => ({ 'idempotency-key': `test-${++n}-${Date.now()}` });

beforeAll(async () => {
  t = await createTestContext();
  community = await t.login('community');
  street = await t.login('street');
  const all = (await t.app.inject({ method: 'GET', url: '/api/public/funds' })).json().items as { id: string; code: string }[];
  c01 = all.find((f) => f.code === 'TJ-C01')!;
  c02 = all.find((f) => f.code === 'TJ-C02')!;
});
afterAll(async () => { await t?.close(); });

const committee = async () => (await community.get(`/api/funds/${c01.id}`)).json().committee.map((m: { name: string }) => m.name) as string[];

describe('居民点单—管委会立项—社会筹款—精准落地', () => {
  let projectId = '';
  let campaignId = '';
  let donationId = '';
  let disbursementId = '';

  it('scopes funds: the 平安社区 worker sees their sub-fund only; another community is 404', async () => {
    const mine = (await community.get('/api/funds')).json() as { code: string }[];
    expect(mine.map((f) => f.code)).toEqual(['TJ-C01']);
    expect((await community.get(`/api/funds/${c02.id}`)).statusCode).toBe(404);
    expect((await community.get(`/api/funds/${c02.id}/donations`)).statusCode).toBe(404);
    expect((await community.post(`/api/funds/${c02.id}/projects`, { title: '越权项目', description: '不应成功', category: 'elderly', beneficiaries: 1, budgetFen: 100 })).statusCode).toBe(404);
  });

  it('proposes a project and refuses a vote without quorum, then records a passing vote', async () => {
    const p = await community.post(`/api/funds/${c01.id}/projects`, { title: '楼道助老扶手', description: '3号楼加装扶手', category: 'elderly', beneficiaries: 40, budgetFen: 2_000_000 });
    expect(p.json()).toMatchObject({ status: 'proposed', budgetFen: 2_000_000 });
    projectId = p.json().id;
    const members = await committee(); // 5 members (seed): quorum ⌈10/3⌉ = 4
    const thin = await community.post(`/api/funds/projects/${projectId}/vote`, { present: members.slice(0, 3), for: 3, against: 0, abstain: 0, decisionNo: 'PA-2026-09', decidedOn: '2026-11-20' });
    expect(thin.statusCode).toBe(409);
    expect(thin.json()).toMatchObject({ code: 'FUND_QUORUM_NOT_MET', errors: [{ path: 'present', message: '出席人数3人，未达法定人数4人（管委会5人的三分之二）' }] });
    const ok = await community.post(`/api/funds/projects/${projectId}/vote`, { present: members.slice(0, 4), for: 3, against: 1, abstain: 0, decisionNo: 'PA-2026-09', decidedOn: '2026-11-20' });
    expect(ok.json()).toMatchObject({ status: 'approved', vote: { quorum: 4, passed: true, for: 3, against: 1 } });
    const again = await community.post(`/api/funds/projects/${projectId}/vote`, { present: members.slice(0, 4), for: 4, against: 0, abstain: 0, decisionNo: 'PA-2026-10', decidedOn: '2026-11-21' });
    expect(again.json().code).toBe('FUND_TRANSITION_INVALID');
  });

  it('opens a campaign and takes a staff-entered donation exactly once per idempotency key', async () => {
    const c = await community.post(`/api/funds/projects/${projectId}/campaigns`, { title: '扶手筹款', targetFen: 1_000_000, deadline: '2027-01-31' });
    expect(c.json()).toMatchObject({ status: 'open', raisedFen: 0 });
    campaignId = c.json().id;
    const body = { fundId: c01.id, campaignId, amountFen: 88_800, channel: 'bank_transfer', channelRef: 'BANK-20261123-001', donorName: '刘建华', isAnonymous: false, message: '邻里互助', receivedAt: '2026-11-22T03:00:00Z' };
    const h = key();
    const first = await community.post('/api/funds/donations', body, h);
    expect(first.statusCode).toBe(200);
    donationId = first.json().id;
    expect(first.json().receiptNo).toMatch(/^JZ-TJ-C01-2026-\d{6}$/);
    const replay = await community.post('/api/funds/donations', body, h);
    expect(replay.json()).toEqual(first.json());
    const changed = await community.post('/api/funds/donations', { ...body, amountFen: 99_900 }, h);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const sameBankRecord = await community.post('/api/funds/donations', body, key());
    expect(sameBankRecord.json()).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'channelRef', message: '该笔银行流水号（channelRef：BANK-20261123-001）已入账，请勿重复录入' }] });
    const missing = await community.post('/api/funds/donations', body);
    expect(missing.statusCode).toBe(400);
    const rows = await queryRows<{ n: string }>(t, sql`select count(*) as n from fund_donations where channel_ref = 'BANK-20261123-001'`);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('accepts a signed channel notification (anonymous), refuses a forged one, and replays the first result', async () => {
    const body = { tradeNo: 'WX4200001234', fundId: c01.id, campaignId, amountFen: 5_000, isAnonymous: true, paidAt: '2026-11-22T05:00:00Z' };
    const forged = await t.app.inject({ method: 'POST', url: '/api/public/funds/channels/wechat/notify', headers: { 'x-wushe-signature': 'ab'.repeat(32) }, payload: body });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('FUND_SIGNATURE_INVALID');
    const signature = signChannelNotification(channelSecret(t.deps, 'wechat'), body);
    const ok = await t.app.inject({ method: 'POST', url: '/api/public/funds/channels/wechat/notify', headers: { 'x-wushe-signature': signature }, payload: body });
    expect(ok.json()).toMatchObject({ amountFen: 5_000, isAnonymous: true, donorName: null, channel: 'wechat' });
    const again = await t.app.inject({ method: 'POST', url: '/api/public/funds/channels/wechat/notify', headers: { 'x-wushe-signature': signature }, payload: body });
    expect(again.json().id).toBe(ok.json().id);
    const tampered = await t.app.inject({ method: 'POST', url: '/api/public/funds/channels/wechat/notify', headers: { 'x-wushe-signature': signature }, payload: { ...body, amountFen: 500_000 } });
    expect(tampered.statusCode).toBe(401);
    const campaigns = (await community.get(`/api/funds/${c01.id}/campaigns`)).json() as { id: string; raisedFen: number; donations: number }[];
    expect(campaigns.find((c) => c.id === campaignId)).toMatchObject({ raisedFen: 93_800, donations: 2 });
  });

  it('issues a numbered receipt PDF', async () => {
    const pdf = await community.get(`/api/funds/donations/${donationId}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toMatch(/JZ-TJ-C01-2026-\d{6}\.pdf/);
  });

  it('needs a second person to approve; the approval holds, payment posts, a paid disbursement cannot be cancelled', async () => {
    const before = (await community.get(`/api/funds/${c01.id}`)).json().balances;
    const req = await community.post('/api/funds/disbursements', { fundId: c01.id, projectId, payeeName: '伊金霍洛旗阳光社会工作服务中心', amountFen: 50_000, purpose: '扶手材料费' }, key());
    disbursementId = req.json().id;
    expect(req.json().status).toBe('requested');
    const self = await community.post(`/api/funds/disbursements/${disbursementId}/approve`, undefined, key());
    expect(self.statusCode).toBe(403); // community workers hold no approval permission at all
    const sameStreet = await street.post('/api/funds/disbursements', { fundId: c01.id, payeeName: '某供应商', amountFen: 100, purpose: '自批测试' }, key());
    const selfApprove = await street.post(`/api/funds/disbursements/${sameStreet.json().id}/approve`, undefined, key());
    expect(selfApprove.json()).toMatchObject({ code: 'FUND_SAME_PERSON' });
    const approved = await street.post(`/api/funds/disbursements/${disbursementId}/approve`, undefined, key());
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const mid = (await community.get(`/api/funds/${c01.id}`)).json().balances;
    expect(mid).toEqual({ ...before, available: before.available - 50_000, held: before.held + 50_000 });
    const paid = await street.post(`/api/funds/disbursements/${disbursementId}/pay`, undefined, key());
    expect(paid.json()).toMatchObject({ status: 'paid' });
    const after = (await community.get(`/api/funds/${c01.id}`)).json().balances;
    expect(after).toEqual({ ...before, available: before.available - 50_000, balance: before.balance - 50_000, disbursed: before.disbursed + 50_000 });
    const cancel = await street.post(`/api/funds/disbursements/${disbursementId}/cancel`, undefined, key());
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().code).toBe('FUND_TRANSITION_INVALID');
  });

  it('cancelling an approved disbursement releases the hold; overdrawing is refused with the figures', async () => {
    const before = (await street.get(`/api/funds/${c01.id}`)).json().balances;
    const req = await community.post('/api/funds/disbursements', { fundId: c01.id, payeeName: '社区志愿者协会', amountFen: 10_000, purpose: '活动物资' }, key());
    await street.post(`/api/funds/disbursements/${req.json().id}/approve`, undefined, key());
    const cancelled = await street.post(`/api/funds/disbursements/${req.json().id}/cancel`, undefined, key());
    expect(cancelled.json().status).toBe('cancelled');
    expect((await street.get(`/api/funds/${c01.id}`)).json().balances).toEqual(before);
    const big = await community.post('/api/funds/disbursements', { fundId: c01.id, payeeName: '某工程公司', amountFen: before.available + 1, purpose: '超额' }, key());
    const refused = await street.post(`/api/funds/disbursements/${big.json().id}/approve`, undefined, key());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'INSUFFICIENT_FUNDS', errors: [{ path: 'amount' }] });
  });

  it('refunds a donation by reversal, once', async () => {
    const d = (await community.get(`/api/funds/${c01.id}/donations`)).json().find((x: { id: string }) => x.id === donationId);
    const r = await street.post(`/api/funds/transactions/${d.txnId}/reverse`, { reason: '捐赠人重复转账，原路退回' }, key());
    expect(r.json()).toMatchObject({ kind: 'reversal', amountFen: 88_800, reversesId: d.txnId });
    const twice = await street.post(`/api/funds/transactions/${d.txnId}/reverse`, { reason: '再次冲正' }, key());
    expect(twice.json().code).toBe('LEDGER_ALREADY_REVERSED');
    const holdTxn = (await street.get(`/api/funds/${c01.id}/disbursements`)).json().find((x: { id: string }) => x.id === disbursementId).holdTxnId;
    expect((await street.post(`/api/funds/transactions/${holdTxn}/reverse`, { reason: '试图冲正冻结' }, key())).json().code).toBe('LEDGER_NOT_REVERSIBLE');
  });

  it('allocates parent → sub-fund only between a fund and its direct child', async () => {
    const city = await t.login('city');
    const all = (await city.get('/api/funds')).json() as { id: string; code: string; balances: { available: number } }[];
    const parent = all.find((f) => f.code === 'TJ')!;
    const ok = await city.post('/api/funds/allocations', { fromFundId: parent.id, toFundId: c02.id, amountFen: 300_000, memo: '配捐' }, key());
    expect(ok.json()).toMatchObject({ kind: 'allocation', amountFen: 300_000, counterFundId: c02.id });
    const sideways = await city.post('/api/funds/allocations', { fromFundId: c01.id, toFundId: c02.id, amountFen: 1, memo: '平级划拨' }, key());
    expect(sideways.json().code).toBe('FUND_ALLOCATION_INVALID');
  });

  it('keeps the ledger append-only in the database itself', async () => {
    await expect(t.database.db.execute(sql`update ledger_entries set amount = amount + 1`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from ledger_transactions`)).rejects.toThrow();
    const admin = await t.login('admin');
    expect((await admin.get('/api/funds/ledger/check')).json().problems).toEqual([]);
  });
});
