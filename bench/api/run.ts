import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { systemClock } from '../../api/src/platform/clock.js';
import { readConfig } from '../../api/src/platform/config.js';
import { createPiiCipher } from '../../api/src/platform/crypto/pii.js';
import { openDatabase } from '../../api/src/platform/db/client.js';
import { migrateDatabase } from '../../api/src/platform/db/migrate.js';
import { seedDemoIfEmpty } from '../../api/src/seed/index.js';
import { seedBenchOrganisations } from './seed-organisations.js';

const ORGS = Number(process.env.BENCH_ORGS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Who asks, with the same filter expressed for wushe's route and for the bare route. */
const ACTORS = [
  { user: 'street', label: 'street official', scope: '/150000000000/150600000000/150627000000/150627100000/', query: 'type=social_service&page=1&pageSize=20', region: '/150000000000/150600000000/150627000000/150627100000/', page: 1 },
  { user: 'city', label: 'city official', scope: '/150000000000/150600000000/', query: 'regionCode=150627000000&type=social_service&page=2&pageSize=20', region: '/150000000000/150600000000/150627000000/', page: 2 },
];

async function prepare(databaseUrl: string | null, dataDir: string) {
  const database = await openDatabase({ databaseUrl, dataDir });
  await migrateDatabase(database);
  const deps = { db: database.db, dbKind: database.kind, clock: systemClock, cipher: createPiiCipher(randomBytes(32)), config: { ...readConfig({}), isDemo: true } };
  await seedDemoIfEmpty(deps);
  const t0 = Date.now();
  await seedBenchOrganisations(deps, ORGS - 200);
  console.error(`  seeded ${ORGS} organisations in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await database.db.execute(sql`vacuum analyze`);
  await database.close();
}

const children = new Set<ChildProcess>();
process.on('exit', () => { for (const c of children) c.kill(); });

function startServer(mode: 'wushe' | 'bare', target: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api/server.ts', mode, target, String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    children.add(child);
    child.on('exit', () => children.delete(child));
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('READY')) resolve(child); });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

async function loginCookie(port: number, user: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: 'wushe2026' }) });
  if (!res.ok) throw new Error(`login ${user}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function load(url: string, headers: Record<string, string>) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, timeout: 30 });
  if (r.non2xx > 0) throw new Error(`${url}: ${r.non2xx} non-2xx responses`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts };
}

/** 100,000 organisations; autocannon on the scoped, filtered, paginated list, wushe vs a bare Fastify + SQL route. */
export async function runApiBench(): Promise<void> {
  const pgAdmin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: pgAdmin });
  await admin.connect();
  await admin.query('drop database if exists wushe_bench with (force)');
  await admin.query('create database wushe_bench');
  await admin.end();
  const pgUrl = Object.assign(new URL(pgAdmin), { pathname: '/wushe_bench' }).toString();
  const pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'wushe-bench-'));
  const engines = [{ name: 'PostgreSQL', url: pgUrl as string | null, target: pgUrl }, { name: 'PGlite', url: null, target: pgliteDir }];
  const rows: string[] = [];
  for (const e of engines) {
    console.error(`preparing ${e.name}…`);
    await prepare(e.url, e.url ? 'memory://' : pgliteDir);
    for (const a of ACTORS) {
      const w = await startServer('wushe', e.target, 3901);
      const cookie = await loginCookie(3901, a.user);
      const ours = await load(`http://127.0.0.1:3901/api/organisations?${a.query}`, { cookie });
      w.kill();
      await new Promise((r) => w.once('exit', r));
      const b = await startServer('bare', e.target, 3902);
      const bare = await load(`http://127.0.0.1:3902/bare/organisations?scope=${encodeURIComponent(a.scope)}&region=${encodeURIComponent(a.region)}&type=social_service&page=${a.page}`, {});
      b.kill();
      await new Promise((r) => b.once('exit', r));
      rows.push(`| ${e.name} | ${a.label} | ${ours.rps.toFixed(0)} | ${ours.p50} | ${ours.p99} | ${ours.errors} | ${bare.rps.toFixed(0)} | ${bare.p99} | ${((ours.rps / bare.rps) * 100).toFixed(0)}% |`);
      console.error(rows.at(-1));
    }
  }
  rmSync(pgliteDir, { recursive: true, force: true });
  console.log(`\nOrganisation list, ${ORGS.toLocaleString('en')} organisations, ${CONNECTIONS} connections, ${SECONDS} s per run (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''})\n`);
  console.log('| database | actor | wushe req/s | wushe p50 ms | wushe p99 ms | wushe errors | bare req/s | bare p99 ms | wushe / bare |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}
