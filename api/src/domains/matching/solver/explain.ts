import type { FlowSolution } from './flow.js';
import type { ResolvedPins } from './pins.js';
import type { UnmatchedReason } from './types.js';
import type { IndexedInstance } from './validate.js';

/** Total load of every provider and group in the final answer, pins included. */
export interface FinalLoads {
  provider: Int32Array;
  group: Int32Array;
}

export function finalLoads(instance: IndexedInstance, pins: ResolvedPins, flow: FlowSolution): FinalLoads {
  const provider = new Int32Array(instance.providerIds.length);
  const group = new Int32Array(instance.groupIds.length);
  for (let p = 0; p < provider.length; p++) {
    provider[p] = pins.providerPinned[p]! + flow.providerLoad[p]!;
    const g = instance.providerGroup[p]!;
    if (g >= 0) group[g]! += provider[p]!;
  }
  return { provider, group };
}

/**
 * Says why an unmatched need is unmatched. When it has an allowed positive edge, optimality guarantees that
 * every such provider is full or in a full group (else adding the edge would raise the total), so the
 * answer names the binding limit: GROUP_CAP if any of its providers has room but its organisation does not.
 */
export function explainUnmatched(instance: IndexedInstance, pins: ResolvedPins, loads: FinalLoads, need: number): UnmatchedReason {
  const { needEdgeStart, edgeProvider, edgeScore } = instance.edges;
  const first = needEdgeStart[need]!;
  const end = needEdgeStart[need + 1]!;
  if (first === end) return 'NO_EDGES';
  let hasAllowed = false;
  let hasPositive = false;
  let isGroupBound = false;
  for (let e = first; e < end; e++) {
    if (pins.isForbidden[e]) continue;
    hasAllowed = true;
    if (!(edgeScore[e]! > 0)) continue;
    hasPositive = true;
    const p = edgeProvider[e]!;
    const g = instance.providerGroup[p]!;
    if (loads.provider[p]! < instance.providerCapacity[p]! && g >= 0 && loads.group[g]! >= instance.groupCap[g]!) {
      isGroupBound = true;
    }
  }
  if (!hasAllowed) return 'FORBIDDEN';
  if (!hasPositive) return 'NO_POSITIVE_SCORE';
  return isGroupBound ? 'GROUP_CAP' : 'CAPACITY';
}
