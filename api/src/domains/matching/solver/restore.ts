import type { PseudoFlow } from './pseudo-flow.js';

/**
 * Moves potentials, and sends back units that no longer fit, until every residual arc has reduced cost
 * ≥ −slack (cost scaling needs only ε-optimality to start a phase; the exact phase uses slack 0).
 * Groups are placed against the sink, providers against their group, and needs against their providers, so
 * each step only disturbs arcs the next step repairs. Only a need whose current route is no longer its best
 * (within slack, at these potentials) is taken off it, leaving a surplus at the need and a deficit behind;
 * nothing is pushed into the sink, so the sink never ends up with a surplus.
 */
export function restoreOptimality(flow: PseudoFlow, slack = 0): void {
  const { N, P, G, pot, providerBase, groupBase, sink, net } = flow;
  const potSink = pot[sink]!;
  for (let g = 0; g < G; g++) {
    const f = flow.groupFlow[g]!;
    pot[groupBase + g] = clamp(pot[groupBase + g]!, f < net.groupCap[g]! ? potSink - slack : -Infinity, f > 0 ? potSink + slack : Infinity);
  }
  for (let p = 0; p < P; p++) {
    const f = flow.outFlow[p]!;
    const next = pot[flow.outNode[p]!]!;
    pot[providerBase + p] = clamp(pot[providerBase + p]!, f < net.providerCap[p]! ? next - slack : -Infinity, f > 0 ? next + slack : Infinity);
  }
  const { needArcStart, arcProvider, arcScore } = net;
  for (let k = 0; k < N; k++) {
    const first = needArcStart[k]!;
    const end = needArcStart[k + 1]!;
    if (first === end) continue;
    const isDummy = flow.dummyFlow[k] === 1;
    let lo = isDummy ? -Infinity : potSink;
    let hi = isDummy ? potSink : Infinity;
    let used = -1;
    for (let a = first; a < end; a++) {
      const reach = pot[providerBase + arcProvider[a]!]! + arcScore[a]!;
      if (flow.arcFlow[a] === 1) {
        used = a;
        hi = reach;
      } else if (reach > lo) {
        lo = reach;
      }
    }
    const isRouted = isDummy || used >= 0;
    if (!isRouted) {
      pot[k] = lo;
    } else if (lo - slack <= hi + slack) {
      pot[k] = clamp(pot[k]!, lo - slack, hi + slack);
    } else {
      if (isDummy) flow.setDummy(k, false);
      else retract(flow, used, slack);
      pot[k] = lo > hi ? lo : hi;
    }
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Takes need arc `a` out of the flow and, where the potentials allow, the rest of that unit's route too
 * (provider → group → sink), so the deficit lands at the sink instead of at a provider nobody will bid
 * for; it stays at the provider or group only if that one is priced (its outgoing arc would be too
 * negative to reopen). Fewer stray deficits mean far fewer surplus round trips through the sink.
 */
function retract(flow: PseudoFlow, a: number, slack: number): void {
  const { pot, providerBase, groupBase, sink } = flow;
  flow.setArc(a, false);
  const p = flow.net.arcProvider[a]!;
  const next = flow.outNode[p]!;
  if (pot[providerBase + p]! - pot[next]! < -slack) return;
  flow.addOut(p, -1);
  if (next === sink || pot[next]! - pot[sink]! < -slack) return;
  flow.addGroup(next - groupBase, -1);
}
