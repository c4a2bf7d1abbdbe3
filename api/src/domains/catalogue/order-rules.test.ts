import { CATALOGUE_ITEM_STATUSES, ORDER_STATUSES, type OrderStatus } from '@wushe/common';
import { describe, expect, it } from 'vitest';
import { hasCapacity, isOverdue, ITEM_ACTIONS, monthStartShanghai, nextItemStatus, nextOrderStatus, ORDER_ACTIONS, respondByOf } from './order-rules.js';

// By hand from issue 4 part 8.
const LEGAL: Record<string, OrderStatus> = {
  'placed/accept': 'accepted', 'placed/decline': 'declined', 'placed/cancel': 'cancelled', 'accepted/deliver': 'delivered', 'delivered/rate': 'rated',
};

describe('order state machine', () => {
  for (const from of ORDER_STATUSES) {
    for (const action of ORDER_ACTIONS) {
      const key = `${from}/${action}`;
      it(`${key} → ${LEGAL[key] ?? 'refused'}`, () => expect(nextOrderStatus(from, action)).toBe(LEGAL[key] ?? null));
    }
  }
});

describe('catalogue item state machine', () => {
  const legal: Record<string, string> = { 'published/withdraw': 'withdrawn', 'withdrawn/publish': 'published' };
  for (const from of CATALOGUE_ITEM_STATUSES) {
    for (const action of ITEM_ACTIONS) {
      it(`${from}/${action}`, () => expect(nextItemStatus(from, action)).toBe(legal[`${from}/${action}`] ?? null));
    }
  }
});

describe('response deadline and capacity', () => {
  it('is 48 hours after placing, and overdue only while still placed', () => {
    const placed = new Date('2026-11-23T02:00:00Z');
    const by = respondByOf(placed);
    expect(by.toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(isOverdue('placed', by, new Date('2026-11-25T02:00:00Z'))).toBe(false);
    expect(isOverdue('placed', by, new Date('2026-11-25T02:00:01Z'))).toBe(true);
    expect(isOverdue('accepted', by, new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });
  it('counts capacity per month in Beijing time', () => {
    expect(hasCapacity(10, 9)).toBe(true);
    expect(hasCapacity(10, 10)).toBe(false);
    // 2026-11-30T17:00Z is already 1 December 01:00 in Beijing.
    expect(monthStartShanghai(new Date('2026-11-30T17:00:00Z')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(monthStartShanghai(new Date('2026-11-23T02:00:00Z')).toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });
});
