import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { newId, type NeedListQuery } from '@wushe/common';
import { fixedClock } from '../../api/src/platform/clock.js';
import { readConfig } from '../../api/src/platform/config.js';
import { createPiiCipher } from '../../api/src/platform/crypto/pii.js';
import { openDatabase } from '../../api/src/platform/db/client.js';
import { migrateDatabase } from '../../api/src/platform/db/migrate.js';
import type { AppDeps } from '../../api/src/platform/deps.js';
import type { Actor } from '../../api/src/platform/scope.js';
import { createNeed, listNeeds, statusCounts } from '../../api/src/domains/needs/needs.service.js';
import { loadNeeds, provinceTree } from './load.js';

const N = Number(process.env.BENCH_NEEDS ?? 1_000_000);
const ITER = Number(process.env.BENCH_ITER ?? 200);
const ADMIN_URL = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'wushe_bench_needs';

function actorAt(label: string, path: string, code: string): Actor {
  return {
    userId: newId(), username: label, displayName: label, role: 'street_official', dataScope: 'region_and_below', permissions: new Set(),
    regionCode: code, regionPath: path, customRegionPaths: [], organisationId: null,
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function time(iter: number, fn: (i: number) => Promise<unknown>, warmup = 10) {
  for (let i = 0; i < warmup; i++) await fn(i); // warm-up: every actor's region once, so p99 is not a cold disk read
  const xs: number[] = [];
  for (let i = 0; i < iter; i++) {
    const t = performance.now();
    await fn(i);
    xs.push(performance.now() - t);
  }
  return { p50: pct(xs, 50), p99: pct(xs, 99) };
}

/** `npm run bench -- needs`: the scoped, filtered needs list and status counts over 1,000,000 needs on PostgreSQL. */
export async function runNeedsBench(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const reuse = process.env.BENCH_REUSE === '1' && (await admin.query('select 1 from pg_database where datname = $1', [DB])).rowCount === 1;
  if (!reuse) {
    await admin.query(`drop database if exists ${DB} with (force)`);
    await admin.query(`create database ${DB}`);
  }
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', poolSize: 4 });
  const tree = provinceTree();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  if (!reuse) {
    await migrateDatabase(database);
    const t0 = Date.now();
    const r = tree.rows;
    await client.query(`insert into regions (code, parent_code, name, level, path) select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[])`,
      [r.map((x) => x.code), r.map((x) => x.parent), r.map((x) => x.name), r.map((x) => x.level), r.map((x) => x.path)]);
    await loadNeeds(client, N);
    await client.query('vacuum analyze');
    console.error(`  loaded ${r.length.toLocaleString()} regions and ${N.toLocaleString()} needs in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // The maintained counts must equal a direct count (checked for one county).
  const county = tree.rows.find((x) => x.code === tree.counties[37])!;
  const direct = await client.query(`select status, count(*)::int n from needs where region_path like $1 group by status order by status`, [`${county.path}%`]);
  const kept = await client.query(`select status, sum(n)::int n from need_status_counts where region_path = $1 group by status having sum(n) <> 0 order by status`, [county.path]);
  if (JSON.stringify(direct.rows) !== JSON.stringify(kept.rows)) throw new Error('status counts disagree with a direct count');
  await client.end();

  const deps: AppDeps = { db: database.db, dbKind: 'postgresql', clock: fixedClock(new Date('2026-11-23T02:00:00Z')), cipher: createPiiCipher(randomBytes(32)), config: { ...readConfig({}), isDemo: true } };
  const byLevel = (codes: string[]) => codes.map((c) => tree.rows.find((x) => x.code === c)!);
  const levels = [
    { label: 'street official', regions: byLevel(tree.streets.filter((_, i) => i % 24 === 0)) },
    { label: 'county official', regions: byLevel(tree.counties.filter((_, i) => i % 2 === 0)) },
    { label: 'province official', regions: [tree.rows[0]!] },
  ];
  const cases: { label: string; q: (i: number) => NeedListQuery }[] = [
    { label: 'list, no filter', q: () => ({}) },
    { label: 'list, status + category', q: (i) => ({ status: (['submitted', 'accepted', 'assessing'] as const)[i % 3], category: (['elderly', 'meal_aid', 'children', 'environment'] as const)[i % 4] }) },
    { label: 'list, source + text search', q: (i) => ({ source: 'grid_patrol', q: ['路灯', '助餐', '托管'][i % 3] }) },
  ];
  const rows: string[] = [];
  for (const lv of levels) {
    const actors = lv.regions.map((r) => actorAt(lv.label, r.path, r.code));
    for (const c of cases) {
      const r = await time(ITER, (i) => listNeeds(deps, actors[i % actors.length]!, { ...c.q(i), pageSize: 20 }), Math.max(10, actors.length));
      rows.push(`| ${lv.label} | ${c.label} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
    }
    // Second page by cursor, after the first.
    const page2 = await time(ITER, async (i) => {
      const a = actors[i % actors.length]!;
      const p1 = await listNeeds(deps, a, { status: 'submitted', pageSize: 20 });
      if (p1.nextCursor) await listNeeds(deps, a, { status: 'submitted', pageSize: 20, after: p1.nextCursor });
    }, Math.max(10, actors.length));
    rows.push(`| ${lv.label} | pages 1+2 by cursor, status filter | ${page2.p50.toFixed(1)} | ${page2.p99.toFixed(1)} |`);
    const counts = await time(ITER, (i) => statusCounts(deps, actors[i % actors.length]!, {}), Math.max(10, actors.length));
    rows.push(`| ${lv.label} | status counts, region + children | ${counts.p50.toFixed(1)} | ${counts.p99.toFixed(1)} |`);
    const catCounts = await time(ITER, (i) => statusCounts(deps, actors[i % actors.length]!, { category: 'elderly' }));
    rows.push(`| ${lv.label} | status counts, one category | ${catCounts.p50.toFixed(1)} | ${catCounts.p99.toFixed(1)} |`);
  }
  // The write side: recording a need keeps six count rows and the audit chain in the same transaction.
  const community = tree.rows.find((x) => x.level === 5 && x.code.startsWith(tree.streets[0]!.slice(0, 9)))!;
  const streetActor = actorAt('street official', tree.rows.find((x) => x.code === tree.streets[0])!.path, tree.streets[0]!);
  const ctx = { actor: streetActor, ip: '127.0.0.1', requestId: 'bench' };
  const write = await time(Math.min(ITER, 100), (i) => createNeed(deps, ctx, streetActor, {
    title: `基准写入需求${i}`, description: '基准测试：登记一条需求，含计数维护和审计。', category: 'elderly', regionCode: community.code, source: 'household_visit', urgency: 'normal', peopleAffected: 3,
  }));
  rows.push(`| street official | record a need (write, counts + audit) | ${write.p50.toFixed(1)} | ${write.p99.toFixed(1)} |`);
  await database.close();
  console.log(`\nneeds: ${N.toLocaleString()} needs, ${tree.rows.length.toLocaleString()} regions, PostgreSQL, ${ITER} runs per row (service call, no HTTP)\n`);
  console.log('| actor | query | p50 ms | p99 ms |\n| --- | --- | --- | --- |');
  console.log(rows.join('\n'));
}
