/**
 * The double-entry rules of the fund ledger, pure. Every fund has four credit-normal accounts (balance = credits − debits):
 * `available` and `held` are the fund's money; `inflow` is debited when money arrives from outside (donation, budget
 * appropriation), `outflow` is credited when money leaves (payment). Every transaction balances, so all balances sum to 0.
 */
export const ACCOUNT_KINDS = ['available', 'held', 'inflow', 'outflow'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const TXN_KINDS = ['donation', 'appropriation', 'allocation', 'hold', 'release', 'payment', 'reversal'] as const;
export type TxnKind = (typeof TXN_KINDS)[number];

export interface Leg { fundId: string; account: AccountKind; direction: 'D' | 'C'; amount: number }

/** The legs of each money movement. Amounts are positive integer fen. */
export function legsFor(kind: Exclude<TxnKind, 'reversal'>, fundId: string, amount: number, counterFundId?: string): Leg[] {
  switch (kind) {
    case 'donation':
    case 'appropriation':
      return [{ fundId, account: 'inflow', direction: 'D', amount }, { fundId, account: 'available', direction: 'C', amount }];
    case 'allocation':
      if (!counterFundId || counterFundId === fundId) throw new Error('an allocation moves money between two different funds');
      return [{ fundId, account: 'available', direction: 'D', amount }, { fundId: counterFundId, account: 'available', direction: 'C', amount }];
    case 'hold':
      return [{ fundId, account: 'available', direction: 'D', amount }, { fundId, account: 'held', direction: 'C', amount }];
    case 'release':
      return [{ fundId, account: 'held', direction: 'D', amount }, { fundId, account: 'available', direction: 'C', amount }];
    case 'payment':
      return [{ fundId, account: 'held', direction: 'D', amount }, { fundId, account: 'outflow', direction: 'C', amount }];
  }
}

/** A reversal mirrors the original: every debit becomes a credit of the same amount on the same account. */
export function reversalLegs(original: readonly Leg[]): Leg[] {
  return original.map((l) => ({ ...l, direction: l.direction === 'D' ? 'C' : 'D' }));
}

/** Which original kinds may be reversed by hand: holds and payments are undone through the disbursement's own lifecycle. */
export function isReversible(kind: TxnKind): boolean {
  return kind === 'donation' || kind === 'appropriation' || kind === 'allocation';
}

/** Null when the legs form a valid journal transaction, else the reason. */
export function checkLegs(legs: readonly Leg[]): string | null {
  if (legs.length < 2) return 'a transaction needs at least two entries';
  for (const l of legs) if (!Number.isSafeInteger(l.amount) || l.amount <= 0) return 'every entry is a positive whole number of fen';
  const debit = legs.filter((l) => l.direction === 'D').reduce((s, l) => s + l.amount, 0);
  const credit = legs.filter((l) => l.direction === 'C').reduce((s, l) => s + l.amount, 0);
  return debit === credit ? null : `unbalanced: debits ${debit} ≠ credits ${credit}`;
}

/** Net change per account (credit-normal) of a set of legs, keyed `fundId/account`. */
export function deltas(legs: readonly Leg[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of legs) {
    const key = `${l.fundId}/${l.account}`;
    out.set(key, (out.get(key) ?? 0) + (l.direction === 'C' ? l.amount : -l.amount));
  }
  return out;
}

/** True when an account of this kind may not go below zero. */
export function isGuarded(kind: AccountKind): boolean {
  return kind === 'available' || kind === 'held';
}

/** Fixed lock order (ascending account id) so two transactions never wait on each other in a cycle. */
export function lockOrder<T extends { id: string }>(accounts: readonly T[]): T[] {
  return [...accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
