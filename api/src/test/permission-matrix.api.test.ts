import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ROLES, type Permission, type RoleKey } from '@wushe/common';
import { createTestContext, queryRows, type Session, type TestContext } from './harness.js';

/**
 * Walks every API route with every role. Expectations come from hand-written tables below, not from the
 * code under test: which roles hold which permission (the role table) and which demo records each role can
 * see (by statistical-code prefix, an independent reading of the region tree).
 */
const USER_OF: Record<RoleKey, string> = {
  platform_admin: 'admin', city_official: 'city', banner_official: 'banner', street_official: 'street', community_worker: 'community',
  grid_head: 'grid', org_staff: 'org1', social_worker: 'socialworker', volunteer: 'volunteer', resident: 'resident', expert: 'expert', party_instructor: 'instructor',
};

type Org = { id: string; name: string; registrationRegionCode: string; operatingRegionCode: string };
let org1Id = '';
/** Who sees an organisation, by code prefixes written out by hand from the demo accounts' anchors. */
function canSee(role: RoleKey, o: Org): boolean {
  const codes = [o.registrationRegionCode, o.operatingRegionCode];
  const under = (...prefixes: string[]) => codes.some((c) => prefixes.some((p) => c.startsWith(p)));
  switch (role) {
    case 'platform_admin': return true;
    case 'city_official': return under('1506');
    case 'banner_official': return under('150627');
    case 'street_official': return under('150627100');
    case 'community_worker': return under('150627100001');
    case 'grid_head': return under('150627100001G01');
    case 'org_staff': return o.id === org1Id;
    case 'social_worker': return under('150627100001', '150627100002');
    case 'expert': return under('150627', '150602');
    case 'party_instructor': return codes.includes('150627102000');
    default: return false;
  }
}
const has = (role: RoleKey, p: Permission) => ROLES.find((r) => r.key === role)!.permissions.includes(p);

let t: TestContext;
const sessions = new Map<RoleKey, Session>();
const all: Org[] = [];
let targets: Map<RoleKey, string>;

beforeAll(async () => {
  t = await createTestContext();
  for (const r of ROLES) sessions.set(r.key, await t.login(USER_OF[r.key]));
  const admin = sessions.get('platform_admin')!;
  for (let page = 1; ; page++) {
    const res = (await admin.get(`/api/organisations?pageSize=200&page=${page}`)).json();
    all.push(...res.items);
    if (all.length >= res.total) break;
  }
  org1Id = all.find((o) => o.name === '伊金霍洛旗阳光社会工作服务中心')!.id;
  // One organisation per role in 平安社区, so each role's deactivate acts on its own record.
  targets = new Map();
  for (const r of ROLES) {
    const res = await admin.post('/api/organisations', { name: `平安社区矩阵测试${r.key}队`, type: 'community_filed', registrationRegionCode: '150627100001', operatingRegionCode: '150627100001' });
    targets.set(r.key, res.json().id);
  }
}, 180_000);
afterAll(async () => { await t?.close(); });

const org1 = () => all.find((o) => o.id === org1Id)!;
const inPingan: Org = { id: 'x', name: '', registrationRegionCode: '150627100001', operatingRegionCode: '150627100001' };

/** Each route with the request to make and the status each role must get. */
const routes: { method: string; url: string; call: (s: Session, role: RoleKey) => Promise<{ statusCode: number }>; expect: (role: RoleKey) => number }[] = [
  { method: 'GET', url: '/api/health', call: (s) => s.get('/api/health'), expect: () => 200 },
  { method: 'GET', url: '/api/auth/me', call: (s) => s.get('/api/auth/me'), expect: () => 200 },
  { method: 'GET', url: '/api/dictionaries', call: (s) => s.get('/api/dictionaries'), expect: () => 200 },
  { method: 'GET', url: '/api/regions/children', call: (s) => s.get('/api/regions/children'), expect: (r) => (has(r, 'system:region:view') ? 200 : 403) },
  { method: 'GET', url: '/api/regions/search', call: (s) => s.get(`/api/regions/search?q=${encodeURIComponent('平安')}`), expect: (r) => (has(r, 'system:region:view') ? 200 : 403) },
  { method: 'GET', url: '/api/regions/{code}', call: (s) => s.get('/api/regions/150627100001'), expect: (r) => (!has(r, 'system:region:view') ? 403 : canSee(r, inPingan) ? 200 : 404) },
  { method: 'POST', url: '/api/regions/grids', call: (s, r) => s.post('/api/regions/grids', { parentCode: '150627100001', name: `矩阵网格${r}` }), expect: (r) => (!has(r, 'system:region:edit') ? 403 : canSee(r, inPingan) ? 200 : 404) },
  { method: 'PATCH', url: '/api/regions/grids/{code}', call: (s) => s.patch('/api/regions/grids/150627100001G02', { population: 3000 }), expect: (r) => (!has(r, 'system:region:edit') ? 403 : canSee(r, inPingan) ? 200 : 404) },
  { method: 'GET', url: '/api/organisations', call: (s) => s.get('/api/organisations'), expect: (r) => (has(r, 'organisations:org:view') ? 200 : 403) },
  { method: 'GET', url: '/api/organisations/{id}', call: (s) => s.get(`/api/organisations/${org1Id}`), expect: (r) => (!has(r, 'organisations:org:view') ? 403 : canSee(r, org1()) ? 200 : 404) },
  { method: 'GET', url: '/api/organisations/{id}/pii/phone', call: (s) => s.get(`/api/organisations/${org1Id}/pii/phone`), expect: (r) => (!has(r, 'pii:view') ? 403 : canSee(r, org1()) ? 200 : 404) },
  { method: 'POST', url: '/api/organisations', call: (s, r) => s.post('/api/organisations', { name: `平安社区矩阵新建${r}队`, type: 'community_filed', registrationRegionCode: '150627100001', operatingRegionCode: '150627100001' }), expect: (r) => (!has(r, 'organisations:org:create') ? 403 : canSee(r, inPingan) ? 200 : 400) },
  // version 999 never matches: a role that may edit a visible record gets 409 and nothing changes.
  { method: 'PATCH', url: '/api/organisations/{id}', call: (s) => s.patch(`/api/organisations/${org1Id}`, { version: 999, address: 'x' }), expect: (r) => (!has(r, 'organisations:org:edit') ? 403 : canSee(r, org1()) ? 409 : 404) },
  { method: 'POST', url: '/api/organisations/{id}/deactivate', call: (s, r) => s.post(`/api/organisations/${targets.get(r)}/deactivate`), expect: (r) => (!has(r, 'organisations:org:deactivate') ? 403 : canSee(r, inPingan) ? 200 : 404) },
  { method: 'GET', url: '/api/organisations/export.xlsx', call: (s) => s.get('/api/organisations/export.xlsx'), expect: (r) => (has(r, 'organisations:org:export') ? 200 : 403) },
  { method: 'GET', url: '/api/organisations/import/template.xlsx', call: (s) => s.get('/api/organisations/import/template.xlsx'), expect: (r) => (has(r, 'organisations:org:import') ? 200 : 403) },
  { method: 'POST', url: '/api/organisations/import', call: (s) => s.post('/api/organisations/import?mode=preview', Buffer.from('not a workbook'), { 'content-type': 'application/octet-stream' }), expect: (r) => (has(r, 'organisations:org:import') ? 400 : 403) },
  { method: 'GET', url: '/api/audit/operations', call: (s) => s.get('/api/audit/operations'), expect: (r) => (has(r, 'audit:operlog:view') ? 200 : 403) },
  { method: 'GET', url: '/api/audit/logins', call: (s) => s.get('/api/audit/logins'), expect: (r) => (has(r, 'audit:loginlog:view') ? 200 : 403) },
  { method: 'POST', url: '/api/auth/password', call: (s) => s.post('/api/auth/password', { oldPassword: 'wrong-old', newPassword: 'Another2026' }), expect: () => 400 },
  { method: 'POST', url: '/api/auth/login', call: (s) => s.post('/api/auth/login', { username: 'nobody', password: 'x' }), expect: () => 401 },
];

/**
 * Domains that walk their own routes × roles in `<domain>.matrix.api.test.ts` (each checks it covers every path under its
 * prefix); this file covers the rest, so together every documented route is walked.
 */
const OWN_MATRIX_PREFIXES: string[] = ['/api/matching/', '/api/calls', '/api/public/calls', '/api/projects', '/api/public/rating', '/api/public/evaluations', '/api/public/standings', '/api/funds', '/api/public/funds', '/api/needs', '/api/catalogue', '/api/public/catalogue', '/api/registry'];

describe('permission matrix', () => {
  it('covers every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).filter((k) => !k.includes('/api/docs'))
      .filter((k) => !OWN_MATRIX_PREFIXES.some((prefix) => k.split(' ')[1]!.startsWith(prefix))).sort();
    const tested = [...routes.map((r) => `${r.method} ${r.url}`), 'POST /api/auth/logout'].sort();
    expect(tested).toEqual(documented);
  });

  for (const role of ROLES.map((r) => r.key)) {
    it(`gives ${role} exactly its permissions and scope on every route`, async () => {
      const s = sessions.get(role)!;
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const r of routes) {
        got[`${r.method} ${r.url}`] = (await r.call(s, role)).statusCode;
        want[`${r.method} ${r.url}`] = r.expect(role);
      }
      expect(got).toEqual(want);
    });

    it(`lists, counts and exports for ${role} only what is in scope`, async () => {
      const s = sessions.get(role)!;
      if (!has(role, 'organisations:org:view')) return expect((await s.get('/api/organisations')).statusCode).toBe(403);
      // The oracle reads the table directly, not through the API under test.
      const rows = await queryRows<Record<string, string>>(t, sql`select id, name, registration_region_code, operating_region_code from organisations where status = 'active'`);
      const active: Org[] = rows.map((r) => ({ id: r.id!, name: r.name!, registrationRegionCode: r.registration_region_code!, operatingRegionCode: r.operating_region_code! }));
      const expected = active.filter((o) => canSee(role, o)).map((o) => o.id).sort();
      const seen: string[] = [];
      let total = -1;
      for (let page = 1; ; page++) {
        const res = (await s.get(`/api/organisations?pageSize=200&page=${page}&status=active`)).json();
        total = res.total;
        seen.push(...res.items.map((o: Org) => o.id));
        if (res.items.length < 200) break;
      }
      expect(seen.sort()).toEqual(expected);
      expect(total).toBe(expected.length);
      if (has(role, 'organisations:org:export')) {
        const xlsx = await s.get('/api/organisations/export.xlsx?status=active');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        const names = new Set<string>();
        wb.worksheets[0]!.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === 'string') names.add(v); });
        for (const o of active) expect(names.has(o.name)).toBe(canSee(role, o));
      }
    });
  }

  it('answers 404, not 403, for an existing record outside the scope, same as for a missing one', async () => {
    const org2 = sessions.get('org_staff')!;
    const outside = await org2.get(`/api/organisations/${all.find((o) => !canSee('org_staff', o))!.id}`);
    const missing = await org2.get('/api/organisations/01a20000-0000-7000-8000-000000000000');
    expect(outside.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(outside.json().detail).toBe(missing.json().detail);
  });
});
