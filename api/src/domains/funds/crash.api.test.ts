import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPiiCipher, loadMasterKey } from '../../platform/crypto/pii.js';
import type { AppDeps } from '../../platform/deps.js';
import { openDatabase } from '../../platform/db/client.js';
import { channelSecret, signChannelNotification } from './donations.service.js';

// Kill -9 the real server in the middle of a load of donations, restart it on the same data, and check that every
// acknowledged donation is there and `ledger check` passes. PGlite data directory by default; a scratch PostgreSQL
// database when WUSHE_TEST_DB=postgresql.
const root = path.resolve(import.meta.dirname, '../../../..');
const PORT = 3464;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wushe-crash-'));
const secret = randomBytes(32).toString('hex');
let databaseUrl = '';
let dropDb: (() => Promise<void>) | null = null;
let server: ChildProcess | null = null;

const env = () => ({ ...process.env, PORT: String(PORT), HOST: '127.0.0.1', WUSHE_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, WUSHE_SECRET_KEY: secret, WUSHE_DEMO: '1', LOG_LEVEL: 'silent' });

async function start(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], { cwd: root, env: env(), stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exit = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exit;
}

afterAll(async () => {
  if (server && server.exitCode === null) await stopped(server, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await dropDb?.();
});

describe('crash safety', () => {
  it('keeps every acknowledged donation through a SIGKILL, and the ledger checks clean after restart', async () => {
    if (process.env.WUSHE_TEST_DB === 'postgresql') {
      const admin = process.env.TEST_DATABASE_URL!;
      const name = `wushe_crash_${randomBytes(4).toString('hex')}`;
      const c = new pg.Client({ connectionString: admin });
      await c.connect(); await c.query(`create database ${name}`); await c.end();
      const u = new URL(admin); u.pathname = `/${name}`; databaseUrl = u.toString();
      dropDb = async () => { const d = new pg.Client({ connectionString: admin }); await d.connect(); await d.query(`drop database if exists ${name} with (force)`); await d.end(); };
    }
    server = await start();
    const fund = ((await (await fetch(`${base}/api/public/funds`)).json()).items as { id: string; code: string }[]).find((f) => f.code === 'TJ-C27')!;
    const sign = { cipher: createPiiCipher(loadMasterKey(secret, dataDir)) } as AppDeps;
    const notify = (i: number) => {
      const body = { tradeNo: `CRASH${String(i).padStart(6, '0')}`, fundId: fund.id, amountFen: 100 + i, isAnonymous: i % 3 === 0, ...(i % 3 ? { donorName: `捐赠人${i}` } : {}), paidAt: '2026-11-22T08:00:00Z' };
      return { body, signature: signChannelNotification(channelSecret(sign, 'alipay'), body) };
    };
    const acked = new Map<string, { id: string; receiptNo: string }>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const { body, signature } = notify(next++);
        try {
          const r = await fetch(`${base}/api/public/funds/channels/alipay/notify`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wushe-signature': signature }, body: JSON.stringify(body) });
          if (r.status === 200) acked.set(body.tradeNo, await r.json());
        } catch { /* the server died under us: this one was never acknowledged */ }
        if (acked.size >= 60 && !killed) {
          killed = true;
          await stopped(server!, 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(acked.size).toBeGreaterThanOrEqual(60);

    server = await start();
    const page = await (await fetch(`${base}/api/public/funds/${fund.id}`)).json();
    const receipts = new Set((page.donations as { receiptNo: string }[]).map((d) => d.receiptNo));
    const missing = [...acked.values()].filter((a) => !receipts.has(a.receiptNo));
    expect(missing).toEqual([]);
    // A gateway retry after the crash gets the first answer back, not a second donation.
    const first = [...acked.keys()][0]!;
    const retry = notify(Number(first.slice(5)));
    const again = await fetch(`${base}/api/public/funds/channels/alipay/notify`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wushe-signature': retry.signature }, body: JSON.stringify(retry.body) });
    expect((await again.json()).id).toBe(acked.get(first)!.id);
    await stopped(server, 'SIGTERM');

    const check = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/cli/main.ts', 'ledger', 'check'], { cwd: root, env: env(), encoding: 'utf8', timeout: 120_000 });
    expect(check.stdout + check.stderr).toMatch(/OK：账本 \d+ 笔凭证/);
    expect(check.status).toBe(0);

    // And the check is not a rubber stamp: one fen moved on a stored balance behind the ledger's back is caught.
    const database = await openDatabase({ databaseUrl: databaseUrl || null, dataDir });
    await database.db.execute(sql`update ledger_accounts set balance = balance + 1 where kind = 'available' and fund_id = ${fund.id}`);
    await database.close();
    const tampered = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/cli/main.ts', 'ledger', 'check'], { cwd: root, env: env(), encoding: 'utf8', timeout: 120_000 });
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('FAIL：账户余额等于分录合计');
    expect(tampered.stderr).toContain('FAIL：全部余额合计为零');
  }, 300_000);
});
