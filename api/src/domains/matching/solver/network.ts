import type { ResolvedPins } from './pins.js';
import type { IndexedInstance } from './validate.js';

/**
 * What the optimiser sees once pins are placed: only edges worth choosing, capacities net of pins and
 * trimmed to what could ever be used, and only the group caps that can actually bind.
 */
export interface FlowNetwork {
  needCount: number;
  providerCount: number;
  /** binding groups only, numbered 0..groupCount-1 */
  groupCount: number;
  /** usable arcs of need i are needArcStart[i] .. needArcStart[i+1]-1, sorted by provider */
  needArcStart: Int32Array;
  arcProvider: Int32Array;
  arcScore: Float64Array;
  /** canonical edge position of each arc */
  arcEdge: Int32Array;
  providerCap: Int32Array;
  /** binding group of each provider, or -1 when none binds it */
  providerGroup: Int32Array;
  groupCap: Int32Array;
  groupMemberStart: Int32Array;
  groupMembers: Int32Array;
}

/**
 * Keeps an edge only if choosing it can help: score > 0 (a zero or negative edge never raises the total,
 * so leaving the need free is at least as good), not forbidden, need not pinned, provider and group not
 * already filled by pins. A group whose remaining cap covers all its providers can use is dropped, which
 * shortens every augmenting path through it.
 */
export function buildFlowNetwork(instance: IndexedInstance, pins: ResolvedPins): FlowNetwork {
  const { needEdgeStart, edgeProvider, edgeScore } = instance.edges;
  const needCount = instance.needIds.length;
  const providerCount = instance.providerIds.length;
  const remaining = new Int32Array(providerCount);
  for (let p = 0; p < providerCount; p++) {
    const group = instance.providerGroup[p]!;
    const groupLeft = group >= 0 ? instance.groupCap[group]! - pins.groupPinned[group]! : 1;
    remaining[p] = groupLeft > 0 ? instance.providerCapacity[p]! - pins.providerPinned[p]! : 0;
  }

  // one pass, the usability test written out (no closure), into arrays sized for every edge; trimmed after
  const { pinnedEdge, isForbidden } = pins;
  const edgeCount = edgeScore.length;
  const needArcStart = new Int32Array(needCount + 1);
  const degree = new Int32Array(providerCount);
  let arcProvider = new Int32Array(edgeCount);
  let arcScore = new Float64Array(edgeCount);
  let arcEdge = new Int32Array(edgeCount);
  let a = 0;
  for (let i = 0; i < needCount; i++) {
    if (pinnedEdge[i]! < 0) {
      for (let e = needEdgeStart[i]!, end = needEdgeStart[i + 1]!; e < end; e++) {
        const score = edgeScore[e]!;
        const p = edgeProvider[e]!;
        if (!(score > 0) || isForbidden[e] !== 0 || remaining[p]! <= 0) continue;
        arcProvider[a] = p;
        arcScore[a] = score;
        arcEdge[a] = e;
        degree[p]! += 1;
        a += 1;
      }
    }
    needArcStart[i + 1] = a;
  }
  if (a < edgeCount) {
    arcProvider = arcProvider.slice(0, a);
    arcScore = arcScore.slice(0, a);
    arcEdge = arcEdge.slice(0, a);
  }

  const providerCap = new Int32Array(providerCount);
  for (let p = 0; p < providerCount; p++) providerCap[p] = Math.min(remaining[p]!, degree[p]!);
  const groups = bindingGroups(instance, pins, providerCap);
  return flowNetwork({ needCount, providerCount, needArcStart, arcProvider, arcScore, arcEdge, providerCap, ...groups });
}

/**
 * Builds every FlowNetwork with the same key order, so all of them share one hidden class in V8 and the
 * engine's compiled code never meets a second shape (the priming network would otherwise cause deopts).
 */
export function flowNetwork(n: FlowNetwork): FlowNetwork {
  return {
    needCount: n.needCount,
    providerCount: n.providerCount,
    groupCount: n.groupCount,
    needArcStart: n.needArcStart,
    arcProvider: n.arcProvider,
    arcScore: n.arcScore,
    arcEdge: n.arcEdge,
    providerCap: n.providerCap,
    providerGroup: n.providerGroup,
    groupCap: n.groupCap,
    groupMemberStart: n.groupMemberStart,
    groupMembers: n.groupMembers,
  };
}

function bindingGroups(instance: IndexedInstance, pins: ResolvedPins, providerCap: Int32Array) {
  const groupTotal = instance.groupIds.length;
  const reach = new Float64Array(groupTotal);
  for (let p = 0; p < providerCap.length; p++) {
    const g = instance.providerGroup[p]!;
    if (g >= 0) reach[g]! += providerCap[p]!;
  }
  const compact = new Int32Array(groupTotal).fill(-1);
  const caps: number[] = [];
  for (let g = 0; g < groupTotal; g++) {
    const left = instance.groupCap[g]! - pins.groupPinned[g]!;
    if (left < reach[g]!) {
      compact[g] = caps.length;
      caps.push(left);
    }
  }
  const groupCount = caps.length;
  const providerGroup = new Int32Array(providerCap.length).fill(-1);
  const groupMemberStart = new Int32Array(groupCount + 1);
  for (let p = 0; p < providerCap.length; p++) {
    const g = instance.providerGroup[p]!;
    if (g < 0 || compact[g]! < 0 || providerCap[p] === 0) continue;
    providerGroup[p] = compact[g]!;
    groupMemberStart[compact[g]! + 1]! += 1;
  }
  for (let g = 0; g < groupCount; g++) groupMemberStart[g + 1]! += groupMemberStart[g]!;
  const groupMembers = new Int32Array(groupMemberStart[groupCount]!);
  const fill = groupMemberStart.slice(0, groupCount);
  for (let p = 0; p < providerCap.length; p++) {
    const g = providerGroup[p]!;
    if (g >= 0) groupMembers[fill[g]!++] = p;
  }
  return { groupCount, providerGroup, groupCap: Int32Array.from(caps), groupMemberStart, groupMembers };
}
