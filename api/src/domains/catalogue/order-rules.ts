import type { CatalogueItemStatus, OrderStatus } from '@wushe/common';

/** 社区点单 → 社会组织接单 (accept | decline) → delivered → 居民评单 (rated). The orderer may cancel until accepted. */
export const ORDER_ACTIONS = ['accept', 'decline', 'cancel', 'deliver', 'rate'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

const TRANSITIONS: Record<OrderAction, { from: OrderStatus; to: OrderStatus }> = {
  accept: { from: 'placed', to: 'accepted' },
  decline: { from: 'placed', to: 'declined' },
  cancel: { from: 'placed', to: 'cancelled' },
  deliver: { from: 'accepted', to: 'delivered' },
  rate: { from: 'delivered', to: 'rated' },
};

export function nextOrderStatus(from: OrderStatus, action: OrderAction): OrderStatus | null {
  const t = TRANSITIONS[action];
  return t.from === from ? t.to : null;
}

/** Hours an organisation has to accept or decline an order before it is flagged (默认48小时). */
export const RESPONSE_HOURS = 48;

export function respondByOf(placedAt: Date, hours = RESPONSE_HOURS): Date {
  return new Date(placedAt.getTime() + hours * 3_600_000);
}

/** An order still waiting for the organisation after its deadline. */
export function isOverdue(status: OrderStatus, respondBy: Date, now: Date): boolean {
  return status === 'placed' && now.getTime() > respondBy.getTime();
}

/** Catalogue items: published ⇄ withdrawn (下架/重新上架). */
export const ITEM_ACTIONS = ['withdraw', 'publish'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export function nextItemStatus(from: CatalogueItemStatus, action: ItemAction): CatalogueItemStatus | null {
  if (action === 'withdraw') return from === 'published' ? 'withdrawn' : null;
  return from === 'withdrawn' ? 'published' : null;
}

/** Whether one more order fits this month: orders placed, accepted, delivered or rated count against capacity. */
export function hasCapacity(monthlyCapacity: number, takenThisMonth: number): boolean {
  return takenThisMonth < monthlyCapacity;
}

/** The first instant of the Asia/Shanghai calendar month containing `now` (capacity is per month there). */
export function monthStartShanghai(now: Date): Date {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - 8 * 3_600_000);
}
