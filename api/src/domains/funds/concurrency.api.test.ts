import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';
import { freshFunds } from './test-funds.js';

// 50 approvals race for a fund that can pay only 10. On PostgreSQL (CI, WUSHE_TEST_DB=postgresql) the pool runs them
// truly in parallel; on PGlite they queue on its single connection, and the same assertions must still hold.
let t: TestContext;
let community: Session;
let street: Session;
beforeAll(async () => {
  t = await createTestContext();
  community = await t.login('community');
  street = await t.login('street');
});
afterAll(async () => {
  delete process.env.WUSHE_LEDGER_STRATEGY;
  await t?.close();
});

async function race(strategy: 'locking' | 'serializable', tag: string) {
  process.env.WUSHE_LEDGER_STRATEGY = strategy;
  const { childId } = await freshFunds(t, tag);
  const gift = await community.post('/api/funds/donations', { fundId: childId, amountFen: 10 * 1_000, channel: 'bank_transfer', channelRef: `RACE-${tag}`, isAnonymous: true, receivedAt: '2026-11-22T00:00:00Z' }, { 'idempotency-key': `race-gift-${tag}` });
  expect(gift.statusCode).toBe(200);
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) {
    const r = await community.post('/api/funds/disbursements', { fundId: childId, payeeName: `收款人${i}`, amountFen: 1_000, purpose: '并发测试' }, { 'idempotency-key': `race-${tag}-req-${i}` });
    ids.push(r.json().id);
  }
  const results = await Promise.all(ids.map((id, i) => street.post(`/api/funds/disbursements/${id}/approve`, undefined, { 'idempotency-key': `race-${tag}-ok-${i}` })));
  const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().code));
  expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
  expect(codes.filter((c) => c === 'INSUFFICIENT_FUNDS')).toHaveLength(40);
  expect((await street.get(`/api/funds/${childId}`)).json().balances).toMatchObject({ available: 0, held: 10_000, balance: 10_000 });
  const admin = await t.login('admin');
  expect((await admin.get('/api/funds/ledger/check')).json().problems).toEqual([]);
}

describe('no negative available balance under concurrency', () => {
  it('exactly 10 of 50 parallel approvals succeed with fixed-order locking', () => race('locking', 'L'));
  it('exactly 10 of 50 parallel approvals succeed with SERIALIZABLE and retry', () => race('serializable', 'S'));

  it('20 parallel deliveries of the same channel-free donation under one key record it once', async () => {
    const { childId } = await freshFunds(t, 'I');
    const body = { fundId: childId, amountFen: 777, channel: 'bank_transfer', channelRef: 'SAME-1', isAnonymous: true, receivedAt: '2026-11-22T00:00:00Z' };
    const all = await Promise.all(Array.from({ length: 20 }, () => community.post('/api/funds/donations', body, { 'idempotency-key': 'same-key-20' })));
    expect(new Set(all.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(all.map((r) => r.json().id)).size).toBe(1);
    expect((await community.get(`/api/funds/${childId}`)).json().balances.available).toBe(777);
  });
});
