import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { systemClock } from '../../api/src/platform/clock.js';
import { readConfig } from '../../api/src/platform/config.js';
import { createPiiCipher, loadMasterKey } from '../../api/src/platform/crypto/pii.js';
import { openDatabase } from '../../api/src/platform/db/client.js';
import { migrateDatabase } from '../../api/src/platform/db/migrate.js';
import type { AppDeps } from '../../api/src/platform/deps.js';
import { seedDemoIfEmpty } from '../../api/src/seed/index.js';
import { channelSecret, checkLedger, signChannelNotification } from '../../api/src/domains/funds/index.js';
import { createBenchFunds } from './bench-funds.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 50;
const FUNDS = 1_000;
const PORT = 3465;
const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = randomBytes(32).toString('hex');

function pgbin(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name} || ls /usr/lib/postgresql/*/bin/${name} 2>/dev/null | tail -1`], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) throw new Error(`${name} not found (install postgresql-client)`);
  return found;
}

async function scratch(adminUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`drop database if exists ${name} with (force)`);
  await c.query(`create database ${name}`);
  await c.end();
  return Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
}

/** TPC-B-like pgbench: the physical anchor for a small read-modify-write transaction on this machine. */
function pgbench(url: string): number {
  const bin = pgbin('pgbench');
  const init = spawnSync(bin, ['-i', '-q', '-s', '50', url], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(init.stderr);
  const run = spawnSync(bin, ['-n', '-M', 'prepared', '-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), url], { encoding: 'utf8' });
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout);
  if (!m) throw new Error(run.stdout + run.stderr);
  return Number(m[1]);
}

/** BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there on exit (to see where a donation's time goes). */
const PROF = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];

// Started exactly as production starts it (scripts/start.mjs: node --import tsx api/src/main.ts); tsx transforms each
// module once at load, so the steady state being measured runs the same JavaScript a compiled build would.
function startServer(url: string, strategy: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...PROF, '--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT, stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: url, WUSHE_SECRET_KEY: SECRET, WUSHE_DEMO: '1', LOG_LEVEL: 'silent', WUSHE_LEDGER_STRATEGY: strategy },
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    const poll = async () => {
      try { if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return resolve(child); } catch { /* starting */ }
      setTimeout(poll, 200);
    };
    void poll();
  });
}

/** 50 connections posting signed channel notifications: spread over the given funds, or all to one hot fund. */
async function donationLoad(deps: AppDeps, fundIds: string[], tag: string) {
  const secret = channelSecret(deps, 'wechat');
  let n = 0;
  const r = await autocannon({
    url: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30,
    requests: [{
      method: 'POST', path: '/api/public/funds/channels/wechat/notify',
      setupRequest: (req) => {
        const i = n++;
        const body = { tradeNo: `${tag}${i}`, fundId: fundIds[i % fundIds.length]!, amountFen: 100 + (i % 900), isAnonymous: i % 4 === 0, paidAt: new Date().toISOString() };
        return { ...req, body: JSON.stringify(body), headers: { ...req.headers, 'content-type': 'application/json', 'x-wushe-signature': signChannelNotification(secret, body) } };
      },
    }],
  });
  return { tps: r.requests.average, ok: r['2xx'], non2xx: r.non2xx, p50: r.latency.p50, p99: r.latency.p99 };
}

/** `npm run bench -- ledger`: pgbench vs wushe's donation endpoint, both locking strategies, invariants checked after each run. */
export async function runLedgerBench(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  console.error('pgbench (scale 50, TPC-B-like)…');
  const anchor = pgbench(await scratch(adminUrl, 'wushe_bench_pgbench'));
  const rows: string[] = [];
  for (const strategy of ['locking', 'serializable']) {
    const url = await scratch(adminUrl, 'wushe_bench_ledger');
    const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://', poolSize: 4 });
    await migrateDatabase(database);
    const deps: AppDeps = { db: database.db, dbKind: database.kind, clock: systemClock, cipher: createPiiCipher(loadMasterKey(SECRET, 'memory://')), config: { ...readConfig({}), isDemo: true } };
    await seedDemoIfEmpty(deps);
    const fundIds = await createBenchFunds(deps, FUNDS);
    const server = await startServer(url, strategy);
    for (const [label, ids] of [[`${FUNDS} funds`, fundIds], ['1 hot fund', fundIds.slice(0, 1)]] as const) {
      console.error(`${strategy}: ${label}…`);
      const r = await donationLoad(deps, ids, `${strategy[0]}${label[0]}-${Date.now()}-`);
      const check = await checkLedger(deps.db);
      const invariants = check.problems.length === 0 ? 'all hold' : `BROKEN: ${check.problems.map((p) => p.check).join('; ')}`;
      rows.push(`| ${strategy} | ${label} | ${r.tps.toFixed(0)} | ${((r.tps / anchor) * 100).toFixed(1)}% | ${r.p50} / ${r.p99} | ${r.ok} / ${r.non2xx} | ${invariants} |`);
    }
    await new Promise((res) => { server.once('exit', res); server.kill('SIGTERM'); });
    await database.close();
  }
  console.log(`\npgbench TPC-B-like, scale 50, ${CONNECTIONS} clients, ${SECONDS} s: ${anchor.toFixed(0)} TPS\n`);
  console.log('| strategy | donations to | TPS (HTTP) | of pgbench | p50 / p99 ms | 2xx / non-2xx | invariants after the run |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}
