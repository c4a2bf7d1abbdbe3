import type { Donation } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Db } from '../../platform/db/client.js';
import { donationAnswer, donationPosting, donationRefusal, type DonationFacts } from './donations.service.js';
import { postDonationBatchCall, postDonationCall, type DonationPosting } from './ledger.repository.js';
import { withMoneyStatement } from './ledger.service.js';

/**
 * Group commit per fund (ADR 0017). All donations to one fund serialise on its receipt serial and account rows, held
 * through the commit's WAL flush, so a hot fund manages one commit at a time. Here donations to a fund that arrive while
 * its previous batch is in flight wait in its lane and go together in the next call (wushe_post_donations): one lock
 * acquisition and one commit for the batch, each donation in its own subtransaction. A donation to an idle fund goes at
 * once (a batch of one), so a quiet fund pays no extra latency. Each caller is answered only after the commit.
 */
interface Pending { posting: DonationPosting; facts: DonationFacts; resolve: (r: { donation: Donation; replayed: boolean }) => void; reject: (e: unknown) => void }
// ≤ 64 subtransactions per transaction keeps PostgreSQL's per-backend subtransaction cache from overflowing.
const MAX_BATCH = 32;
const lanes = new WeakMap<Db, Map<string, Pending[]>>();

export function postDonationBatched(deps: AppDeps, key: string, payload: unknown, facts: DonationFacts): Promise<{ donation: Donation; replayed: boolean }> {
  let byFund = lanes.get(deps.db);
  if (!byFund) lanes.set(deps.db, (byFund = new Map()));
  return new Promise((resolve, reject) => {
    const item = { posting: donationPosting(deps, key, payload, facts), facts, resolve, reject };
    const lane = byFund.get(facts.fundId);
    if (lane) return void lane.push(item);
    byFund.set(facts.fundId, [item]);
    void drain(deps, byFund, facts.fundId);
  });
}

async function drain(deps: AppDeps, byFund: Map<string, Pending[]>, fundId: string): Promise<void> {
  const lane = byFund.get(fundId)!;
  while (lane.length) {
    const batch = lane.splice(0, MAX_BATCH);
    try {
      // A deadlock or lost connection fails the whole call before commit: retried as a whole (nothing was posted).
      const results = await withMoneyStatement(deps.db, 'locking', (ex) => postDonationBatchCall(ex, batch.map((p) => p.posting)));
      await Promise.all(batch.map(async (p, i) => {
        const r = results[i]!;
        if (!r.error) return p.resolve(donationAnswer(r));
        const refusal = donationRefusal({ code: r.error }, p.facts);
        if (refusal) return p.reject(refusal);
        // Anything else (e.g. a deadlock inside one subtransaction): that donation alone, on its own.
        try {
          p.resolve(donationAnswer(await withMoneyStatement(deps.db, 'locking', (ex) => postDonationCall(ex, p.posting))));
        } catch (e) {
          p.reject(donationRefusal(e, p.facts) ?? e);
        }
      }));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
  byFund.delete(fundId);
}
