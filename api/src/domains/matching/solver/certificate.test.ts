import { describe, expect, it } from 'vitest';
import { checkOptimality } from './certificate.js';
import { solveFlow } from './flow.js';
import { IndexedMinHeap } from './heap.js';
import { LazyMaxHeap } from './lazy-max-heap.js';
import { buildFlowNetwork } from './network.js';
import { resolvePins } from './pins.js';
import { validateInstance } from './validate.js';
import { CROSSING } from '../testing/fixtures.js';

// greedy n1-p1 + n2-p2 = 1.0 is feasible but not optimal; n1-p2 + n2-p1 = 1.65 is
const crossing = CROSSING;

describe('checkOptimality', () => {
  it('certifies the optimum and rejects a feasible but worse flow', () => {
    const indexed = validateInstance(crossing);
    const solution = solveFlow(buildFlowNetwork(indexed, resolvePins(indexed, undefined)), { relativeEpsilon: 1e-3 });
    const flow = solution.state;
    expect(checkOptimality(flow)).toEqual({ unbalancedNodes: 0, worstReducedCost: solution.worstReducedCost });
    expect(solution.worstReducedCost).toBeGreaterThan(-1e-12);
    // arcs in canonical order: 0 n1-p1, 1 n1-p2, 2 n2-p1, 3 n2-p2; swap to the greedy answer
    flow.setArc(1, false);
    flow.setArc(2, false);
    flow.setArc(0, true);
    flow.setArc(3, true);
    const worse = checkOptimality(flow);
    expect(worse.unbalancedNodes).toBe(0);
    // no potentials can certify it: the cycle n1→p2→n2→p1→n1 gains 0.65
    expect(worse.worstReducedCost).toBeLessThan(-0.1);
  });
});

describe('heaps', () => {
  it('IndexedMinHeap pops in key order, honouring decreases', () => {
    const key = Float64Array.from([5, 3, 9, 1, 7]);
    const heap = new IndexedMinHeap(5, key);
    for (let v = 0; v < 5; v++) heap.push(v);
    key[2] = 0;
    heap.decrease(2);
    const order: number[] = [];
    while (heap.size > 0) order.push(heap.pop());
    expect(order).toEqual([2, 3, 1, 0, 4]);
  });

  it('LazyMaxHeap keeps the largest key on top and grows past its first buffer', () => {
    const heap = new LazyMaxHeap();
    for (let i = 0; i < 3000; i++) heap.push((i * 7919) % 3001, i);
    const keys: number[] = [];
    while (heap.size > 0) {
      keys.push(heap.topKey());
      heap.pop();
    }
    expect(keys).toHaveLength(3000);
    expect(keys.every((k, i) => i === 0 || keys[i - 1]! >= k)).toBe(true);
  });
});
