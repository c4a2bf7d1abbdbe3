import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './test/harness.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext({ organisations: 5 }); });
afterAll(async () => { await t?.close(); });

describe('platform routes', () => {
  it('answers health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', version: '0.1.0', database: process.env.WUSHE_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite' });
  });

  it('publishes OpenAPI with a schema on every route, and the docs page without login', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { responses?: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>> };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThanOrEqual(20);
    for (const op of ops) expect(Object.keys(op.responses ?? {})).toContain('200');
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('sends problem JSON for malformed bodies, never a stack trace', async () => {
    const s = await t.login('street');
    const res = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
