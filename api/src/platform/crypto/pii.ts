import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Personal data at rest: AES-256-GCM for the value, and an HMAC "blind index" so an exact value can be found
 * without decrypting every row. Both keys derive from one master key via HKDF, so rotating means one secret.
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of a normalised value, for exact-match search. */
  blindIndex(normalised: string): string;
}

/** Builds the cipher from a 32-byte master key. */
export function createPiiCipher(masterKey: Buffer): PiiCipher {
  if (masterKey.length !== 32) throw new Error('WUSHE_SECRET_KEY must decode to 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'wushe pii enc v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'wushe pii index v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${ct.toString('base64url')}`;
    },
    decrypt(stored) {
      const [v, iv, tag, ct] = stored.split('.');
      if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
    blindIndex(normalised) {
      return createHmac('sha256', macKey).update(normalised).digest('hex');
    },
  };
}

/**
 * The master key: WUSHE_SECRET_KEY (64 hex chars or base64 of 32 bytes) when set; otherwise, for the embedded
 * default, a key generated once into the data directory (mode 0600) so restarts can still read old data.
 */
export function loadMasterKey(secret: string | null, dataDir: string): Buffer {
  if (secret) {
    const key = /^[0-9a-fA-F]{64}$/.test(secret) ? Buffer.from(secret, 'hex') : Buffer.from(secret, 'base64');
    if (key.length !== 32) throw new Error('WUSHE_SECRET_KEY must be 64 hex characters or base64 of 32 bytes');
    return key;
  }
  if (dataDir === 'memory://') return randomBytes(32);
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
