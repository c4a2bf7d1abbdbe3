import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { findAcceptedNeeds, markNeedsInCall } from './index.js';

let t: TestContext;
let resident: Session, community: Session, street: Session, city: Session, expert: Session, grid: Session;
beforeAll(async () => {
  t = await createTestContext({ organisations: 20 });
  // Start from an empty needs list and menu: the expectations below are worked out from this file's own records.
  // Start from no needs or menu (the demo seed fills them). DELETE, not TRUNCATE: fund_projects holds a foreign key to needs.
  for (const table of ['need_events', 'need_assessments', 'need_attachments', 'need_status_counts', 'catalogue_order_events', 'catalogue_orders', 'catalogue_items', 'needs']) {
    await t.database.db.execute(sql.raw(`delete from ${table}`));
  }
  [resident, community, street, city, expert, grid] = await Promise.all(['resident', 'community', 'street', 'city', 'expert', 'grid'].map((u) => t.login(u))) as [Session, Session, Session, Session, Session, Session];
});
afterAll(async () => { await t?.close(); });

const order = {
  title: '小区老人吃饭难', description: '平安社区独居老人多，子女不在身边，希望开设老年助餐点，解决午餐问题。', category: 'meal_aid',
  regionCode: '150627100001', source: 'resident_order', urgency: 'urgent', peopleAffected: 30, contactName: '周桂兰', contactPhone: '139 4770 1234',
};
const ids: Record<string, string> = {};

describe('needs list (需求清单)', () => {
  it('a resident orders from the phone: numbered, phone masked, own list only', async () => {
    const res = await resident.post('/api/needs', order);
    expect(res.statusCode).toBe(200);
    const { need, similar } = res.json();
    expect(need).toMatchObject({ number: 'XQ20261123-0001', status: 'submitted', contactPhone: '139****1234', regionName: '平安社区居委会', requestCount: 1 });
    expect(similar).toEqual([]);
    ids.resident = need.id;
    // Residents may only say where they live, and only as 居民点单.
    expect((await resident.post('/api/needs', { ...order, source: 'household_visit' })).json().errors[0].path).toBe('source');
    expect((await resident.post('/api/needs', { ...order, regionCode: '150627100002' })).json().code).toBe('REGION_OUT_OF_SCOPE');
  });

  it('suggests the resident\'s need when the worker records the same in traditional characters, and merges it', async () => {
    const res = await community.post('/api/needs', { ...order, title: '小區老人吃飯難', description: '獨居老人多，希望開設老年助餐點，解決午餐問題。', source: 'household_visit', contactPhone: null });
    expect(res.json().need.number).toBe('XQ20261123-0002');
    expect(res.json().similar.map((s: { id: string }) => s.id)).toEqual([ids.resident]);
    ids.worker = res.json().need.id;
    const merged = await community.post(`/api/needs/${ids.worker}/merge`, { intoId: ids.resident, version: 1 });
    expect(merged.json()).toMatchObject({ id: ids.resident, requestCount: 2 });
    const again = await community.post(`/api/needs/${ids.worker}/merge`, { intoId: ids.resident, version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NEED_TRANSITION_INVALID');
    // The resident sees only their own need.
    expect((await resident.get('/api/needs')).json().items.map((n: { id: string }) => n.id)).toEqual([ids.resident]);
  });

  it('a grid head records one from the street; a different category is no duplicate', async () => {
    const res = await grid.post('/api/needs', { ...order, title: '路灯损坏', description: '平安社区3号楼前路灯坏了一个月，晚上老人出行不安全。', category: 'environment', regionCode: '150627100001G01', source: 'grid_patrol', contactPhone: null });
    expect(res.json().need).toMatchObject({ regionCode: '150627100001G01', source: 'grid_patrol' });
    expect(res.json().similar).toEqual([]);
    ids.grid = res.json().need.id;
  });

  it('a street official never sees another street\'s needs', async () => {
    const other = await city.post('/api/needs', { ...order, regionCode: '150602001001', source: 'questionnaire', contactPhone: null });
    expect(other.statusCode).toBe(200);
    ids.other = other.json().need.id;
    const list = (await street.get('/api/needs?pageSize=200')).json();
    expect(list.items.map((n: { id: string }) => n.id)).not.toContain(ids.other);
    expect(list.total).toBe(3);
    expect((await street.get(`/api/needs/${ids.other}`)).statusCode).toBe(404);
    expect((await street.get(`/api/needs?regionCode=150602001001`)).json().total).toBe(0);
    expect((await city.get('/api/needs')).json().total).toBe(4);
  });

  it('counts by status per region from the maintained table, matching a direct count', async () => {
    const counts = (await street.get('/api/needs/status-counts')).json();
    expect(counts.total).toEqual({ submitted: 2, merged: 1 });
    expect(counts.children).toEqual([{ regionCode: '150627100001', regionName: '平安社区居委会', counts: { submitted: 2, merged: 1 } }]);
    const oracle = await queryRows<{ status: string; n: string }>(t, sql`select status, count(*) as n from needs where region_path like '%/150627100000/%' group by status order by status`);
    expect(oracle.map((r) => [r.status, Number(r.n)])).toEqual([['merged', 1], ['submitted', 2]]);
    const cityCounts = (await city.get('/api/needs/status-counts')).json();
    expect(cityCounts.total).toEqual({ submitted: 3, merged: 1 });
    expect((await resident.get('/api/needs/status-counts')).json().total).toEqual({ submitted: 1 });
    expect((await street.get('/api/needs?status=submitted&category=meal_aid')).json().total).toBe(1);
  });

  it('filters by source and text, and pages by cursor', async () => {
    expect((await street.get('/api/needs?source=grid_patrol')).json().items.map((n: { id: string }) => n.id)).toEqual([ids.grid]);
    expect((await street.get(`/api/needs?q=${encodeURIComponent('路燈')}`)).json()).toMatchObject({ total: 1, totalIsLowerBound: false });
    const p1 = (await street.get('/api/needs?pageSize=2')).json();
    expect(p1.items).toHaveLength(2);
    const p2 = (await street.get(`/api/needs?pageSize=2&after=${p1.nextCursor}`)).json();
    expect(p2.items).toHaveLength(1);
    expect(p2.nextCursor).toBeNull();
  });

  it('stores photos checked by content, and serves them only in scope', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const up = await resident.post(`/api/needs/${ids.resident}/attachments?name=${encodeURIComponent('现场.png')}`, png, { 'content-type': 'application/octet-stream' });
    expect(up.statusCode).toBe(200);
    const att = up.json().attachments[0];
    expect(att).toMatchObject({ name: '现场.png', mime: 'image/png', size: 108 });
    const fake = await resident.post(`/api/needs/${ids.resident}/attachments?name=a.png`, Buffer.from('<html>not an image</html>'), { 'content-type': 'application/octet-stream' });
    expect(fake.json()).toMatchObject({ code: 'ATTACHMENT_INVALID', errors: [{ path: 'file' }] });
    const dl = await community.get(`/api/needs/${ids.resident}/attachments/${att.id}`);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.rawPayload.equals(png)).toBe(true);
    expect((await grid.get(`/api/needs/${ids.other}/attachments/${att.id}`)).statusCode).toBe(404);
  });

  it('exports the filtered list to Excel with masked phones', async () => {
    const res = await street.get('/api/needs/export.xlsx?status=submitted');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.getWorksheet('需求清单')!;
    expect(ws.getRow(2).getCell(1).value).toBe('需求编号');
    const numbers = [3, 4].map((r) => ws.getRow(r).getCell(1).value).sort();
    expect(numbers).toEqual(['XQ20261123-0001', 'XQ20261123-0003']);
    const phones = [3, 4].map((r) => ws.getRow(r).getCell(13).value);
    expect(phones).toContain('139****1234');
    expect(ws.rowCount).toBe(4);
  });
});

describe('评榜 assessment', () => {
  it('experts see nothing until assigned, then only what is assigned', async () => {
    expect((await expert.get('/api/needs')).json().total).toBe(0);
    expect((await expert.get(`/api/needs/${ids.resident}`)).statusCode).toBe(404);
    const assessors = (await street.get('/api/needs/assessors')).json();
    const guo = assessors.find((a: { displayName: string }) => a.displayName === '郭教授（评估专家）');
    const bad = await street.post(`/api/needs/${ids.resident}/assign`, { assessorIds: [ids.grid], version: 2 });
    expect(bad.json()).toMatchObject({ code: 'NEED_ASSESSOR_INVALID', errors: [{ path: 'assessorIds[0]' }] });
    const ok = await street.post(`/api/needs/${ids.resident}/assign`, { assessorIds: [guo.id], version: 3 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().need.status).toBe('assessing');
    expect((await expert.get('/api/needs')).json().items.map((n: { id: string }) => n.id)).toEqual([ids.resident]);
    expect((await expert.get('/api/needs/my-assessments')).json()).toMatchObject([{ needId: ids.resident, status: 'assigned' }]);
  });

  it('the expert scores once; the official sees the suggested priority and decides', async () => {
    const scored = await expert.post(`/api/needs/${ids.resident}/assessment`, { importance: 5, urgency: 4, feasibility: 4, comment: '独居老人多，助餐需求迫切，场地可用社区活动室。' });
    expect(scored.json().assessments[0]).toMatchObject({ status: 'submitted', importance: 5 });
    const twice = await expert.post(`/api/needs/${ids.resident}/assessment`, { importance: 1, urgency: 1, feasibility: 1, comment: '改分' });
    expect(twice.json().code).toBe('ASSESSMENT_TRANSITION_INVALID');
    const detail = (await street.get(`/api/needs/${ids.resident}`)).json();
    // 0.4·5 + 0.4·4 + 0.2·4 = 4.4 → priority 1
    expect(detail.suggestion).toEqual({ importance: 5, urgency: 4, feasibility: 4, priority: 1, count: 1 });
    const noPriority = await street.post(`/api/needs/${ids.resident}/decision`, { decision: 'accept', version: 4 });
    expect(noPriority.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'priority' }] });
    const accepted = await street.post(`/api/needs/${ids.resident}/decision`, { decision: 'accept', priority: 1, version: 4 });
    expect(accepted.json().need).toMatchObject({ status: 'accepted', priority: 1 });
    expect(accepted.json().timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'absorb', 'assign', 'score', 'accept']);
    const again = await street.post(`/api/needs/${ids.resident}/decision`, { decision: 'reject', reason: '重复', version: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NEED_TRANSITION_INVALID');
    const log = (await street.get('/api/audit/operations?action=needs.accept')).json();
    expect(log.items[0].entityId).toBe(ids.resident);
  });

  it('a rejection shows its reason to the requester', async () => {
    const noReason = await street.post(`/api/needs/${ids.grid}/decision`, { decision: 'reject', version: 1 });
    expect(noReason.json().errors[0].path).toBe('reason');
    await street.post(`/api/needs/${ids.grid}/decision`, { decision: 'answer', reason: '已转住建部门，路灯将于本周内修复。', version: 1 });
    const seen = (await grid.get(`/api/needs/${ids.grid}`)).json();
    expect(seen.need).toMatchObject({ status: 'answered', decisionReason: '已转住建部门，路灯将于本周内修复。' });
  });

  it('hands accepted needs to the calls domain: accepted → in_call, and only once', async () => {
    const actor = { userId: 'x', username: 'street', displayName: '张海军', role: 'street_official' as const, dataScope: 'region_and_below' as const, permissions: new Set<never>(), regionCode: '150627100000', regionPath: '/150000000000/150600000000/150627000000/150627100000/', customRegionPaths: [], organisationId: null };
    const found = await t.deps.db.transaction((tx) => findAcceptedNeeds(tx, actor, [ids.resident!]));
    expect(found.map((n) => n.status)).toEqual(['accepted']);
    await expect(t.deps.db.transaction((tx) => findAcceptedNeeds(tx, actor, [ids.other!]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.deps.db.transaction((tx) => findAcceptedNeeds(tx, actor, [ids.grid!]))).rejects.toMatchObject({ code: 'NEED_NOT_ACCEPTED' });
    await t.deps.db.transaction((tx) => markNeedsInCall(tx, [ids.resident!], { ctx: { actor: null, ip: '', requestId: 't' }, clock: t.clock, note: '纳入发榜：老年助餐' }));
    expect((await street.get(`/api/needs/${ids.resident}`)).json().need.status).toBe('in_call');
    await expect(t.deps.db.transaction((tx) => markNeedsInCall(tx, [ids.resident!]))).rejects.toMatchObject({ code: 'NEED_NOT_ACCEPTED' });
    expect((await street.get('/api/needs/status-counts')).json().total).toEqual({ in_call: 1, merged: 1, answered: 1 });
  });
});
