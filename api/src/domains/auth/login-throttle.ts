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

/** Failed logins per IP in a sliding window, in memory (one process; a shared store would be needed past that). */
export class IpThrottle {
  private readonly failures = new Map<string, number[]>();

  isBlocked(ip: string, now: Date): boolean {
    return this.recent(ip, now).length >= IP_MAX_FAILURES;
  }

  recordFailure(ip: string, now: Date): void {
    const list = this.recent(ip, now);
    list.push(now.getTime());
    this.failures.set(ip, list);
  }

  private recent(ip: string, now: Date): number[] {
    const list = (this.failures.get(ip) ?? []).filter((t) => now.getTime() - t < IP_WINDOW_MS);
    if (list.length === 0) this.failures.delete(ip);
    else this.failures.set(ip, list);
    return list;
  }
}
