import { createHash } from 'node:crypto';

/** The hash that precedes the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers: everything but the hash itself. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  roleKey: string | null;
  organisationId: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  regionPath: string | null;
  summary: string | null;
  diff: unknown;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** SHA-256 over the canonical form of the entry, which includes the previous entry's hash. */
export function hashEntry(f: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(f)).digest('hex');
}

export type ChainBreak = { seq: number; reason: 'gap' | 'prev_hash' | 'hash' };

/** Checks one entry against its predecessor; null when it links correctly. */
export function checkLink(entry: ChainedFields & { hash: string }, prev: { seq: number; hash: string } | null): ChainBreak | null {
  const expectedSeq = prev ? prev.seq + 1 : 1;
  if (entry.seq !== expectedSeq) return { seq: expectedSeq, reason: 'gap' };
  if (entry.prevHash !== (prev ? prev.hash : GENESIS_HASH)) return { seq: entry.seq, reason: 'prev_hash' };
  const { hash, ...fields } = entry;
  if (hashEntry(fields) !== hash) return { seq: entry.seq, reason: 'hash' };
  return null;
}
