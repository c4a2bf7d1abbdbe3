import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

// Every calls route × every demo role, with the status each must get, written out by hand from the role table
// (common/src/kernel/permissions.ts) and the services' order of checks — not computed from the code under test.
// Ids are well-formed but unknown: a role that passes the permission gets 404 (or the named business answer),
// one that does not gets 403; without a session 401.
const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;
const X = '01900000-0000-7000-8000-0000000000aa';
const B = '01900000-0000-7000-8000-0000000000bb';
const callBody = {
  title: '矩阵测试榜单', serviceContent: '矩阵测试', regionCode: '150627100000', budgetFen: 100_00, fundingSource: 'community_fund', deadline: '2027-01-01T00:00:00Z',
  criteria: [{ key: 'plan', name: '方案', weight: 100 }], eligibility: { orgTypes: [], minGrade: null, requireLocal: false, excludeBlackListed: true, excludeAbnormal: true },
  maxConcurrentAwards: 2, noticeDays: 5, documents: [], needIds: [X],
};
const bidBody = {
  memberOrganisationIds: [], intentLetter: '意向书', servicePlan: '服务方案', totalFen: 100, budgetLines: [{ item: '人员', amountFen: 100 }],
  team: [{ name: '王', role: '社工', certificate: 'assistant' }], timeline: [{ month: 1, task: '启动' }],
};

type Row = [method: 'GET' | 'POST' | 'PATCH', url: string, body: unknown, statuses: number[], anonymous: number];
//                                                                     admin city banner street community grid org1 sw  vol  res  expert instr
const ROUTES: Row[] = [
  ['GET', '/api/calls', undefined,                                       [200, 200, 200, 200, 200, 403, 200, 403, 403, 403, 200, 403], 401],
  ['GET', '/api/calls/need-candidates', undefined,                       [200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['GET', '/api/calls/panel-candidates', undefined,                      [200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  // Creating: the region is in every publisher's scope, so the unknown need answers 409.
  ['POST', '/api/calls', callBody,                                       [409, 409, 409, 409, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['GET', `/api/calls/${X}`, undefined,                                  [404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404, 403], 401],
  ['PATCH', `/api/calls/${X}`, { ...callBody, version: 1 },              [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/publish`, undefined,                         [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/close`, undefined,                           [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/start-evaluation`, undefined,                [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/cancel`, { reason: '测试' },                 [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['GET', `/api/calls/${X}/bids`, undefined,                             [404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404, 403], 401],
  // The administrator holds every permission but belongs to no organisation: only organisation staff bid (403).
  ['POST', `/api/calls/${X}/bids`, bidBody,                              [403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403], 401],
  ['GET', `/api/calls/${X}/bids/${B}`, undefined,                        [404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404, 403], 401],
  ['PATCH', `/api/calls/${X}/bids/${B}`, { ...bidBody, version: 1 },     [403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/bids/${B}/submit`, undefined,                [403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/bids/${B}/withdraw`, undefined,              [403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/bids/${B}/confirm`, undefined,               [403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/panel`, { members: [{ username: 'expert', kind: 'expert' }] }, [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/roadshow`, { heldAt: '2026-11-23T02:00:00Z', place: '会场', notes: '记录' }, [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/bids/${B}/review`, { conflict: false, scores: { plan: 80 } }, [404, 404, 404, 404, 404, 403, 403, 403, 403, 403, 404, 403], 401],
  ['GET', `/api/calls/${X}/scores`, undefined,                           [404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404, 403], 401],
  ['POST', `/api/calls/${X}/award`, { bidId: B, reason: '得分第一' },    [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/objections/${B}/answer`, { upheld: false, answer: '不成立' }, [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  ['POST', `/api/calls/${X}/finalise`, undefined,                        [404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403], 401],
  // Public disclosure: the same answer for everyone, logged in or not.
  ['GET', '/api/public/calls', undefined,                                [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200], 200],
  ['GET', `/api/public/calls/${X}`, undefined,                           [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404], 404],
  ['GET', `/api/public/calls/${X}/ocds`, undefined,                      [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404], 404],
  ['POST', `/api/public/calls/${X}/objections`, { awardId: B, text: '异议内容测试' }, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404], 404],
];

let t: TestContext;
const sessions = new Map<string, Session>();
beforeAll(async () => {
  t = await createTestContext({ organisations: 20 });
  for (const u of USERS) sessions.set(u, await t.login(u));
});
afterAll(async () => { await t?.close(); });

describe('calls permission matrix', () => {
  it.each(ROUTES)('%s %s', async (method, url, body, statuses, anonymous) => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const [i, u] of USERS.entries()) {
      const s = sessions.get(u)!;
      const res = method === 'GET' ? await s.get(url) : method === 'PATCH' ? await s.patch(url, body) : await s.post(url, body);
      got[u] = res.statusCode;
      want[u] = statuses[i]!;
    }
    const anon = await t.app.inject({ method, url, ...(body ? { payload: body as object } : {}) });
    got.anonymous = anon.statusCode;
    want.anonymous = anonymous;
    expect(got).toEqual(want);
  });

  it('lists every OpenAPI path under /api/calls and /api/public/calls', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).filter(([p]) => p.startsWith('/api/calls') || p.startsWith('/api/public/calls'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)).sort();
    const covered = ROUTES.map(([m, url]) => `${m} ${url.replace(X, ':id').replace(B, url.includes('/objections/') && url.endsWith('/answer') ? ':objectionId' : ':bidId')}`).sort();
    expect(documented).toEqual(covered);
  });
});
