import { sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

/**
 * Every projects route × every demo role, with the status written out by hand from the role table:
 * which role holds which projects permission, and whether the project (平安社区 150627100001, provider org1)
 * lies in the role's data scope — grid (a grid below the community) and instructor (another street) do not.
 * Write routes get an empty body, so a permitted role stops at validation (400) and changes nothing.
 */
const USERS = ['admin', 'city', 'banner', 'street', 'community', 'grid', 'org1', 'socialworker', 'volunteer', 'resident', 'expert', 'instructor'] as const;

// Columns in USERS order.     admin city banner street community grid org1 sw  vol  res  expert instr
const VIEW_200 = [200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 200, 200];
const SCOPED_200 = [200, 200, 200, 200, 200, 404, 200, 200, 403, 403, 200, 404];
const CREATE_400 = [400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403];
const MANAGE_400 = CREATE_400;
const PROVIDER_400 = [400, 403, 403, 403, 403, 403, 400, 403, 403, 403, 403, 403];
const VIEW_400 = [400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400];
const SCORE_400 = [400, 400, 400, 400, 400, 403, 403, 403, 403, 400, 400, 400];
const COMPLAIN_200 = [200, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403];
const COMPLAIN_400 = [400, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403];
const REPORT = [409, 409, 409, 409, 409, 404, 409, 409, 403, 403, 409, 404];
const SETTINGS_200 = [200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
const SETTINGS_400 = [400, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
const PUBLIC_200 = Array(12).fill(200);
const PUBLIC_400 = Array(12).fill(400);

let t: TestContext;
const sessions = new Map<string, Session>();
let P = '', M = '', R = '', C = '', PH = '', TOKEN = '';

beforeAll(async () => {
  t = await createTestContext();
  for (const u of USERS) sessions.set(u, await t.login(u));
  const [org1] = await queryRows<{ organisation_id: string }>(t, sql`select organisation_id from users where username = 'org1'`);
  const street = sessions.get('street')!;
  const p = (await street.post('/api/projects', {
    title: '矩阵测试项目', organisationId: org1!.organisation_id, regionCode: '150627100001', budgetFen: 100, fundingSource: 'community_fund', needIds: [],
    milestones: [{ title: '唯一里程碑', dueOn: '2027-01-01', deliverables: '服务记录', paymentFen: 100 }],
  })).json();
  P = p.id; M = p.milestones[0].id; TOKEN = p.ratingToken;
  const png = await QRCode.toBuffer('x', { type: 'png' });
  PH = (await sessions.get('org1')!.post(`/api/projects/${P}/photos`, { mime: 'image/png', dataBase64: png.toString('base64') })).json().id;
  await street.post(`/api/projects/${P}/rectifications`, { requirement: '补充材料', deadline: '2026-12-31' });
  R = (await street.get(`/api/projects/${P}`)).json().rectifications[0].id;
  C = (await sessions.get('resident')!.post(`/api/projects/rating/${TOKEN}/complaints`, { content: '矩阵测试投诉' })).json().id;
}, 180_000);
afterAll(async () => { await t?.close(); });

type Route = [method: 'GET' | 'POST' | 'PUT', url: () => string, openapi: string, expected: number[]];
const ROUTES: Route[] = [
  ['GET', () => '/api/projects', '/api/projects', VIEW_200],
  ['POST', () => '/api/projects', '/api/projects', CREATE_400],
  ['GET', () => '/api/projects/complaints', '/api/projects/complaints', VIEW_200],
  ['GET', () => '/api/projects/complaints/mine', '/api/projects/complaints/mine', COMPLAIN_200],
  ['POST', () => `/api/projects/complaints/${C}/act`, '/api/projects/complaints/{id}/act', MANAGE_400],
  ['POST', () => `/api/projects/rating/${TOKEN}/complaints`, '/api/projects/rating/{token}/complaints', COMPLAIN_400],
  ['GET', () => `/api/projects/${P}`, '/api/projects/{id}', SCOPED_200],
  ['POST', () => `/api/projects/${P}/transition`, '/api/projects/{id}/transition', VIEW_400],
  ['POST', () => `/api/projects/${P}/photos`, '/api/projects/{id}/photos', PROVIDER_400],
  ['GET', () => `/api/projects/${P}/photos/${PH}`, '/api/projects/{id}/photos/{photoId}', SCOPED_200],
  ['POST', () => `/api/projects/${P}/activities`, '/api/projects/{id}/activities', PROVIDER_400],
  ['POST', () => `/api/projects/${P}/spendings`, '/api/projects/{id}/spendings', PROVIDER_400],
  ['POST', () => `/api/projects/${P}/milestones/${M}/submit`, '/api/projects/{id}/milestones/{milestoneId}/submit', PROVIDER_400],
  ['POST', () => `/api/projects/${P}/milestones/${M}/review`, '/api/projects/{id}/milestones/{milestoneId}/review', MANAGE_400],
  ['POST', () => `/api/projects/${P}/rectifications`, '/api/projects/{id}/rectifications', MANAGE_400],
  ['POST', () => `/api/projects/${P}/rectifications/${R}/answer`, '/api/projects/{id}/rectifications/{rectificationId}/answer', PROVIDER_400],
  ['POST', () => `/api/projects/${P}/rectifications/${R}/review`, '/api/projects/{id}/rectifications/{rectificationId}/review', MANAGE_400],
  ['GET', () => `/api/projects/${P}/complaints`, '/api/projects/{id}/complaints', VIEW_200],
  ['GET', () => `/api/projects/${P}/evaluation`, '/api/projects/{id}/evaluation', SCOPED_200],
  ['POST', () => `/api/projects/${P}/evaluation/scores`, '/api/projects/{id}/evaluation/scores', SCORE_400],
  ['GET', () => `/api/projects/${P}/rating-qr.svg`, '/api/projects/{id}/rating-qr.svg', SCOPED_200],
  ['GET', () => `/api/projects/${P}/rating-qr.png`, '/api/projects/{id}/rating-qr.png', SCOPED_200],
  ['GET', () => `/api/projects/${P}/report.pdf`, '/api/projects/{id}/report.pdf', REPORT],
  ['GET', () => '/api/projects/evaluation-settings/150600000000', '/api/projects/evaluation-settings/{cityCode}', SETTINGS_200],
  ['PUT', () => '/api/projects/evaluation-settings/150600000000', '/api/projects/evaluation-settings/{cityCode}', SETTINGS_400],
  ['GET', () => `/api/public/rating/${TOKEN}`, '/api/public/rating/{token}', PUBLIC_200],
  ['POST', () => `/api/public/rating/${TOKEN}/code`, '/api/public/rating/{token}/code', PUBLIC_400],
  ['POST', () => `/api/public/rating/${TOKEN}`, '/api/public/rating/{token}', PUBLIC_400],
  ['GET', () => '/api/public/evaluations', '/api/public/evaluations', PUBLIC_200],
  ['GET', () => '/api/public/standings', '/api/public/standings', PUBLIC_200],
];

describe('projects permission matrix', () => {
  for (const [method, url, name, expected] of ROUTES) {
    it(`${method} ${name}`, async () => {
      const got: number[] = [];
      for (const u of USERS) {
        const s = sessions.get(u)!;
        const res = await t.app.inject({ method, url: url(), headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(method === 'GET' ? {} : { payload: {} }) });
        got.push(res.statusCode);
      }
      expect(got).toEqual(expected);
    });
  }

  it('answers 401 without a session except on the public routes', async () => {
    for (const [method, url, name] of ROUTES) {
      const res = await t.app.inject({ method, url: url(), ...(method === 'GET' ? {} : { payload: {} }) });
      expect([name, res.statusCode]).toEqual([name, name.startsWith('/api/public/') ? (method === 'GET' ? 200 : 400) : 401]);
    }
  });

  it('lists every OpenAPI path of the projects domain', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const mine = Object.entries(spec.paths)
      .filter(([p]) => p.startsWith('/api/projects') || ['/api/public/rating', '/api/public/evaluations', '/api/public/standings'].some((x) => p.startsWith(x)))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(mine).toEqual([...new Set(ROUTES.map(([m, , n]) => `${m} ${n}`))].sort());
  });
});
