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

/** A growable Float64Array: block entries and pair ids are packed into doubles and sorted natively. */
class Doubles {
  data = new Float64Array(1 << 16);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) { const next = new Float64Array(this.data.length * 2); next.set(this.data); this.data = next; }
    this.data[this.length++] = x;
  }
  sorted(): Float64Array { return this.data.subarray(0, this.length).sort(); }
}

/**
 * Candidate pairs, each once. Pairs from code-half blocks are kept only when a code is mistyped.
 * Memory stays flat at a province's scale: every (key, record) is packed into one double (key hash in the high
 * bits, record index in the low bits) and sorted, so a block is a run of equal high bits; pairs are packed the
 * same way (lo · n + hi), sorted and de-duplicated — no map of blocks, no set of seen pairs.
 */
export function candidatePairs(records: readonly NormRecord[], maxBlock = MAX_BLOCK): Candidates {
  const n = records.length;
  const idBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** idBits;
  const hashMod = 2 ** (53 - idBits);
  const plain = new Doubles();
  const halves = new Doubles();
  for (const r of records) {
    for (const key of new Set(blockingKeys(r))) {
      const packed = (hashKey(key) % hashMod) * scale + r.idx;
      if (key[0] === 'h' || key[0] === 'k') halves.push(packed);
      else plain.push(packed);
    }
  }
  const pairs = new Doubles();
  const emit = (entries: Float64Array, onlyMistyped: boolean): void => {
    let start = 0;
    while (start < entries.length) {
      const block = Math.floor(entries[start]! / scale);
      let end = start + 1;
      while (end < entries.length && Math.floor(entries[end]! / scale) === block) end++;
      if (end - start > 1 && end - start <= maxBlock) {
        for (let i = start; i < end; i++) {
          const x = entries[i]! % scale;
          for (let j = i + 1; j < end; j++) {
            const y = entries[j]! % scale;
            if (x === y) continue; // one record, two keys with the same hash
            if (onlyMistyped && !records[x]!.code.invalid && !records[y]!.code.invalid) continue;
            pairs.push(x < y ? x * n + y : y * n + x);
          }
        }
      }
      start = end;
    }
  };
  emit(plain.sorted(), false);
  plain.data = new Float64Array(0);
  emit(halves.sorted(), true);
  halves.data = new Float64Array(0);
  const ids = pairs.sorted();
  let length = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) length++;
  const a = new Int32Array(length);
  const b = new Int32Array(length);
  let k = 0;
  for (let i = 0; i < ids.length; i++) {
    if (i > 0 && ids[i] === ids[i - 1]) continue;
    const id = ids[i]!;
    a[k] = Math.floor(id / n);
    b[k] = id - a[k]! * n;
    k++;
  }
  return { a, b, length };
}
