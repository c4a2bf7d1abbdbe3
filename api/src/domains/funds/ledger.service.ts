import { createHash } from 'node:crypto';
import type { AppDeps } from '../../platform/deps.js';
import type { Db, Executor, Tx } from '../../platform/db/client.js';
import { ledgerCounts, runLedgerChecks } from './ledger-check.repository.js';
import { claimIdempotencyKey, storeIdempotentResult, type LedgerStrategy } from './ledger.repository.js';

/**
 * How concurrent postings are kept safe (ADR 0009): fixed-order row locks by default; SERIALIZABLE with retry
 * when WUSHE_LEDGER_STRATEGY=serializable (kept so the measurement can be repeated on any machine).
 */
export function ledgerStrategy(): LedgerStrategy {
  return process.env.WUSHE_LEDGER_STRATEGY === 'serializable' ? 'serializable' : 'locking';
}

const RETRYABLE = new Set(['40001', '40P01']);
/** The SQLSTATE of a database error, through drizzle's wrapping. */
export function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

/** Retries a whole money transaction on serialisation failure or deadlock, with jittered back-off. */
async function retrying<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!RETRYABLE.has(pgCode(err) ?? '') || attempt >= 30) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 ** attempt)));
    }
  }
}

/** Runs one money transaction; under SERIALIZABLE, serialisation failures are retried with jittered back-off. */
export async function withMoneyTx<T>(db: Db, strategy: LedgerStrategy, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return retrying(() => db.transaction(fn as (tx: unknown) => Promise<T>, strategy === 'serializable' ? { isolationLevel: 'serializable' } : undefined));
}

/**
 * Runs a money command that is a single statement (the donation posting): under `locking` the statement is its own
 * transaction — one round trip, no BEGIN/COMMIT — under `serializable` it runs inside a SERIALIZABLE transaction.
 */
export async function withMoneyStatement<T>(db: Db, strategy: LedgerStrategy, fn: (ex: Executor) => Promise<T>): Promise<T> {
  return strategy === 'serializable' ? withMoneyTx(db, strategy, fn) : retrying(() => fn(db));
}

/** sha256 of the command and its payload with keys sorted, so the same request always hashes the same. */
export function payloadHash(command: string, payload: unknown): string {
  const canon = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v as object).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, canon((v as Record<string, unknown>)[k])]))
    : Array.isArray(v) ? v.map(canon) : v);
  return createHash('sha256').update(JSON.stringify([command, canon(payload)])).digest('hex');
}

/**
 * A money command under an idempotency key: the first run's JSON result is stored with the key in the same
 * transaction; a retry with the same payload gets it back, a different payload is refused (IDEMPOTENCY_KEY_REUSED).
 */
export async function moneyCommand<T>(deps: AppDeps, key: string, command: string, payload: unknown, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const hash = payloadHash(command, payload);
  return withMoneyTx(deps.db, ledgerStrategy(), async (tx) => {
    const prior = await claimIdempotencyKey(tx, key, command, hash, deps.clock.now());
    if (prior) return prior.replay as T;
    const result = JSON.parse(JSON.stringify(await fn(tx))) as T;
    await storeIdempotentResult(tx, key, result);
    return result;
  });
}

/** Verifies every ledger invariant against the stored data (`npm run wushe -- ledger check`). */
export async function checkLedger(db: Db) {
  // One snapshot for all checks, so concurrent postings cannot make a sound ledger look broken.
  return db.transaction(async (tx) => ({ ...(await runLedgerChecks(tx)), ...(await ledgerCounts(tx)) }), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
