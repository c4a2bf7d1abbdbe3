import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { insertNeeds } from './testing/needs-fixture.js';

let t: TestContext;
let city: Session;
let community: Session;
let street: Session;
let needIds: string[];
let orgIds: string[];

beforeAll(async () => {
  t = await createTestContext();
  [city, community, street] = await Promise.all([t.login('city'), t.login('community'), t.login('street')]);
  needIds = await insertNeeds(t, [
    { title: '独居老人上门探访', category: 'elderly', regionCode: '150627100001' },
    { title: '老年人健康讲座', category: 'elderly', regionCode: '150627100001' },
    { title: '高龄老人助浴', category: 'elderly', regionCode: '150627100001' },
    { title: '未评榜的需求', category: 'elderly', regionCode: '150627100001', status: 'submitted' },
  ]);
  const orgs = await queryRows<{ id: string }>(t, sql`select id from organisations where status = 'active' and 'elderly' = any(service_domains)
    and operating_region_path like '/150000000000/150600000000/150627000000/150627100000/%' order by id limit 3`);
  orgIds = orgs.map((o) => o.id);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('candidates for one need', () => {
  it('ranks only organisations that fit, best first, each score the sum of its explained contributions', async () => {
    const res = await community.get(`/api/matching/needs/${needIds[0]}/candidates`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.need.title).toBe('独居老人上门探访');
    expect(body.ranked.length).toBeGreaterThan(0);
    for (const [i, c] of body.ranked.entries()) {
      expect(c.terms.map((x: { term: string }) => x.term)).toEqual(['domain', 'distance', 'capacity', 'track', 'standing']);
      expect(c.terms.reduce((s: number, x: { contribution: number }) => s + x.contribution, 0)).toBeCloseTo(c.score, 12);
      if (i > 0) expect(body.ranked[i - 1].score).toBeGreaterThanOrEqual(c.score);
    }
    // The community worker's scope is 平安社区: every candidate works there, so nearness is "same community".
    const orgs = body.ranked.filter((c: { kind: string }) => c.kind === 'organisation');
    expect(orgs.length).toBeGreaterThan(0);
    for (const c of orgs) expect(c.terms[1]).toMatchObject({ value: 1, reason: '同一社区' });
    // Menu services are ranked too, by the regions they serve: the demo menu serves whole banners (同一旗区, 0.5).
    const items = body.ranked.filter((c: { kind: string }) => c.kind === 'catalogue_item');
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) expect(c.terms[1]).toMatchObject({ value: 0.5, reason: '同一旗区' });
    // Inactive elderly-care organisations in scope are listed as "why not", never ranked.
    const inactive = await queryRows<{ id: string }>(t, sql`select id from organisations where status = 'inactive' and 'elderly' = any(service_domains)
      and operating_region_path like '/150000000000/150600000000/150627000000/150627100000/150627100001/%'`);
    for (const o of inactive) expect(body.excluded.find((e: { id: string }) => e.id === o.id)?.reasons[0].code).toBe('INACTIVE');
  });

  it('answers 404 for a need outside the scope, like a missing one', async () => {
    const [other] = await insertNeeds(t, [{ title: '他镇需求', category: 'elderly', regionCode: '150627102013' }]);
    expect((await community.get(`/api/matching/needs/${other}/candidates`)).statusCode).toBe(404);
    expect((await city.get(`/api/matching/needs/${other}/candidates`)).statusCode).toBe(200);
  });
});

describe('per-city weights', () => {
  it('a city official changes the weights; candidates then follow them', async () => {
    const put = await city.put('/api/matching/weights/150600000000', { domain: 0, distance: 1, capacity: 0, track: 0, standing: 0 });
    expect(put.statusCode).toBe(200);
    const body = (await community.get(`/api/matching/needs/${needIds[0]}/candidates`)).json();
    expect(body.weights.distance).toBe(1);
    // Only nearness counts: organisations of 平安社区 score 1, banner-wide menu services 0.5.
    for (const c of body.ranked) expect(c.score).toBeCloseTo(c.kind === 'organisation' ? 1 : 0.5, 12);
    const audit = await queryRows(t, sql`select 1 from audit_log where action = 'matching.weights'`);
    expect(audit).toHaveLength(1);
    expect((await city.put('/api/matching/weights/150600000000', { domain: 30, distance: 25, capacity: 15, track: 20, standing: 10 })).statusCode).toBe(200);
  });
  it('refuses weights that sum to zero, naming the field', async () => {
    const res = await city.put('/api/matching/weights/150600000000', { domain: 0, distance: 0, capacity: 0, track: 0, standing: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('weights');
  });
});

describe('matchmaking fair', () => {
  const fair = () => ({ needIds: needIds.slice(0, 3), organisationIds: orgIds, capacityPerOrganisation: 3, minScore: 0 });

  it('with 资源限流 at 1, finds the assignment a brute force over every possibility finds', async () => {
    const res = await street.post('/api/matching/fairs/preview', { ...fair(), capPerOrganisation: 1 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Oracle: scores from the candidates endpoint, best total over all injective need → organisation maps.
    const score = new Map<string, number>();
    for (const n of needIds.slice(0, 3)) {
      for (const c of (await street.get(`/api/matching/needs/${n}/candidates`)).json().ranked) score.set(`${n}|${c.id}`, c.score);
    }
    let best = 0;
    const walk = (i: number, used: Set<string>, total: number) => {
      best = Math.max(best, total);
      if (i === 3) return;
      walk(i + 1, used, total);
      for (const o of orgIds) {
        const s = score.get(`${needIds[i]}|${o}`);
        if (s !== undefined && !used.has(o)) walk(i + 1, new Set([...used, o]), total + s);
      }
    };
    walk(0, new Set(), 0);
    expect(body.objective).toBeCloseTo(best, 9);
    const perOrg = new Map<string, number>();
    for (const a of body.assignments) perOrg.set(a.organisationId, (perOrg.get(a.organisationId) ?? 0) + 1);
    expect(Math.max(...perOrg.values())).toBe(1);
    expect(body.fairness.withCap.gini).toBeLessThanOrEqual(body.fairness.withoutCap.gini + 1e-12);
  });

  it('refuses a need that has not passed 评榜, naming which', async () => {
    const res = await street.post('/api/matching/fairs/preview', { ...fair(), needIds: [needIds[0], needIds[3]] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NEED_NOT_ACCEPTED', errors: [{ path: 'needIds[1]' }] });
  });

  it('honours a forbidden pair and a pin', async () => {
    const first = (await street.post('/api/matching/fairs/preview', fair())).json();
    const a = first.assignments[0];
    const res = (await street.post('/api/matching/fairs/preview', { ...fair(), forbidden: [{ needId: a.needId, organisationId: a.organisationId }] })).json();
    expect(res.assignments.find((x: { needId: string }) => x.needId === a.needId)?.organisationId).not.toBe(a.organisationId);
    const other = orgIds.find((o) => o !== a.organisationId)!;
    const pinned = (await street.post('/api/matching/fairs/preview', { ...fair(), pinned: [{ needId: a.needId, organisationId: other }] })).json();
    expect(pinned.assignments.find((x: { needId: string }) => x.needId === a.needId)?.organisationId).toBe(other);
  });

  it('confirms a fair, lists it and shows it up the region tree', async () => {
    const res = await street.post('/api/matching/fairs', { ...fair(), capPerOrganisation: 2, title: '2026年第四季度阿勒腾席热镇牵手计划' });
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    expect((await street.get('/api/matching/fairs')).json().map((f: { id: string }) => f.id)).toContain(id);
    expect((await city.get(`/api/matching/fairs/${id}`)).json().title).toBe('2026年第四季度阿勒腾席热镇牵手计划');
    const banner = await t.login('banner');
    expect((await banner.get(`/api/matching/fairs/${id}`)).statusCode).toBe(200);
    const [entry] = await queryRows<{ summary: string }>(t, sql`select summary from audit_log where action = 'matching.fair.confirm'`);
    expect(entry!.summary).toContain('2026年第四季度阿勒腾席热镇牵手计划');
  });
});

describe('track record and load from projects, 考榜 and the menu', () => {
  it('explains a candidate with its 考榜 score, menu capacity and open work, read straight from the tables', async () => {
    const [evaluated] = await queryRows<{ id: string; domain: string; region: string; score: string }>(t, sql`
      select o.id, o.service_domains[1] as domain, o.operating_region_code as region, avg(e.total_hundredths) as score
      from organisation_evaluations e join organisations o on o.id = e.organisation_id
      where o.status = 'active' group by o.id order by o.id limit 1`);
    expect(evaluated).toBeDefined();
    const [need] = await insertNeeds(t, [{ title: '考榜记录测试需求', category: evaluated!.domain, regionCode: evaluated!.region }]);
    const admin = await t.login('admin');
    const body = (await admin.get(`/api/matching/needs/${need}/candidates`)).json();
    const me = body.ranked.find((c: { id: string }) => c.id === evaluated!.id);
    expect(me).toBeDefined();
    const score = Math.round(Number(evaluated!.score)) / 100;
    expect(me.terms.find((x: { term: string }) => x.term === 'track').reason).toContain(`考榜${score}分`);
    const [cap] = await queryRows<{ n: string | null }>(t, sql`select sum(monthly_capacity) as n from catalogue_items where organisation_id = ${evaluated!.id} and status = 'published'`);
    const [open] = await queryRows<{ n: string }>(t, sql`select
      (select count(*) from projects where organisation_id = ${evaluated!.id} and status in ('contracted', 'in_delivery', 'delivered', 'evaluating'))
      + (select count(*) from catalogue_orders where organisation_id = ${evaluated!.id} and status in ('placed', 'accepted')) as n`);
    const capacity = me.terms.find((x: { term: string }) => x.term === 'capacity').reason;
    if (cap!.n === null) expect(capacity).toBe('未申报服务容量，按中等计');
    else expect(capacity).toContain(`在办${Number(open!.n)}项，容量${Number(cap!.n)}项`);
  });
});
