/** Edges in canonical order: grouped by need index, then by provider index (compressed sparse rows). */
export interface EdgeTable {
  /** edges of need i are positions needEdgeStart[i] .. needEdgeStart[i+1]-1 */
  needEdgeStart: Int32Array;
  edgeProvider: Int32Array;
  edgeScore: Float64Array;
  /** position of each edge in the caller's `edges` array, for messages and for the oracle */
  edgeSource: Int32Array;
}

/** A repeated (need, provider) pair: `later` repeats `first`, both positions in the caller's array. */
export interface DuplicateEdge {
  first: number;
  later: number;
}

/**
 * Sorts edges by (need, provider) with two stable counting passes, O(E + N + P), because a comparison sort
 * of 2.5 million edges costs about a second in JavaScript; equal pairs end up adjacent, in input order.
 */
export function buildEdgeTable(
  needOf: Int32Array,
  providerOf: Int32Array,
  scoreOf: Float64Array,
  needCount: number,
  providerCount: number,
): { table: EdgeTable; duplicates: DuplicateEdge[] } {
  const edgeCount = needOf.length;
  const byProvider = countingOrder(providerOf, providerCount, identity(edgeCount));
  const order = countingOrder(needOf, needCount, byProvider);

  const needEdgeStart = new Int32Array(needCount + 1);
  for (let e = 0; e < edgeCount; e++) needEdgeStart[needOf[e]! + 1]! += 1;
  for (let i = 0; i < needCount; i++) needEdgeStart[i + 1]! += needEdgeStart[i]!;

  const edgeProvider = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  const edgeSource = new Int32Array(edgeCount);
  const duplicates: DuplicateEdge[] = [];
  for (let k = 0; k < edgeCount; k++) {
    const e = order[k]!;
    edgeProvider[k] = providerOf[e]!;
    edgeScore[k] = scoreOf[e]!;
    edgeSource[k] = e;
    if (k > 0 && needOf[order[k - 1]!] === needOf[e] && edgeProvider[k - 1] === edgeProvider[k]) {
      let first = k - 1;
      while (first > 0 && needOf[order[first - 1]!] === needOf[e] && edgeProvider[first - 1] === edgeProvider[k]) first--;
      duplicates.push({ first: edgeSource[first]!, later: e });
    }
  }
  duplicates.sort((a, b) => a.later - b.later);
  return { table: { needEdgeStart, edgeProvider, edgeScore, edgeSource }, duplicates };
}

/** Finds the edge position of (need, provider) by binary search in the need's sorted row, or -1. */
export function findEdge(table: EdgeTable, need: number, provider: number): number {
  let lo = table.needEdgeStart[need]!;
  let hi = table.needEdgeStart[need + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = table.edgeProvider[mid]!;
    if (p === provider) return mid;
    if (p < provider) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Stable counting sort of `items` by key[item] in 0..keyCount-1. */
function countingOrder(key: Int32Array, keyCount: number, items: Int32Array): Int32Array {
  const start = new Int32Array(keyCount + 1);
  for (let k = 0; k < items.length; k++) start[key[items[k]!]! + 1]! += 1;
  for (let i = 0; i < keyCount; i++) start[i + 1]! += start[i]!;
  const out = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    out[start[key[item]!]!++] = item;
  }
  return out;
}
