import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type TestContext } from '../test/harness.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext(); });
afterAll(async () => { await t?.close(); });

describe('demo needs and menu', () => {
  it('seeds 32 needs whose maintained counts equal a direct count at every level', async () => {
    const [n] = await queryRows<{ n: string }>(t, sql`select count(*) as n from needs`);
    expect(Number(n!.n)).toBe(32);
    const mismatches = await queryRows(t, sql`
      with direct as (
        select a.path as region_path, n.status, count(*) as n from needs n join regions a on n.region_path like a.path || '%' group by a.path, n.status
      ), kept as (select region_path, status, sum(n) as n from need_status_counts group by region_path, status having sum(n) <> 0)
      select * from direct full join kept using (region_path, status) where direct.n is distinct from kept.n`);
    expect(mismatches).toEqual([]);
  });

  it('seeds Licang-like menu: 170 items in 5 classes, with orders at each stage', async () => {
    const classes = await queryRows<{ c: string; n: string }>(t, sql`select catalogue_class as c, count(*) as n from catalogue_items group by 1 order by 1`);
    expect(classes.map((r) => r.c)).toEqual(['assistance', 'children_family', 'culture_education', 'elderly_disability', 'governance_volunteering']);
    expect(classes.reduce((s, r) => s + Number(r.n), 0)).toBe(170);
    const orders = await queryRows<{ status: string }>(t, sql`select status from catalogue_orders order by status`);
    expect(orders.map((o) => o.status)).toEqual(['accepted', 'declined', 'placed', 'placed', 'rated', 'rated']);
  });

  it('every need the street official sees lies under 阿勒腾席热镇', async () => {
    const street = await t.login('street');
    const list = (await street.get('/api/needs?pageSize=200')).json();
    const [oracle] = await queryRows<{ n: string }>(t, sql`select count(*) as n from needs where region_code like '150627100%'`);
    expect(list.total).toBe(Number(oracle!.n));
    expect(list.items.every((n: { regionCode: string }) => n.regionCode.startsWith('150627100'))).toBe(true);
  });
});
