import { describe, expect, it } from 'vitest';
import { checkLegs, deltas, isReversible, legsFor, lockOrder, reversalLegs } from './ledger-rules.js';
import { fenToCapital } from './receipts.service.js';

describe('ledger rules', () => {
  it('books each movement as balanced legs on the right accounts', () => {
    expect(legsFor('donation', 'F', 500)).toEqual([{ fundId: 'F', account: 'inflow', direction: 'D', amount: 500 }, { fundId: 'F', account: 'available', direction: 'C', amount: 500 }]);
    expect(legsFor('hold', 'F', 7)).toEqual([{ fundId: 'F', account: 'available', direction: 'D', amount: 7 }, { fundId: 'F', account: 'held', direction: 'C', amount: 7 }]);
    expect(legsFor('payment', 'F', 7)).toEqual([{ fundId: 'F', account: 'held', direction: 'D', amount: 7 }, { fundId: 'F', account: 'outflow', direction: 'C', amount: 7 }]);
    expect(legsFor('allocation', 'P', 9, 'C')).toEqual([{ fundId: 'P', account: 'available', direction: 'D', amount: 9 }, { fundId: 'C', account: 'available', direction: 'C', amount: 9 }]);
    expect(() => legsFor('allocation', 'P', 9, 'P')).toThrow();
  });
  it('nets the changes per account: a hold moves available to held, the fund total unchanged', () => {
    expect(Object.fromEntries(deltas(legsFor('hold', 'F', 30)))).toEqual({ 'F/available': -30, 'F/held': 30 });
  });
  it('refuses unbalanced, empty, fractional and non-positive legs', () => {
    expect(checkLegs([{ fundId: 'F', account: 'inflow', direction: 'D', amount: 5 }, { fundId: 'F', account: 'available', direction: 'C', amount: 4 }])).toBe('unbalanced: debits 5 ≠ credits 4');
    expect(checkLegs([{ fundId: 'F', account: 'inflow', direction: 'D', amount: 5 }])).toBe('a transaction needs at least two entries');
    expect(checkLegs([{ fundId: 'F', account: 'inflow', direction: 'D', amount: 0.5 }, { fundId: 'F', account: 'available', direction: 'C', amount: 0.5 }])).toMatch(/whole number/);
    expect(checkLegs(legsFor('donation', 'F', 1))).toBeNull();
  });
  it('reverses by mirroring and sums to zero with the original', () => {
    const legs = legsFor('allocation', 'P', 9, 'C');
    const both = deltas([...legs, ...reversalLegs(legs)]);
    expect([...both.values()]).toEqual([0, 0]);
    expect(['donation', 'appropriation', 'allocation', 'hold', 'release', 'payment', 'reversal'].map((k) => isReversible(k as never))).toEqual([true, true, true, false, false, false, false]);
  });
  it('locks in ascending id order whatever order the legs came in', () => {
    expect(lockOrder([{ id: 'b' }, { id: 'c' }, { id: 'a' }]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('writes amounts in capital numerals as receipts do', () => {
    expect(fenToCapital(123450)).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(fenToCapital(1000500)).toBe('壹万零伍元整');
    expect(fenToCapital(10000000000)).toBe('壹亿元整');
    expect(fenToCapital(100000100)).toBe('壹佰万零壹元整');
    expect(fenToCapital(5)).toBe('零元零伍分');
    expect(fenToCapital(101000)).toBe('壹仟零壹拾元整');
  });
});
