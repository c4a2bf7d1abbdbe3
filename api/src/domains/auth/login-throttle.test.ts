import { describe, expect, it } from 'vitest';
import { afterFailure, IpThrottle, isLocked, IP_MAX_FAILURES } from './login-throttle.js';

describe('login lockout', () => {
  const t0 = new Date('2026-11-23T08:00:00Z');

  it('locks on the fifth failure for exactly 15 minutes', () => {
    let s = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) {
      s = afterFailure(s.failedLogins, t0);
      expect(s.lockedUntil).toBeNull();
    }
    s = afterFailure(s.failedLogins, t0);
    expect(s.lockedUntil?.toISOString()).toBe('2026-11-23T08:15:00.000Z');
    expect(isLocked(s.lockedUntil, new Date('2026-11-23T08:14:59Z'))).toBe(true);
    expect(isLocked(s.lockedUntil, new Date('2026-11-23T08:15:00Z'))).toBe(false);
  });

  it('blocks an IP after too many failures and forgets them after the window', () => {
    const th = new IpThrottle();
    for (let i = 0; i < IP_MAX_FAILURES; i++) th.recordFailure('10.0.0.1', t0);
    expect(th.isBlocked('10.0.0.1', t0)).toBe(true);
    expect(th.isBlocked('10.0.0.2', t0)).toBe(false);
    expect(th.isBlocked('10.0.0.1', new Date(t0.getTime() + 15 * 60_000))).toBe(false);
  });
});
