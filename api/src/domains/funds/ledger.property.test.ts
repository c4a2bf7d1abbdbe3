import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';
import { freshFunds } from './test-funds.js';

// Random sequences of money commands through the HTTP API, checked against a hand model after every step:
// conservation (internal moves leave the two funds' total unchanged), no negative available/held, idempotent replays
// (same key + same payload → the first response), reversal at most once; then `ledger check` over the whole database.
let t: TestContext;
let community: Session;
let street: Session;
let city: Session;
beforeAll(async () => {
  t = await createTestContext();
  [community, street, city] = [await t.login('community'), await t.login('street'), await t.login('city')];
});
afterAll(async () => { await t?.close(); });

type Cmd =
  | { op: 'donate'; child: boolean; amount: number }
  | { op: 'allocate'; amount: number; back: boolean }
  | { op: 'hold'; amount: number }
  | { op: 'pay' | 'cancel'; pick: number }
  | { op: 'reverse'; pick: number }
  | { op: 'replay'; pick: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ op: fc.constant('donate' as const), child: fc.boolean(), amount: fc.integer({ min: 1, max: 50_000 }) }),
  fc.record({ op: fc.constant('allocate' as const), amount: fc.integer({ min: 1, max: 40_000 }), back: fc.boolean() }),
  fc.record({ op: fc.constant('hold' as const), amount: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ op: fc.constantFrom('pay' as const, 'cancel' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replay' as const), pick: fc.nat() }),
);

let run = 0;
describe('ledger properties', () => {
  it('holds its invariants over random command sequences', async () => {
    await fc.assert(fc.asyncProperty(fc.array(cmd, { minLength: 5, maxLength: 18 }), async (cmds) => {
      const tag = `R${++run}`;
      const { parentId: P, childId: C } = await freshFunds(t, tag);
      const model: Record<string, { available: number; held: number }> = { [P]: { available: 0, held: 0 }, [C]: { available: 0, held: 0 } };
      const total = () => model[P]!.available + model[P]!.held + model[C]!.available + model[C]!.held;
      const done: { session: Session; url: string; body: unknown; key: string; response: unknown }[] = [];
      const reversible: { txnId: string; legs: [string, number][]; reversed: boolean }[] = [];
      const approved: { id: string; fund: string; amount: number; open: boolean }[] = [];
      let k = 0;
      const send = async (session: Session, url: string, body: unknown) => {
        const key = `prop-${tag}-${++k}`;
        const r = await session.post(url, body, { 'idempotency-key': key });
        if (r.statusCode === 200) done.push({ session, url, body, key, response: r.json() });
        return r;
      };
      for (const c of cmds) {
        const before = total();
        if (c.op === 'donate') {
          const fund = c.child ? C : P;
          const r = await send(community, '/api/funds/donations', { fundId: fund, amountFen: c.amount, channel: 'bank_transfer', channelRef: `${tag}-${k + 1}`, isAnonymous: false, donorName: '测试', receivedAt: '2026-11-22T00:00:00Z' });
          expect(r.statusCode, r.body).toBe(200);
          model[fund]!.available += c.amount;
          reversible.push({ txnId: r.json().txnId, legs: [[fund, -c.amount]], reversed: false });
        } else if (c.op === 'allocate') {
          const [from, to] = c.back ? [C, P] : [P, C];
          const r = await send(city, '/api/funds/allocations', { fromFundId: from, toFundId: to, amountFen: c.amount, memo: '性质测试' });
          if (model[from]!.available >= c.amount) {
            expect(r.statusCode).toBe(200);
            model[from]!.available -= c.amount; model[to]!.available += c.amount;
            reversible.push({ txnId: r.json().id, legs: [[from, c.amount], [to, -c.amount]], reversed: false });
          } else expect(r.json().code).toBe('INSUFFICIENT_FUNDS');
          expect(total()).toBe(before);
        } else if (c.op === 'hold') {
          const req = await send(community, '/api/funds/disbursements', { fundId: C, payeeName: '收款单位', amountFen: c.amount, purpose: '性质测试' });
          const r = await send(street, `/api/funds/disbursements/${req.json().id}/approve`, undefined);
          if (model[C]!.available >= c.amount) {
            expect(r.statusCode).toBe(200);
            model[C]!.available -= c.amount; model[C]!.held += c.amount;
            approved.push({ id: req.json().id, fund: C, amount: c.amount, open: true });
          } else expect(r.json().code).toBe('INSUFFICIENT_FUNDS');
          expect(total()).toBe(before);
        } else if (c.op === 'pay' || c.op === 'cancel') {
          const d = approved[c.pick % Math.max(1, approved.length)];
          if (!d) continue;
          const r = await send(street, `/api/funds/disbursements/${d.id}/${c.op}`, undefined);
          if (!d.open) { expect(r.json().code).toBe('FUND_TRANSITION_INVALID'); continue; }
          expect(r.statusCode).toBe(200);
          d.open = false;
          model[d.fund]!.held -= d.amount;
          if (c.op === 'cancel') { model[d.fund]!.available += d.amount; expect(total()).toBe(before); }
        } else if (c.op === 'reverse') {
          const x = reversible[c.pick % Math.max(1, reversible.length)];
          if (!x) continue;
          const r = await send(city, `/api/funds/transactions/${x.txnId}/reverse`, { reason: '性质测试冲正' });
          const affordable = x.legs.every(([f, delta]) => delta >= 0 || model[f]!.available + delta >= 0);
          if (x.reversed) expect(r.json().code).toBe('LEDGER_ALREADY_REVERSED');
          else if (!affordable) expect(r.json().code).toBe('INSUFFICIENT_FUNDS');
          else {
            expect(r.statusCode).toBe(200);
            x.reversed = true;
            for (const [f, delta] of x.legs) model[f]!.available += delta;
          }
        } else {
          const prior = done[c.pick % Math.max(1, done.length)];
          if (!prior) continue;
          const again = await prior.session.post(prior.url, prior.body, { 'idempotency-key': prior.key });
          expect(again.json()).toEqual(prior.response);
        }
        for (const f of [P, C]) {
          const b = (await city.get(`/api/funds/${f}`)).json().balances;
          expect({ available: b.available, held: b.held }).toEqual(model[f]);
          expect(b.available).toBeGreaterThanOrEqual(0);
        }
      }
      const check = (await city.get('/api/funds/ledger/check')).json();
      expect(check.problems).toEqual([]);
    }), { numRuns: 25, seed: 20261123 });
  }, 600_000);
});
