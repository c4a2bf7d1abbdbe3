// The demo register loads through the real import path: five departments' files, merged into one register whose
// size the generator's own truth bounds, with a short review queue and tasks for the demo street's staff.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type TestContext } from '../test/harness.js';
import { ORDOS_DIVISIONS } from './demo-city.js';
import { generateDemoRegistry } from './demo-registry.js';
import { seededRandom } from './random.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ organisations: 0, registry: true });
});
afterAll(async () => { await t?.close(); });

describe('demo base register', () => {
  it('is the same files on every run', () => {
    const a = generateDemoRegistry(seededRandom(7), ORDOS_DIVISIONS);
    const b = generateDemoRegistry(seededRandom(7), ORDOS_DIVISIONS);
    expect(a.map((f) => f.contentBase64)).toEqual(b.map((f) => f.contentBase64));
    expect(a.map((f) => f.department)).toEqual(['市场监督管理局', '民政局', '税务局', '人力资源和社会保障局', '总工会']);
  });

  it('keeps every source row with its provenance and merges them into a few hundred entries', async () => {
    const [imports] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from registry_imports`);
    expect(imports!.n).toBe(5);
    const [rows] = await queryRows<{ n: number; linked: number }>(t, sql`select count(*)::int as n, count(entity_id)::int as linked from registry_source_rows`);
    expect(rows!.linked).toBe(rows!.n);
    const [e] = await queryRows<{ n: number; conflict: number }>(t, sql`select count(*)::int as n, count(*) filter (where verification = 'conflict')::int as conflict from registry_entities where status = 'active'`);
    // 260 organisations were generated and nearly all are listed somewhere: an entry per organisation, plus at most
    // one extra per pair still waiting for a person; far fewer entries than rows
    const [q] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from registry_review_items where status = 'open'`);
    expect(e!.n).toBeGreaterThanOrEqual(240);
    expect(e!.n).toBeLessThanOrEqual(260 + q!.n);
    expect(e!.n).toBeLessThan(rows!.n / 2);
    expect(e!.conflict).toBeGreaterThan(0);
    // a short queue: some, but within the 3% of entries
    expect(q!.n).toBeGreaterThan(0);
    expect(q!.n).toBeLessThanOrEqual(Math.floor(e!.n * 0.03));
  });

  it('gives the demo street staff a few tasks on entries of their street', async () => {
    const tasks = await queryRows<{ path: string; due: string; username: string }>(t, sql`
      select t.region_path as path, t.due_on::text as due, u.username from registry_tasks t join users u on u.id = t.assignee_id`);
    expect(tasks).toHaveLength(6);
    for (const x of tasks) expect(x).toMatchObject({ username: 'street', due: '2026-11-30' });
    expect(tasks.every((x) => x.path.includes('/150627100000/'))).toBe(true);
  });
});
