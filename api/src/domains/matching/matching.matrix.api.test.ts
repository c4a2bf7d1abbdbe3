import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { insertNeeds } from './testing/needs-fixture.js';

/** Every /api/matching route × every demo role; the expected statuses are written out by hand from the role table. */
const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;
type User = (typeof USERS)[number];

const allow = (codes: Partial<Record<User, number>>) => (u: User) => codes[u] ?? 403;
const VIEWERS = { admin: 200, city: 200, banner: 200, street: 200, community: 200 } as const;
const RUNNERS = { admin: 200, city: 200, banner: 200, street: 200 } as const;

let t: TestContext;
const sessions = new Map<User, Session>();
let needId = '';
let orgId = '';
let fairId = '';

beforeAll(async () => {
  t = await createTestContext();
  for (const u of USERS) sessions.set(u, await t.login(u));
  needId = (await insertNeeds(t, [{ title: '助老服务', category: 'elderly', regionCode: '150627100001' }]))[0]!;
  [{ id: orgId }] = await queryRows<{ id: string }>(t, sql`select id from organisations where status = 'active' and 'elderly' = any(service_domains)
    and operating_region_code = '150627100001' limit 1`) as [{ id: string }];
  // Made by the platform administrator, whose fairs are filed at the city of their needs.
  fairId = (await sessions.get('admin')!.post('/api/matching/fairs', { title: '矩阵对接会', needIds: [needId], organisationIds: [orgId] })).json().id;
}, 180_000);
afterAll(async () => { await t?.close(); });

const fairBody = () => ({ needIds: [needId], organisationIds: [orgId] });
const routes: { key: string; call: (s: Session, u: User) => Promise<{ statusCode: number }>; expect: (u: User) => number }[] = [
  { key: 'GET /api/matching/needs/{id}/candidates', call: (s) => s.get(`/api/matching/needs/${needId}/candidates`), expect: allow(VIEWERS) },
  // Only the city and the administrator see the city itself; the banner, street and community are below it.
  { key: 'GET /api/matching/weights/{cityCode}', call: (s) => s.get('/api/matching/weights/150600000000'), expect: allow({ admin: 200, city: 200, banner: 404, street: 404, community: 404 }) },
  { key: 'PUT /api/matching/weights/{cityCode}', call: (s) => s.put('/api/matching/weights/150600000000', { domain: 30, distance: 25, capacity: 15, track: 20, standing: 10 }), expect: allow({ admin: 200, city: 200 }) },
  { key: 'POST /api/matching/fairs/preview', call: (s) => s.post('/api/matching/fairs/preview', fairBody()), expect: allow(RUNNERS) },
  { key: 'POST /api/matching/fairs', call: (s, u) => s.post('/api/matching/fairs', { ...fairBody(), title: `对接会${u}` }), expect: allow(RUNNERS) },
  { key: 'GET /api/matching/fairs', call: (s) => s.get('/api/matching/fairs'), expect: allow(RUNNERS) },
  { key: 'GET /api/matching/fairs/{id}', call: (s) => s.get(`/api/matching/fairs/${fairId}`), expect: allow({ admin: 200, city: 200, banner: 404, street: 404 }) },
];

describe('matching routes × roles', () => {
  it('covers every documented /api/matching route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/matching'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(routes.map((r) => r.key).sort()).toEqual(documented);
  });

  for (const u of USERS) {
    it(`gives ${u} exactly its permissions and scope`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const r of routes) {
        got[r.key] = (await r.call(sessions.get(u)!, u)).statusCode;
        want[r.key] = r.expect(u);
      }
      expect(got).toEqual(want);
    });
  }
});
