import { describe, expect, it } from 'vitest';
import { createCountCache } from './count-cache.js';

describe('count cache', () => {
  it('returns a count until a write or the TTL', () => {
    const c = createCountCache({ ttlMs: 1000, maxEntries: 10 });
    c.set('k', 42, 0);
    expect(c.get('k', 999)).toBe(42);
    expect(c.get('k', 1001)).toBeUndefined();
    c.set('k', 43, 2000);
    c.invalidate();
    expect(c.get('k', 2001)).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const c = createCountCache({ ttlMs: 1000, maxEntries: 2 });
    c.set('a', 1, 0);
    c.set('b', 2, 0);
    c.set('c', 3, 0);
    expect(c.get('a', 1)).toBeUndefined();
    expect(c.get('b', 1)).toBe(2);
    expect(c.get('c', 1)).toBe(3);
  });
});
