import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, loadMasterKey } from './pii.js';

describe('PII cipher', () => {
  const cipher = createPiiCipher(randomBytes(32));

  it('round-trips and never stores the plain value', () => {
    const stored = cipher.encrypt('13812341234');
    expect(stored).not.toContain('13812341234');
    expect(cipher.decrypt(stored)).toBe('13812341234');
  });

  it('uses a fresh IV so equal values encrypt differently', () => {
    expect(cipher.encrypt('13812341234')).not.toBe(cipher.encrypt('13812341234'));
  });

  it('detects tampering through the GCM tag', () => {
    const stored = cipher.encrypt('150203199001011234');
    const parts = stored.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });

  it('gives a stable blind index that differs per key', () => {
    const other = createPiiCipher(randomBytes(32));
    expect(cipher.blindIndex('13812341234')).toBe(cipher.blindIndex('13812341234'));
    expect(cipher.blindIndex('13812341234')).not.toBe(other.blindIndex('13812341234'));
  });

  it('rejects a master key of the wrong size', () => {
    expect(() => loadMasterKey('abcd', 'memory://')).toThrow(/32 bytes/);
    expect(loadMasterKey('00'.repeat(32), 'memory://').length).toBe(32);
  });
});
