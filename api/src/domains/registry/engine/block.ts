/**
 * Blocking: only records that share a key are compared. Keys: the code (and its halves, so a mistyped code
 * still meets the right one), the name core, the trade name, the core with any one character deleted (a
 * one-character typo leaves one deletion in common), the phone, the legal representative with the founding
 * date or address. Blocks larger than `maxBlock` are skipped: a value that common identifies nothing.
 */
import type { NormRecord } from './types.js';

export const MAX_BLOCK = 60;

export function blockingKeys(r: NormRecord): string[] {
  const keys: string[] = [];
  const c = r.code;
  if (c.credit) keys.push(`c${c.credit}`);
  if (c.org) keys.push(`o${c.org}`);
  const code = c.credit ?? (c.invalid?.length === 18 ? c.invalid : null);
  if (code) keys.push(`h${code.slice(10, 14)}`, `k${code.slice(14)}`);
  if (c.invalid) keys.push(`i${c.invalid}`);
  const n = r.name;
  if (n) {
    keys.push(`n${n.core}`);
    if ([...n.trade].length >= 2) keys.push(`t${n.trade}`);
    const chars = [...n.core];
    if (chars.length >= 4 && chars.length <= 16) {
      for (let i = 0; i < chars.length; i++) keys.push(`d${chars.slice(0, i).join('')}${chars.slice(i + 1).join('')}`);
    }
  }
  for (const p of r.phones) keys.push(`p${p}`);
  if (r.legalRep) {
    if (r.founded) keys.push(`f${r.legalRep}${r.founded}`);
    if (r.address?.rest) keys.push(`a${r.legalRep}${r.address.rest}`);
  }
  return keys;
}

/** FNV-1a over UTF-16 units, folded to 52 bits: block keys as numbers keep a province's block map small. */
function hashKey(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h2 & 0xfffff) * 4294967296 + h1;
}

/** Candidate pairs as two parallel arrays (a < b), each pair once. */
export interface Candidates {
  a: Int32Array;
  b: Int32Array;
  length: number;
}

/**
 * Candidate pairs, each once. Pairs from code-half blocks are kept only when a code is mistyped. A block
 * holds a single record as a plain number until a second one arrives (most keys are unique).
 */
export function candidatePairs(records: readonly NormRecord[], maxBlock = MAX_BLOCK): Candidates {
  const blocks = new Map<number, number | number[]>();
  const halves = new Set<number>();
  for (const r of records) {
    for (const key of blockingKeys(r)) {
      const h = hashKey(key);
      if (key[0] === 'h' || key[0] === 'k') halves.add(h);
      const cur = blocks.get(h);
      if (cur === undefined) blocks.set(h, r.idx);
      else if (typeof cur === 'number') { if (cur !== r.idx) blocks.set(h, [cur, r.idx]); }
      else if (cur.length <= maxBlock && cur[cur.length - 1] !== r.idx) cur.push(r.idx);
    }
  }
  const seen = new Set<number>();
  let a = new Int32Array(1 << 16);
  let b = new Int32Array(1 << 16);
  let length = 0;
  const n = records.length;
  for (const [h, list] of blocks) {
    if (typeof list === 'number' || list.length > maxBlock) continue;
    const onlyMistyped = halves.has(h);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (onlyMistyped && !records[x]!.code.invalid && !records[y]!.code.invalid) continue;
        const lo = x < y ? x : y;
        const hi = x < y ? y : x;
        const id = lo * n + hi;
        if (seen.has(id)) continue;
        seen.add(id);
        if (length === a.length) {
          const na = new Int32Array(a.length * 2); na.set(a); a = na;
          const nb = new Int32Array(b.length * 2); nb.set(b); b = nb;
        }
        a[length] = lo;
        b[length] = hi;
        length++;
      }
    }
  }
  return { a, b, length };
}
