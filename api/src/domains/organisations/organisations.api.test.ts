import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let street: Session;
beforeAll(async () => {
  t = await createTestContext();
  street = await t.login('street');
});
afterAll(async () => { await t?.close(); });

const valid = {
  name: '阿勒腾席热镇暖阳社会工作服务中心', creditCode: '52150627MA0000000X', type: 'social_service', serviceDomains: ['elderly', 'meal_aid'],
  isHub: false, isBrand: true, registrationRegionCode: '150627100000', operatingRegionCode: '150627100003', legalRepresentative: '王丽',
  phone: '138-1234-5678', address: '王府路18号', foundedOn: '2019-05-20', grade: '3A', gradeValidUntil: '2027-12-31',
};

describe('organisation register', () => {
  let id = '';

  it('explains a wrong check character precisely, then registers the fixed code', async () => {
    const bad = await street.post('/api/organisations', valid);
    expect(bad.statusCode).toBe(400);
    // 52150627MA0000000 → check character computed by hand with the GB 32100 weights: sum mod 31 = 25 → 31-25 = 6.
    expect(bad.json()).toMatchObject({ code: 'CREDIT_CODE_INVALID', errors: [{ path: 'creditCode', message: '统一社会信用代码（creditCode）第18位校验码应为6' }] });
    const ok = await street.post('/api/organisations', { ...valid, creditCode: '52150627MA00000006' });
    expect(ok.statusCode).toBe(200);
    id = ok.json().id;
    expect(ok.json()).toMatchObject({ phone: '138****5678', operatingRegionName: '王府路社区居委会', status: 'active', version: 1 });
  });

  it('finds it by its traditional-character name, by code and by exact phone', async () => {
    const byTraditional = await street.get(`/api/organisations?q=${encodeURIComponent('暖陽社會工作服務中心')}`);
    expect(byTraditional.json().items.map((o: { id: string }) => o.id)).toEqual([id]);
    expect((await street.get('/api/organisations?q=52150627ma00000006')).json().total).toBe(1);
    expect((await street.get(`/api/organisations?q=${encodeURIComponent('13812345678')}`)).json().items[0].id).toBe(id);
  });

  it('refuses a duplicate credit code and a region outside the jurisdiction', async () => {
    const dup = await street.post('/api/organisations', { ...valid, name: '另一个名字服务中心', creditCode: '52150627MA00000006' });
    expect(dup.json().code).toBe('DUPLICATE_CREDIT_CODE');
    const outside = await street.post('/api/organisations', { ...valid, creditCode: null, type: 'community_filed', operatingRegionCode: '150602001001' });
    expect(outside.json()).toMatchObject({ code: 'REGION_OUT_OF_SCOPE', errors: [{ path: 'operatingRegionCode' }] });
  });

  it('edits with optimistic locking and audits the diff', async () => {
    const ok = await street.patch(`/api/organisations/${id}`, { version: 1, address: '王府路20号' });
    expect(ok.json()).toMatchObject({ address: '王府路20号', version: 2 });
    const stale = await street.patch(`/api/organisations/${id}`, { version: 1, address: '王府路22号' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const log = await street.get(`/api/audit/operations?action=organisations.update`);
    expect(log.json().items[0].diff).toEqual({ before: { address: '王府路18号' }, after: { address: '王府路20号' } });
  });

  it('unmasks the phone only with pii:view, and audits each reveal', async () => {
    expect((await street.get(`/api/organisations/${id}/pii/phone`)).statusCode).toBe(403);
    const city = await t.login('city');
    const reveal = await city.get(`/api/organisations/${id}/pii/phone`);
    expect(reveal.json()).toEqual({ value: '13812345678' });
    const log = await city.get('/api/audit/operations?action=pii.view');
    expect(log.json().items[0]).toMatchObject({ action: 'pii.view', entityId: id });
  });

  it('deactivates once', async () => {
    const res = await street.post(`/api/organisations/${id}/deactivate`);
    expect(res.json().status).toBe('inactive');
    expect((await street.post(`/api/organisations/${id}/deactivate`)).json().code).toBe('ORGANISATION_INACTIVE');
    expect((await street.get('/api/organisations?status=inactive')).json().items.map((o: { id: string }) => o.id)).toContain(id);
  });

  it('filters by region, type and domain inside the scope', async () => {
    const res = await street.get('/api/organisations?regionCode=150627100001&pageSize=200');
    const items = res.json().items as { operatingRegionCode: string; registrationRegionCode: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const o of items) expect([o.operatingRegionCode, o.registrationRegionCode].some((c) => c.startsWith('150627100001'))).toBe(true);
    const filed = (await street.get('/api/organisations?type=community_filed&pageSize=200')).json();
    expect(filed.items.every((o: { type: string }) => o.type === 'community_filed')).toBe(true);
    const elderly = (await street.get('/api/organisations?domain=elderly&pageSize=200')).json();
    expect(elderly.items.every((o: { serviceDomains: string[] }) => o.serviceDomains.includes('elderly'))).toBe(true);
  });

  it('rejects malformed input by schema with field paths', async () => {
    const res = await street.post('/api/organisations', { ...valid, type: 'club', foundedOn: '2019/05/20', extra: true });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['extra', 'foundedOn', 'type']);
    expect((await street.get('/api/organisations/not-a-uuid')).statusCode).toBe(400);
    expect((await street.get('/api/organisations?pageSize=100000')).json().code).toBe('VALIDATION_FAILED');
  });
});
