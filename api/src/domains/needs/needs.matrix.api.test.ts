import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_KEYS } from '@wushe/common';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

/**
 * Every route of the needs and catalogue domains × every role. The expected statuses are written out by hand from
 * the role table (docs/needs.md) and the demo anchors: a 403 is a missing permission, a 404 a record outside the
 * scope, a 400/409 a permitted call refused by a rule (version 999 never matches, so nothing changes).
 * Order: admin city banner street community grid org1 socialworker volunteer resident expert instructor.
 */
const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;

let t: TestContext;
const s = new Map<string, Session>();
const id: Record<string, string> = {};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const need = { title: '楼道照明不足', description: '平安社区5号楼楼道灯坏了，老人晚上上下楼不安全。', category: 'environment', regionCode: '150627100001', source: 'resident_order', urgency: 'normal', peopleAffected: 12 };

beforeAll(async () => {
  t = await createTestContext({ organisations: 20 });
  for (const u of USERS) s.set(u, await t.login(u));
  const resident = s.get('resident')!;
  const admin = s.get('admin')!;
  id.need = (await resident.post('/api/needs', need)).json().need.id;
  id.attachment = (await resident.post(`/api/needs/${id.need}/attachments?name=a.png`, PNG, { 'content-type': 'application/octet-stream' })).json().attachments[0].id;
  id.expert = (await admin.get('/api/needs/assessors')).json().find((a: { role: string }) => a.role === 'expert').id;
  await admin.post(`/api/needs/${id.need}/assign`, { assessorIds: [id.expert], version: 2 });
  id.item = (await s.get('org1')!.post('/api/catalogue/items', { catalogueClass: 'governance_volunteering', category: 'volunteering', title: '志愿服务培训', content: '为社区志愿者开展服务技能培训。', regionCodes: ['150627000000'], priceFen: 0, monthlyCapacity: 100 })).json().id;
  id.order = (await resident.post('/api/catalogue/orders', { itemId: id.item, regionCode: '150627100001', note: '想参加志愿者培训', contactName: '周桂兰', contactPhone: '13947701234' })).json().id;
}, 180_000);
afterAll(async () => { await t?.close(); });

const order = (itemId: string) => ({ itemId, regionCode: '150627100001', note: '矩阵测试点单', contactName: '测试', contactPhone: '13800000000' });
const routes: { method: string; url: string; call: (x: Session) => Promise<{ statusCode: number }>; expect: string }[] = [
  { method: 'GET', url: '/api/needs', call: (x) => x.get('/api/needs'), expect: '200 200 200 200 200 200 200 200 403 200 200 200' },
  { method: 'GET', url: '/api/needs/export.xlsx', call: (x) => x.get('/api/needs/export.xlsx'), expect: '200 200 200 200 200 403 403 403 403 403 403 403' },
  { method: 'GET', url: '/api/needs/status-counts', call: (x) => x.get('/api/needs/status-counts'), expect: '200 200 200 200 200 200 200 200 403 200 200 200' },
  { method: 'GET', url: '/api/needs/assessors', call: (x) => x.get('/api/needs/assessors'), expect: '200 200 200 200 403 403 403 403 403 403 403 403' },
  { method: 'GET', url: '/api/needs/my-assessments', call: (x) => x.get('/api/needs/my-assessments'), expect: '200 403 403 403 403 403 200 403 403 403 200 403' },
  { method: 'POST', url: '/api/needs', call: (x) => x.post('/api/needs', need), expect: '200 200 200 200 200 400 403 200 403 200 403 403' },
  { method: 'GET', url: '/api/needs/{id}', call: (x) => x.get(`/api/needs/${id.need}`), expect: '200 200 200 200 200 404 404 200 403 200 200 404' },
  { method: 'GET', url: '/api/needs/{id}/similar', call: (x) => x.get(`/api/needs/${id.need}/similar`), expect: '200 200 200 200 200 404 404 200 403 200 200 404' },
  { method: 'POST', url: '/api/needs/{id}/attachments', call: (x) => x.post(`/api/needs/${id.need}/attachments?name=x.png`, Buffer.from('not an image'), { 'content-type': 'application/octet-stream' }), expect: '400 400 400 400 400 404 403 400 403 400 403 403' },
  { method: 'GET', url: '/api/needs/{id}/attachments/{attachmentId}', call: (x) => x.get(`/api/needs/${id.need}/attachments/${id.attachment}`), expect: '200 200 200 200 200 404 404 200 403 200 200 404' },
  { method: 'POST', url: '/api/needs/{id}/merge', call: (x) => x.post(`/api/needs/${id.need}/merge`, { intoId: id.need, version: 999 }), expect: '409 409 409 409 409 403 403 403 403 403 403 403' },
  { method: 'POST', url: '/api/needs/{id}/assign', call: (x) => x.post(`/api/needs/${id.need}/assign`, { assessorIds: [id.expert], version: 999 }), expect: '409 409 409 409 403 403 403 403 403 403 403 403' },
  { method: 'POST', url: '/api/needs/{id}/decision', call: (x) => x.post(`/api/needs/${id.need}/decision`, { decision: 'reject', reason: '矩阵测试', version: 999 }), expect: '409 409 409 409 403 403 403 403 403 403 403 403' },
  // Writes: only the assigned expert's assessment goes through.
  { method: 'POST', url: '/api/needs/{id}/assessment', call: (x) => x.post(`/api/needs/${id.need}/assessment`, { importance: 3, urgency: 3, feasibility: 4, comment: '矩阵测试评估' }), expect: '404 403 403 403 403 403 404 403 403 403 200 403' },
  { method: 'GET', url: '/api/public/catalogue', call: (x) => x.get('/api/public/catalogue'), expect: '200 200 200 200 200 200 200 200 200 200 200 200' },
  { method: 'GET', url: '/api/public/catalogue/{id}', call: (x) => x.get(`/api/public/catalogue/${id.item}`), expect: '200 200 200 200 200 200 200 200 200 200 200 200' },
  { method: 'GET', url: '/api/catalogue/items', call: (x) => x.get('/api/catalogue/items'), expect: '200 403 403 403 403 403 200 403 403 403 403 403' },
  // The platform admin belongs to no organisation, so it cannot publish items itself.
  { method: 'POST', url: '/api/catalogue/items', call: (x) => x.post('/api/catalogue/items', { catalogueClass: 'assistance', category: 'social_assistance', title: '矩阵测试项目', content: '矩阵测试项目内容', regionCodes: ['150627000000'], priceFen: 1000, monthlyCapacity: 5 }), expect: '403 403 403 403 403 403 200 403 403 403 403 403' },
  { method: 'GET', url: '/api/catalogue/items/{id}', call: (x) => x.get(`/api/catalogue/items/${id.item}`), expect: '200 403 403 403 403 403 200 403 403 403 403 403' },
  { method: 'PATCH', url: '/api/catalogue/items/{id}', call: (x) => x.patch(`/api/catalogue/items/${id.item}`, { version: 999, title: '改名' }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  { method: 'POST', url: '/api/catalogue/items/{id}/withdraw', call: (x) => x.post(`/api/catalogue/items/${id.item}/withdraw`, { version: 999 }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  { method: 'POST', url: '/api/catalogue/items/{id}/publish', call: (x) => x.post(`/api/catalogue/items/${id.item}/publish`, { version: 999 }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  { method: 'GET', url: '/api/catalogue/orders', call: (x) => x.get('/api/catalogue/orders'), expect: '200 200 200 200 200 403 200 403 403 200 403 403' },
  { method: 'POST', url: '/api/catalogue/orders', call: (x) => x.post('/api/catalogue/orders', order(id.item!)), expect: '200 403 403 403 200 403 403 403 403 200 403 403' },
  { method: 'GET', url: '/api/catalogue/orders/{id}', call: (x) => x.get(`/api/catalogue/orders/${id.order}`), expect: '200 200 200 200 200 403 200 403 403 200 403 403' },
  { method: 'POST', url: '/api/catalogue/orders/{id}/accept', call: (x) => x.post(`/api/catalogue/orders/${id.order}/accept`, { version: 999 }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  { method: 'POST', url: '/api/catalogue/orders/{id}/decline', call: (x) => x.post(`/api/catalogue/orders/${id.order}/decline`, { version: 999, note: '矩阵' }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  { method: 'POST', url: '/api/catalogue/orders/{id}/deliver', call: (x) => x.post(`/api/catalogue/orders/${id.order}/deliver`, { version: 999 }), expect: '409 403 403 403 403 403 409 403 403 403 403 403' },
  // Only the orderer (the resident) may cancel or rate; others holding the permission get 403.
  { method: 'POST', url: '/api/catalogue/orders/{id}/cancel', call: (x) => x.post(`/api/catalogue/orders/${id.order}/cancel`, { version: 999 }), expect: '403 403 403 403 403 403 403 403 403 409 403 403' },
  { method: 'POST', url: '/api/catalogue/orders/{id}/rate', call: (x) => x.post(`/api/catalogue/orders/${id.order}/rate`, { version: 999, rating: 5, comment: '' }), expect: '403 403 403 403 403 403 403 403 403 409 403 403' },
];

describe('needs and catalogue permission matrix', () => {
  it('covers all twelve roles', () => expect(USERS).toHaveLength(ROLE_KEYS.length));
  for (const r of routes) {
    it(`${r.method} ${r.url}`, async () => {
      const got: string[] = [];
      for (const u of USERS) got.push(String((await r.call(s.get(u)!)).statusCode));
      expect(got.join(' ')).toBe(r.expect);
    });
  }
  it('the public catalogue answers without a session; the rest asks for one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/catalogue' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/needs' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalogue/orders' })).statusCode).toBe(401);
  });
  it('lists every OpenAPI path of the needs and catalogue prefixes', async () => {
    const spec = (await s.get('admin')!.get('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths)
      .filter(([p]) => /^\/api\/(needs|catalogue|public\/catalogue)(\/|$)/.test(p))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual(routes.map((r) => `${r.method} ${r.url}`).sort());
  });
});
