import { WindowCounter } from '../../platform/http/window-counter.js';

/** Lockout rules: 5 failed logins lock an account for 15 minutes; an IP may fail 30 times per 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 30;

/** True while an account's lock is in force. */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

/** After one more failure: the new count and, on reaching the limit, when the lock ends. */
export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const n = failedLogins + 1;
  return n >= MAX_FAILED_LOGINS ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) } : { failedLogins: n, lockedUntil: null };
}

/** Failed logins per IP in a sliding window (in memory; see WindowCounter). */
export class IpThrottle {
  private readonly failures = new WindowCounter(IP_WINDOW_MS, IP_MAX_FAILURES);

  isBlocked(ip: string, now: Date): boolean {
    return this.failures.isFull(ip, now);
  }

  recordFailure(ip: string, now: Date): void {
    this.failures.record(ip, now);
  }
}
