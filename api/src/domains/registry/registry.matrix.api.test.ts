// Every registry route × every demo role. The expected statuses are written out by hand from the role
// table (who holds which registry permission), not computed from the code under test:
//   view:   admin, city, banner, street, instructor
//   import / review / edit: admin, city, banner
//   task create, task record: admin, city, banner, street
//   settings edit: admin, city (settings view is entity view; the city is visible to admin and city only, else 404)
// Writes go with an empty body, so a permitted role gets 400 (schema) and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;
type User = (typeof USERS)[number];

const VIEW: User[] = ['admin', 'city', 'banner', 'street', 'instructor'];
const MANAGE: User[] = ['admin', 'city', 'banner'];
const TASKS: User[] = ['admin', 'city', 'banner', 'street'];
const SETTINGS: User[] = ['admin', 'city'];
const CITY = '150600000000';
const ID = '01a208ea-0000-7000-8000-000000000001';

interface Route { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: string; path: string; allowed: User[]; ok: number }

const ROUTES: Route[] = [
  { method: 'POST', url: '/api/registry/imports/preview', path: '/api/registry/imports/preview', allowed: MANAGE, ok: 400 },
  { method: 'POST', url: '/api/registry/imports', path: '/api/registry/imports', allowed: MANAGE, ok: 400 },
  { method: 'GET', url: '/api/registry/entities', path: '/api/registry/entities', allowed: VIEW, ok: 200 },
  { method: 'GET', url: `/api/registry/entities/${ID}`, path: '/api/registry/entities/{id}', allowed: VIEW, ok: 404 },
  { method: 'PATCH', url: `/api/registry/entities/${ID}`, path: '/api/registry/entities/{id}', allowed: MANAGE, ok: 400 },
  { method: 'POST', url: `/api/registry/entities/${ID}/split`, path: '/api/registry/entities/{id}/split', allowed: MANAGE, ok: 400 },
  { method: 'GET', url: '/api/registry/review', path: '/api/registry/review', allowed: MANAGE, ok: 200 },
  { method: 'POST', url: `/api/registry/review/${ID}`, path: '/api/registry/review/{id}', allowed: MANAGE, ok: 400 },
  { method: 'POST', url: '/api/registry/tasks', path: '/api/registry/tasks', allowed: TASKS, ok: 400 },
  { method: 'GET', url: '/api/registry/tasks', path: '/api/registry/tasks', allowed: TASKS, ok: 200 },
  { method: 'POST', url: `/api/registry/tasks/${ID}/result`, path: '/api/registry/tasks/{id}/result', allowed: TASKS, ok: 400 },
  { method: 'POST', url: '/api/registry/tasks/bulk', path: '/api/registry/tasks/bulk', allowed: TASKS, ok: 400 },
  { method: 'GET', url: '/api/registry/assignees', path: '/api/registry/assignees', allowed: TASKS, ok: 200 },
  { method: 'PUT', url: `/api/registry/settings/${CITY}`, path: '/api/registry/settings/{cityCode}', allowed: SETTINGS, ok: 400 },
];

/** Viewing a city's rules: allowed to every viewer, but only those who see the city get 200; the rest 404. */
const SETTINGS_VIEW: Record<User, number> = {
  admin: 200, city: 200, banner: 404, street: 404, community: 403, grid: 403, org1: 403, socialworker: 403, volunteer: 403, resident: 403, expert: 403, instructor: 404,
};

let t: TestContext;
const sessions = new Map<User, Session>();
beforeAll(async () => {
  t = await createTestContext({ organisations: 0 });
  for (const u of USERS) sessions.set(u, await t.login(u));
});
afterAll(async () => { await t?.close(); });

function call(s: Session, r: Route) {
  if (r.method === 'GET') return s.get(r.url);
  if (r.method === 'PATCH') return s.patch(r.url, {});
  if (r.method === 'PUT') return s.put(r.url, {});
  return s.post(r.url, {});
}

describe('registry permission matrix', () => {
  for (const r of ROUTES) {
    it(`${r.method} ${r.url}`, async () => {
      for (const u of USERS) {
        const res = await call(sessions.get(u)!, r);
        expect({ user: u, status: res.statusCode }).toEqual({ user: u, status: r.allowed.includes(u) ? r.ok : 403 });
      }
      const anonymous = await t.app.inject({ method: r.method, url: r.url });
      expect(anonymous.statusCode).toBe(401);
    });
  }

  it(`GET /api/registry/settings/${CITY}`, async () => {
    for (const u of USERS) {
      const res = await sessions.get(u)!.get(`/api/registry/settings/${CITY}`);
      expect({ user: u, status: res.statusCode }).toEqual({ user: u, status: SETTINGS_VIEW[u] });
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/registry/settings/${CITY}` })).statusCode).toBe(401);
  });

  it('lists every documented registry route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/registry'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual([...ROUTES.map((r) => `${r.method} ${r.path}`), 'GET /api/registry/settings/{cityCode}'].sort());
  });
});
