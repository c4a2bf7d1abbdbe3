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

/** Candidate pairs (a < b), each once. Pairs from code-half blocks are kept only when a code is mistyped. */
export function candidatePairs(records: readonly NormRecord[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  for (const r of records) {
    for (const key of blockingKeys(r)) {
      const list = blocks.get(key);
      if (!list) blocks.set(key, [r.idx]);
      else if (list.length <= maxBlock) list.push(r.idx);
    }
  }
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = records.length;
  for (const [key, list] of blocks) {
    if (list.length < 2 || list.length > maxBlock) continue;
    const halves = key[0] === 'h' || key[0] === 'k';
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (halves && !records[a]!.code.invalid && !records[b]!.code.invalid) continue;
        const lo = a < b ? a : b;
        const hi = a < b ? b : a;
        const id = lo * n + hi;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([lo, hi]);
      }
    }
  }
  return pairs;
}
