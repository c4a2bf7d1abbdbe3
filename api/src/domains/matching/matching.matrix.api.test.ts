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
let invitationId = '';
/** One need per user for the confirm row, so each confirmation is a new fair (a need matched once stays matched). */
const needOf = new Map<User, string>();

beforeAll(async () => {
  t = await createTestContext();
  for (const u of USERS) sessions.set(u, await t.login(u));
  needId = (await insertNeeds(t, [{ title: '助老服务', category: 'elderly', regionCode: '150627100001' }]))[0]!;
  // org1 (伊金霍洛旗阳光社会工作服务中心) works in 平安社区 in elderly care; the need has no contact phone, so it is invited.
  [{ id: orgId }] = await queryRows<{ id: string }>(t, sql`select id from organisations where name = '伊金霍洛旗阳光社会工作服务中心'`) as [{ id: string }];
  const perUser = await insertNeeds(t, USERS.map((u) => ({ title: `矩阵需求${u}`, category: 'elderly', regionCode: '150627100001' })));
  USERS.forEach((u, i) => needOf.set(u, perUser[i]!));
  // Made by the platform administrator, whose fairs are filed at the city of their needs.
  const fair = (await sessions.get('admin')!.post('/api/matching/fairs', { title: '矩阵对接会', needIds: [needId], organisationIds: [orgId] })).json();
  fairId = fair.id;
  invitationId = fair.followUps[0].refId;
}, 180_000);
afterAll(async () => { await t?.close(); });

const fairBody = () => ({ needIds: [needId], organisationIds: [orgId] });
const routes: { key: string; call: (s: Session, u: User) => Promise<{ statusCode: number }>; expect: (u: User) => number }[] = [
  { key: 'GET /api/matching/needs/{id}/candidates', call: (s) => s.get(`/api/matching/needs/${needId}/candidates`), expect: allow(VIEWERS) },
  // Only the city and the administrator see the city itself; the banner, street and community are below it.
  { key: 'GET /api/matching/weights/{cityCode}', call: (s) => s.get('/api/matching/weights/150600000000'), expect: allow({ admin: 200, city: 200, banner: 404, street: 404, community: 404 }) },
  { key: 'PUT /api/matching/weights/{cityCode}', call: (s) => s.put('/api/matching/weights/150600000000', { domain: 30, distance: 25, capacity: 15, track: 20, standing: 10 }), expect: allow({ admin: 200, city: 200 }) },
  { key: 'POST /api/matching/fairs/preview', call: (s) => s.post('/api/matching/fairs/preview', fairBody()), expect: allow(RUNNERS) },
  { key: 'POST /api/matching/fairs', call: (s, u) => s.post('/api/matching/fairs', { needIds: [needOf.get(u)], organisationIds: [orgId], title: `对接会${u}` }), expect: allow(RUNNERS) },
  { key: 'GET /api/matching/fairs', call: (s) => s.get('/api/matching/fairs'), expect: allow(RUNNERS) },
  { key: 'GET /api/matching/fairs/{id}', call: (s) => s.get(`/api/matching/fairs/${fairId}`), expect: allow({ admin: 200, city: 200, banner: 404, street: 404 }) },
  // The invitation lies in 平安社区 (the need's region): the city, the banner and the street are above it; org1 is invited.
  { key: 'GET /api/matching/invitations', call: (s) => s.get('/api/matching/invitations'), expect: allow({ admin: 200, city: 200, banner: 200, street: 200, org1: 200 }) },
  { key: 'GET /api/matching/invitations/{id}', call: (s) => s.get(`/api/matching/invitations/${invitationId}`), expect: allow({ admin: 200, city: 200, banner: 200, street: 200, org1: 200 }) },
  // A stale version: the invited organisation gets as far as the version check (409); the administrator sees it but is not the invitee (403).
  { key: 'POST /api/matching/invitations/{id}/accept', call: (s) => s.post(`/api/matching/invitations/${invitationId}/accept`, { version: 99 }), expect: allow({ admin: 403, org1: 409 }) },
  { key: 'POST /api/matching/invitations/{id}/decline', call: (s) => s.post(`/api/matching/invitations/${invitationId}/decline`, { version: 99, note: '本月人手不足' }), expect: allow({ admin: 403, org1: 409 }) },
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
