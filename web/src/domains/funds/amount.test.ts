import { describe, expect, it } from 'vitest';
import { yuanToFen } from './amount';

describe('yuanToFen (exact decimal-string parsing, no float)', () => {
  it('converts yuan strings to integer fen exactly', () => {
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(yuanToFen('1,024.07')).toBe(102407);
    expect(yuanToFen('¥80')).toBe(8000);
    expect(yuanToFen(' 666 ')).toBe(66600);
  });
  it('refuses zero, negatives, more than two decimals, junk and amounts above the API ceiling', () => {
    for (const bad of ['0', '0.00', '-5', '1.234', 'abc', '', '1e3', '100000000000.01']) expect(yuanToFen(bad)).toBeNull();
    expect(yuanToFen('100000000000')).toBe(10_000_000_000_000);
    expect(yuanToFen(undefined)).toBeNull();
  });
});
