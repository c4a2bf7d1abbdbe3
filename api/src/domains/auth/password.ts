import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2);
}

/** Verifies a password against its argon2 hash; false (never a throw) on a malformed hash. */
export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

/** Password rule: at least 8 characters with letters and digits (等保 2.0 basic complexity). */
export function isStrongEnough(plain: string): boolean {
  return plain.length >= 8 && /[A-Za-z]/.test(plain) && /\d/.test(plain);
}
