import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveMatching } from '../solver/solve.js';
import type { PairRef } from '../solver/types.js';
import { getHighs } from '../testing/highs-oracle.js';
import { seededRandom } from '../testing/random-instance.js';
import { solveWithMoneyCaps, type MoneyCappedInstance, type MoneyCappedResult } from './money-cap.js';

let highs: Highs;
beforeAll(async () => { highs = await getHighs(); });

const k = (need: string, provider: string) => `${need}|${provider}`;

/** A random small instance: every provider in a group, money caps on some groups, integer amounts. */
function randomMoneyInstance(random: () => number, size: { needs: number; providers: number; groups: number; density: number }): MoneyCappedInstance {
  const pick = (n: number) => Math.floor(random() * n);
  const groups = Array.from({ length: size.groups }, (_, i) => ({ id: `g${i}`, cap: 1 + pick(4) }));
  const providers = Array.from({ length: size.providers }, (_, i) => ({ id: `p${i}`, capacity: pick(4), group: `g${pick(size.groups)}` }));
  const needs = Array.from({ length: size.needs }, (_, i) => ({ id: `n${i}` }));
  const edges = needs.flatMap((n) => providers.filter(() => random() < size.density).map((p) => ({
    need: n.id, provider: p.id, score: random() < 0.1 ? 0 : Math.round(random() * 1000) / 1000 + 0.0001 * pick(10), amountFen: pick(5) * 25_000,
  })));
  const moneyCaps = groups.filter(() => random() < 0.7).map((g) => ({ group: g.id, capFen: pick(6) * 25_000 }));
  return { needs, providers, groups, edges, moneyCaps };
}

/** Brute force: every way to give each need nothing or one allowed edge, kept when within every limit. */
function bruteForce(inst: MoneyCappedInstance, pinned: PairRef[], forbidden: PairRef[]): number {
  const pins = new Map(pinned.map((p) => [p.need, p.provider]));
  const banned = new Set(forbidden.map((p) => k(p.need, p.provider)));
  const options = inst.needs.map((n) => {
    const es = inst.edges.filter((e) => e.need === n.id && !banned.has(k(e.need, e.provider)));
    return pins.has(n.id) ? es.filter((e) => e.provider === pins.get(n.id)) : [null, ...es];
  });
  const group = new Map(inst.providers.map((p) => [p.id, p.group!]));
  let best = -Infinity;
  const walk = (i: number, chosen: (typeof inst.edges[number])[]) => {
    if (i === options.length) {
      const byProvider = new Map<string, number>();
      const byGroup = new Map<string, number>();
      const money = new Map<string, number>();
      for (const e of chosen) {
        byProvider.set(e.provider, (byProvider.get(e.provider) ?? 0) + 1);
        byGroup.set(group.get(e.provider)!, (byGroup.get(group.get(e.provider)!) ?? 0) + 1);
        money.set(group.get(e.provider)!, (money.get(group.get(e.provider)!) ?? 0) + e.amountFen);
      }
      if (inst.providers.some((p) => (byProvider.get(p.id) ?? 0) > p.capacity)) return;
      if (inst.groups!.some((g) => (byGroup.get(g.id) ?? 0) > g.cap)) return;
      if (inst.moneyCaps.some((m) => (money.get(m.group) ?? 0) > m.capFen)) return;
      best = Math.max(best, chosen.reduce((s, e) => s + e.score, 0));
      return;
    }
    for (const e of options[i]!) walk(i + 1, e ? [...chosen, e] : chosen);
  };
  walk(0, []);
  return best;
}

/** The answer keeps every limit, and every unmatched need's reason is true of the answer. */
function checkAnswer(inst: MoneyCappedInstance, res: MoneyCappedResult, forbidden: PairRef[]) {
  const group = new Map(inst.providers.map((p) => [p.id, p.group!]));
  const load = new Map<string, number>();
  const count = new Map<string, number>();
  const money = new Map<string, number>();
  for (const a of res.assignments) {
    load.set(a.provider, (load.get(a.provider) ?? 0) + 1);
    count.set(group.get(a.provider)!, (count.get(group.get(a.provider)!) ?? 0) + 1);
    money.set(group.get(a.provider)!, (money.get(group.get(a.provider)!) ?? 0) + a.amountFen);
  }
  for (const p of inst.providers) expect(load.get(p.id) ?? 0).toBeLessThanOrEqual(p.capacity);
  for (const g of inst.groups!) expect(count.get(g.id) ?? 0).toBeLessThanOrEqual(g.cap);
  for (const m of inst.moneyCaps) expect(money.get(m.group) ?? 0).toBeLessThanOrEqual(m.capFen);
  const banned = new Set(forbidden.map((p) => k(p.need, p.provider)));
  const capOf = new Map(inst.moneyCaps.map((m) => [m.group, m.capFen]));
  for (const u of res.unmatched) {
    const open = inst.edges.filter((e) => e.need === u.need && !banned.has(k(e.need, e.provider)) && e.score > 0);
    // Maximal: no open edge has room on every limit.
    for (const e of open) {
      const g = group.get(e.provider)!;
      const room = (load.get(e.provider) ?? 0) < inst.providers.find((p) => p.id === e.provider)!.capacity
        && (count.get(g) ?? 0) < inst.groups!.find((x) => x.id === g)!.cap
        && (!capOf.has(g) || (money.get(g) ?? 0) + e.amountFen <= capOf.get(g)!);
      expect(room).toBe(false);
    }
    if (u.reason === 'MONEY_CAP') {
      for (const g of u.groups) expect(open.some((e) => group.get(e.provider) === g && (money.get(g) ?? 0) + e.amountFen > capOf.get(g)!)).toBe(true);
    }
  }
}

describe('money-capped matching (HiGHS MILP)', () => {
  it('the money cap changes the answer: worked by hand', () => {
    // Without the cap: n1→A (0.9) and n2→A (0.8) = 1.7, but together they cost ¥13 > A's cap of ¥10.
    // With it: n1→A + n2→B = 0.9 + 0.3 = 1.2, or n2→A + n1→B = 0.8 + 0.5 = 1.3 — the optimum.
    const inst: MoneyCappedInstance = {
      needs: [{ id: 'n1' }, { id: 'n2' }],
      providers: [{ id: 'A', capacity: 2, group: 'A' }, { id: 'B', capacity: 2, group: 'B' }],
      groups: [{ id: 'A', cap: 2 }, { id: 'B', cap: 2 }],
      edges: [
        { need: 'n1', provider: 'A', score: 0.9, amountFen: 800 }, { need: 'n2', provider: 'A', score: 0.8, amountFen: 500 },
        { need: 'n1', provider: 'B', score: 0.5, amountFen: 100 }, { need: 'n2', provider: 'B', score: 0.3, amountFen: 100 },
      ],
      moneyCaps: [],
    };
    const free = solveWithMoneyCaps(highs, inst);
    expect(free.objective).toBeCloseTo(1.7, 12);
    const capped = solveWithMoneyCaps(highs, { ...inst, moneyCaps: [{ group: 'A', capFen: 1000 }] });
    expect(capped.objective).toBeCloseTo(1.3, 12);
    expect(capped.assignments.map((a) => `${a.need}→${a.provider}`)).toEqual(['n1→B', 'n2→A']);
  });

  it('names the organisation whose money cap stops a need', () => {
    // A can afford one ¥6 need under its ¥10 cap; it takes the better one (n2, 0.7); n1 is stopped by money alone.
    const res = solveWithMoneyCaps(highs, {
      needs: [{ id: 'n1' }, { id: 'n2' }],
      providers: [{ id: 'A', capacity: 5, group: 'A' }],
      groups: [{ id: 'A', cap: 5 }],
      edges: [{ need: 'n1', provider: 'A', score: 0.6, amountFen: 600 }, { need: 'n2', provider: 'A', score: 0.7, amountFen: 600 }],
      moneyCaps: [{ group: 'A', capFen: 1000 }],
    });
    expect(res.assignments.map((a) => a.need)).toEqual(['n2']);
    expect(res.unmatched).toEqual([{ need: 'n1', reason: 'MONEY_CAP', groups: ['A'] }]);
  });

  it('refuses pins that together exceed a money cap, naming the cap', () => {
    const inst: MoneyCappedInstance = {
      needs: [{ id: 'n1' }, { id: 'n2' }], providers: [{ id: 'A', capacity: 5, group: 'A' }], groups: [{ id: 'A', cap: 5 }],
      edges: [{ need: 'n1', provider: 'A', score: 0.6, amountFen: 600 }, { need: 'n2', provider: 'A', score: 0.7, amountFen: 600 }],
      moneyCaps: [{ group: 'A', capFen: 1000 }],
    };
    expect(() => solveWithMoneyCaps(highs, inst, { pinned: [{ need: 'n1', provider: 'A' }, { need: 'n2', provider: 'A' }] }))
      .toThrow(/money cap/);
  });

  it('agrees with brute force on 300 tiny random instances, with pins and forbids', () => {
    const random = seededRandom(20261205);
    let infeasible = 0;
    for (let round = 0; round < 300; round++) {
      const inst = randomMoneyInstance(random, { needs: 1 + Math.floor(random() * 5), providers: 1 + Math.floor(random() * 3), groups: 1 + Math.floor(random() * 2), density: 0.6 });
      const forbidden = inst.edges.filter(() => random() < 0.1).map((e) => ({ need: e.need, provider: e.provider }));
      const pinned = inst.edges.filter(() => random() < 0.08).slice(0, 1).map((e) => ({ need: e.need, provider: e.provider }));
      const expected = bruteForce(inst, pinned, forbidden);
      if (expected === -Infinity) {
        infeasible += 1;
        expect(() => solveWithMoneyCaps(highs, inst, { pinned, forbidden })).toThrow();
        continue;
      }
      const res = solveWithMoneyCaps(highs, inst, { pinned, forbidden });
      expect(Math.abs(res.objective - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      checkAnswer(inst, res, forbidden);
    }
    expect(infeasible).toBeLessThan(300);
  });

  it('equals the flow solver when the money caps cannot bind (an independent exact algorithm)', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const inst = randomMoneyInstance(random, { needs: 40, providers: 12, groups: 5, density: 0.3 });
      const total = inst.edges.reduce((s, e) => s + e.amountFen, 0);
      const loose = { ...inst, moneyCaps: inst.groups!.map((g) => ({ group: g.id, capFen: total })) };
      const flow = solveMatching({ needs: inst.needs, providers: inst.providers, groups: inst.groups, edges: inst.edges.map(({ need, provider, score }) => ({ need, provider, score })) });
      expect(Math.abs(solveWithMoneyCaps(highs, loose).objective - flow.objective)).toBeLessThanOrEqual(1e-9 * Math.max(1, flow.objective));
    }
  });

  it('agrees with a second formulation (CPLEX LP text through HiGHS\'s one-shot API) on tight money caps', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 20; round++) {
      const inst = randomMoneyInstance(random, { needs: 30, providers: 8, groups: 4, density: 0.35 });
      const res = solveWithMoneyCaps(highs, inst);
      checkAnswer(inst, res, []);
      const other = lpTextOptimum(inst);
      expect(Math.abs(res.objective - other)).toBeLessThanOrEqual(1e-9 * Math.max(1, other));
    }
  });
});

/**
 * The same problem written as LP text, variable per edge, constraint per need/provider/group/money cap, all edges
 * kept (score ≤ 0 too) — built independently of money-cap.ts and solved by HiGHS's LP-format reader.
 */
function lpTextOptimum(inst: MoneyCappedInstance): number {
  const name = (i: number) => `x${i}`;
  const group = new Map(inst.providers.map((p) => [p.id, p.group!]));
  const sum = (ids: number[], coef: (i: number) => number = () => 1) => (ids.length ? ids.map((i) => `${coef(i)} ${name(i)}`).join(' + ') : null);
  const idx = inst.edges.map((_, i) => i);
  const rows: string[] = [];
  const row = (label: string, terms: string | null, upper: number) => { if (terms) rows.push(` ${label}: ${terms} <= ${upper}`); };
  inst.needs.forEach((n, r) => row(`n${r}`, sum(idx.filter((i) => inst.edges[i]!.need === n.id)), 1));
  inst.providers.forEach((p, r) => row(`p${r}`, sum(idx.filter((i) => inst.edges[i]!.provider === p.id)), p.capacity));
  inst.groups!.forEach((g, r) => row(`g${r}`, sum(idx.filter((i) => group.get(inst.edges[i]!.provider) === g.id)), g.cap));
  inst.moneyCaps.forEach((m, r) => row(`m${r}`, sum(idx.filter((i) => group.get(inst.edges[i]!.provider) === m.group), (i) => inst.edges[i]!.amountFen), m.capFen));
  if (!inst.edges.length) return 0;
  const lp = [
    'Maximize', ` obj: ${idx.map((i) => `${inst.edges[i]!.score} ${name(i)}`).join(' + ')}`,
    'Subject To', ...rows,
    'Binary', ...idx.map((i) => ` ${name(i)}`), 'End',
  ].join('\n');
  const sol = highs.solve(lp, { mip_rel_gap: 0, mip_abs_gap: 1e-12 } as never);
  expect(sol.Status).toBe('Optimal');
  return sol.ObjectiveValue;
}
