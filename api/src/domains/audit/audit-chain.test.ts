import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checkLink, GENESIS_HASH, hashEntry, type ChainedFields } from './audit-chain.js';

const base: ChainedFields = {
  seq: 1, at: '2026-11-23T00:00:00.000Z', actorId: null, actorName: '系统', roleKey: null, organisationId: null,
  ip: null, requestId: null, action: 'system.seed', entityType: null, entityId: null, regionPath: null, summary: null,
  diff: { b: 1, a: [2, { d: 3, c: 4 }] }, prevHash: GENESIS_HASH,
};

describe('audit hash chain', () => {
  it('canonicalises key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('hashes the canonical JSON with SHA-256', () => {
    const expected = createHash('sha256').update(canonicalJson(base)).digest('hex');
    expect(hashEntry(base)).toBe(expected);
    expect(hashEntry({ ...base, diff: { a: [2, { c: 4, d: 3 }], b: 1 } })).toBe(expected);
  });

  it('finds an edit, a broken link and a gap', () => {
    const h1 = hashEntry(base);
    const e2 = { ...base, seq: 2, action: 'x', prevHash: h1 };
    const h2 = hashEntry(e2);
    expect(checkLink({ ...base, hash: h1 }, null)).toBeNull();
    expect(checkLink({ ...e2, hash: h2 }, { seq: 1, hash: h1 })).toBeNull();
    expect(checkLink({ ...e2, action: 'y', hash: h2 }, { seq: 1, hash: h1 })).toEqual({ seq: 2, reason: 'hash' });
    expect(checkLink({ ...e2, hash: h2 }, { seq: 1, hash: 'f'.repeat(64) })).toEqual({ seq: 2, reason: 'prev_hash' });
    expect(checkLink({ ...e2, seq: 3, hash: h2 }, { seq: 1, hash: h1 })).toEqual({ seq: 2, reason: 'gap' });
  });
});
