import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

// Every route of the funds domain × every demo role, the expected status written out by hand from the role table:
// officials (admin, city, banner, street) hold every funds permission; the community worker views, proposes,
// records donations and requests disbursements; nobody else holds a funds permission. Public routes answer everyone.
const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;
const GHOST = '01900000-0000-7000-8000-000000000000';

let t: TestContext;
const sessions = new Map<string, Session>();
let c01 = '';
beforeAll(async () => {
  t = await createTestContext();
  for (const u of USERS) sessions.set(u, await t.login(u));
  c01 = ((await t.app.inject({ method: 'GET', url: '/api/public/funds' })).json().items as { id: string; code: string }[]).find((f) => f.code === 'TJ-C01')!.id;
});
afterAll(async () => { await t?.close(); });

const K = { 'idempotency-key': 'matrix-probe-key' };
type Row = [method: 'GET' | 'POST', template: string, url: () => string, expected: string, body?: unknown, headers?: Record<string, string>];
//                                                                          admin city banner street community grid org1 sw vol res exp instr
const ROWS: Row[] = [
  ['GET', '/api/funds', () => '/api/funds', '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['GET', '/api/funds/{id}', () => `/api/funds/${c01}`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['GET', '/api/funds/{id}/projects', () => `/api/funds/${c01}/projects`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/{id}/projects', () => `/api/funds/${c01}/projects`, '400 400 400 400 400 403 403 403 403 403 403 403', {}],
  ['POST', '/api/funds/projects/{id}/vote', () => `/api/funds/projects/${GHOST}/vote`, '400 400 400 400 400 403 403 403 403 403 403 403', {}],
  ['POST', '/api/funds/projects/{id}/status', () => `/api/funds/projects/${GHOST}/status`, '404 404 404 404 404 403 403 403 403 403 403 403', { status: 'completed' }],
  ['POST', '/api/funds/projects/{id}/campaigns', () => `/api/funds/projects/${GHOST}/campaigns`, '400 400 400 400 400 403 403 403 403 403 403 403', {}],
  ['GET', '/api/funds/{id}/campaigns', () => `/api/funds/${c01}/campaigns`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/campaigns/{id}/close', () => `/api/funds/campaigns/${GHOST}/close`, '404 404 404 404 404 403 403 403 403 403 403 403'],
  ['GET', '/api/funds/{id}/donations', () => `/api/funds/${c01}/donations`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/donations', () => '/api/funds/donations', '400 400 400 400 400 403 403 403 403 403 403 403', {}, K],
  ['GET', '/api/funds/{id}/disbursements', () => `/api/funds/${c01}/disbursements`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/disbursements', () => '/api/funds/disbursements', '400 400 400 400 400 403 403 403 403 403 403 403', {}, K],
  ['POST', '/api/funds/disbursements/{id}/approve', () => `/api/funds/disbursements/${GHOST}/approve`, '404 404 404 404 403 403 403 403 403 403 403 403', undefined, K],
  ['POST', '/api/funds/disbursements/{id}/reject', () => `/api/funds/disbursements/${GHOST}/reject`, '404 404 404 404 403 403 403 403 403 403 403 403', undefined, K],
  ['POST', '/api/funds/disbursements/{id}/cancel', () => `/api/funds/disbursements/${GHOST}/cancel`, '404 404 404 404 403 403 403 403 403 403 403 403', undefined, K],
  ['POST', '/api/funds/disbursements/{id}/pay', () => `/api/funds/disbursements/${GHOST}/pay`, '404 404 404 404 403 403 403 403 403 403 403 403', undefined, K],
  ['POST', '/api/funds/allocations', () => '/api/funds/allocations', '400 400 400 400 403 403 403 403 403 403 403 403', {}, K],
  ['POST', '/api/funds/appropriations', () => '/api/funds/appropriations', '400 400 400 400 403 403 403 403 403 403 403 403', {}, K],
  ['GET', '/api/funds/{id}/transactions', () => `/api/funds/${c01}/transactions?pageSize=5`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['GET', '/api/funds/{id}/schedule', () => `/api/funds/${c01}/schedule`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/transactions/{id}/reverse', () => `/api/funds/transactions/${GHOST}/reverse`, '400 400 400 400 403 403 403 403 403 403 403 403', {}, K],
  ['POST', '/api/funds/schedules', () => '/api/funds/schedules', '400 400 400 400 403 403 403 403 403 403 403 403', {}, K],
  ['GET', '/api/funds/schedules/{id}', () => `/api/funds/schedules/${GHOST}`, '200 200 200 200 200 403 403 403 403 403 403 403'],
  ['POST', '/api/funds/milestones/{id}/request', () => `/api/funds/milestones/${GHOST}/request`, '404 404 404 404 404 403 403 403 403 403 403 403', undefined, K],
  ['GET', '/api/funds/ledger/check', () => '/api/funds/ledger/check', '200 200 200 200 403 403 403 403 403 403 403 403'],
  ['GET', '/api/funds/donations/{id}/receipt.pdf', () => `/api/funds/donations/${GHOST}/receipt.pdf`, '404 404 404 404 404 403 403 403 403 403 403 403'],
  ['GET', '/api/public/funds', () => '/api/public/funds', '200 200 200 200 200 200 200 200 200 200 200 200'],
  ['GET', '/api/public/funds/dashboard', () => '/api/public/funds/dashboard', '200 200 200 200 200 200 200 200 200 200 200 200'],
  ['GET', '/api/public/funds/{id}', () => `/api/public/funds/${GHOST}`, '404 404 404 404 404 404 404 404 404 404 404 404'],
  ['GET', '/api/public/funds/{id}/ledger.csv', () => `/api/public/funds/${c01}/ledger.csv`, '200 200 200 200 200 200 200 200 200 200 200 200'],
  ['GET', '/api/public/funds/{id}/360giving', () => `/api/public/funds/${GHOST}/360giving`, '404 404 404 404 404 404 404 404 404 404 404 404'],
  ['GET', '/api/public/funds/{id}/quarterly.xlsx', () => `/api/public/funds/${GHOST}/quarterly.xlsx?year=2026&quarter=3`, '404 404 404 404 404 404 404 404 404 404 404 404'],
  ['GET', '/api/public/funds/{id}/quarterly.pdf', () => `/api/public/funds/${GHOST}/quarterly.pdf?year=2026&quarter=3`, '404 404 404 404 404 404 404 404 404 404 404 404'],
  ['GET', '/api/public/funds/donations/{id}/receipt.pdf', () => `/api/public/funds/donations/${GHOST}/receipt.pdf`, '404 404 404 404 404 404 404 404 404 404 404 404'],
  ['POST', '/api/public/funds/channels/{channel}/notify', () => '/api/public/funds/channels/wechat/notify', '400 400 400 400 400 400 400 400 400 400 400 400', {}],
];

describe('funds permission matrix', () => {
  it('answers each role as the role table says', async () => {
    const got: string[] = [];
    for (const [method, , url, , body, headers] of ROWS) {
      const codes: number[] = [];
      for (const u of USERS) {
        const s = sessions.get(u)!;
        const r = method === 'GET' ? await s.get(url()) : await s.post(url(), body, headers);
        codes.push(r.statusCode);
      }
      got.push(codes.join(' '));
    }
    expect(ROWS.map((r, i) => `${r[0]} ${r[1]} → ${got[i]}`)).toEqual(ROWS.map((r) => `${r[0]} ${r[1]} → ${r[3]}`));
  }, 300_000);

  it('lets anonymous visitors read disclosure and nothing else', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/funds' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/funds' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/funds/donations', payload: {} })).statusCode).toBe(401);
  });

  it('lists every funds path of the OpenAPI document', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).filter(([p]) => p.startsWith('/api/funds') || p.startsWith('/api/public/funds'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual(ROWS.map((r) => `${r[0]} ${r[1]}`).sort());
  });
});
