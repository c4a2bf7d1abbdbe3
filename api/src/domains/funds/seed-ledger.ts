import { newId } from '@wushe/common';
import { ACCOUNT_KINDS, checkLegs, type AccountKind, type Leg, type TxnKind } from './ledger-rules.js';

/**
 * An in-memory ledger the demo seed writes into and then loads in bulk: the same double-entry rules (balanced legs,
 * no negative available/held), without hundreds of round trips when every test database is created.
 */
export class SeedLedger {
  readonly accounts: { id: string; fundId: string; kind: AccountKind; balance: number }[] = [];
  readonly txns: { id: string; kind: TxnKind; fundId: string; counterFundId: string | null; amount: number; memo: string; refType: string | null; refId: string | null; reversesId: string | null; createdBy: string | null; occurredAt: Date }[] = [];
  readonly entries: { txnId: string; accountId: string; direction: 'D' | 'C'; amount: number }[] = [];
  private readonly byKey = new Map<string, { id: string; balance: number; kind: AccountKind }>();
  private readonly legsByTxn = new Map<string, Leg[]>();

  open(fundId: string): void {
    for (const kind of ACCOUNT_KINDS) {
      const a = { id: newId(), fundId, kind, balance: 0 };
      this.accounts.push(a);
      this.byKey.set(`${fundId}/${kind}`, a);
    }
  }

  balance(fundId: string, kind: AccountKind): number {
    return this.byKey.get(`${fundId}/${kind}`)!.balance;
  }

  post(t: { kind: TxnKind; fundId: string; counterFundId?: string | null; amount: number; memo: string; refType?: string | null; refId?: string | null; reversesId?: string | null; createdBy: string | null; occurredAt: Date }, legs: Leg[]): string {
    const bad = checkLegs(legs);
    if (bad) throw new Error(`seed: ${bad}`);
    for (const l of legs) {
      const a = this.byKey.get(`${l.fundId}/${l.account}`)!;
      a.balance += l.direction === 'C' ? l.amount : -l.amount;
      if ((a.kind === 'available' || a.kind === 'held') && a.balance < 0) throw new Error(`seed would overdraw ${l.fundId}/${l.account}`);
    }
    const id = newId(t.occurredAt.getTime());
    this.txns.push({ id, kind: t.kind, fundId: t.fundId, counterFundId: t.counterFundId ?? null, amount: t.amount, memo: t.memo, refType: t.refType ?? null, refId: t.refId ?? null, reversesId: t.reversesId ?? null, createdBy: t.createdBy, occurredAt: t.occurredAt });
    for (const l of legs) this.entries.push({ txnId: id, accountId: this.byKey.get(`${l.fundId}/${l.account}`)!.id, direction: l.direction, amount: l.amount });
    this.legsByTxn.set(id, legs);
    return id;
  }

  legsOf(txnId: string): Leg[] {
    return this.legsByTxn.get(txnId)!;
  }
}
