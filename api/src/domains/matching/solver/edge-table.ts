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
 * Sorts edges by (need, provider): a stable counting pass by need, then each need's short row is sorted by
 * provider. A second counting pass by provider would be O(E) too, but its random reads over the whole
 * edge list cost about a second at 3 million edges, while rows of ~50 stay in cache.
 * Equal pairs end up adjacent, in input order.
 */
export function buildEdgeTable(
  needOf: Int32Array,
  providerOf: Int32Array,
  scoreOf: Float64Array,
  needCount: number,
): { table: EdgeTable; duplicates: DuplicateEdge[] } {
  const edgeCount = needOf.length;
  const needEdgeStart = new Int32Array(needCount + 1);
  for (let e = 0; e < edgeCount; e++) needEdgeStart[needOf[e]! + 1]! += 1;
  for (let i = 0; i < needCount; i++) needEdgeStart[i + 1]! += needEdgeStart[i]!;
  const order = new Int32Array(edgeCount);
  const fill = needEdgeStart.slice(0, needCount);
  for (let e = 0; e < edgeCount; e++) order[fill[needOf[e]!]!++] = e;

  const edgeProvider = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  const duplicates: DuplicateEdge[] = [];
  let longest = 0;
  for (let i = 0; i < needCount; i++) longest = Math.max(longest, needEdgeStart[i + 1]! - needEdgeStart[i]!);
  const keys = new Float64Array(Math.min(longest, ROW_BITS));
  const row = new Int32Array(Math.min(longest, ROW_BITS));
  for (let i = 0; i < needCount; i++) {
    const first = needEdgeStart[i]!;
    const end = needEdgeStart[i + 1]!;
    sortRow(order, first, end, providerOf, keys, row);
    for (let k = first; k < end; k++) {
      const e = order[k]!;
      edgeProvider[k] = providerOf[e]!;
      edgeScore[k] = scoreOf[e]!;
      if (k > first && edgeProvider[k - 1] === edgeProvider[k]) {
        let runStart = k - 1;
        while (runStart > first && edgeProvider[runStart - 1] === edgeProvider[k]) runStart--;
        duplicates.push({ first: order[runStart]!, later: e });
      }
    }
  }
  duplicates.sort((a, b) => a.later - b.later);
  return { table: { needEdgeStart, edgeProvider, edgeScore, edgeSource: order }, duplicates };
}

/** Row positions fit in this many low bits of a sort key; rows are far shorter in practice. */
const ROW_BITS = 2 ** 21;

/**
 * Sorts order[first..end) by (provider, input position): short rows by insertion, longer ones through one
 * native numeric sort of packed keys provider·2^21 + position-in-row (exact below 2^53), so nothing is
 * compared in JavaScript.
 */
function sortRow(order: Int32Array, first: number, end: number, providerOf: Int32Array, keys: Float64Array, row: Int32Array): void {
  const length = end - first;
  if (length < 2) return;
  if (length >= ROW_BITS) {
    const items = Array.from(order.subarray(first, end));
    items.sort((a, b) => providerOf[a]! - providerOf[b]! || a - b);
    order.set(items, first);
    return;
  }
  if (length <= INSERTION_MAX) {
    insertionSortRow(order, first, end, providerOf);
    return;
  }
  for (let j = 0; j < length; j++) {
    const e = order[first + j]!;
    row[j] = e;
    keys[j] = providerOf[e]! * ROW_BITS + j;
  }
  const sorted = keys.subarray(0, length).sort();
  for (let j = 0; j < length; j++) order[first + j] = row[sorted[j]! % ROW_BITS]!;
}

/**
 * Rows up to this long are sorted in place by insertion: a typical row (~50 candidates) then costs a few
 * hundred comparisons and no native call or subarray per row, which measured faster for 5,000 short rows.
 */
const INSERTION_MAX = 64;

/** Stable insertion sort of order[first..end) by provider; order within a row is input order already. */
function insertionSortRow(order: Int32Array, first: number, end: number, providerOf: Int32Array): void {
  for (let j = first + 1; j < end; j++) {
    const e = order[j]!;
    const key = providerOf[e]!;
    let at = j - 1;
    while (at >= first && providerOf[order[at]!]! > key) {
      order[at + 1] = order[at]!;
      at--;
    }
    order[at + 1] = e;
  }
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
