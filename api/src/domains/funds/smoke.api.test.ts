import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
let t: TestContext;
beforeAll(async () => { t = await createTestContext(); });
afterAll(async () => { await t?.close(); });
it('smoke', async () => {
  const r = await t.app.inject({ method: 'GET', url: '/api/public/funds' });
  console.log(r.statusCode, r.body.slice(0, 600));
  const f = r.json().items.find((x: { code: string }) => x.code === 'TJ-C01');
  const d = await t.app.inject({ method: 'GET', url: `/api/public/funds/${f.id}` });
  console.log(JSON.stringify(d.json()).slice(0, 3000));
  const a = await t.login('admin');
  console.log((await a.get('/api/funds/ledger/check')).body);
  expect(r.statusCode).toBe(200);
});
