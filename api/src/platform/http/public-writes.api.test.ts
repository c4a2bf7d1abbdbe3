import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { createTestContext, type TestContext } from '../../test/harness.js';

// Anonymous writes are limited per IP (a small limit here so the test is short); reads, login (its own throttle)
// and signed payment notifications are not counted.
let t: TestContext;
beforeAll(async () => { t = await createTestContext({ organisations: 0, config: { publicWritesPerMinute: 3 } }); });
afterAll(async () => { await t.close(); });

const rate = (ip: string) => t.app.inject({ method: 'POST', url: '/api/public/rating/no-such-token/code', remoteAddress: ip, payload: {} });

describe('per-IP limit on anonymous writes', () => {
  it('lets three writes through, refuses the fourth with 429 and Retry-After, and counts each IP alone', async () => {
    for (let i = 0; i < 3; i++) expect((await rate('10.0.0.1')).statusCode).not.toBe(429);
    const refused = await rate('10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', detail: '请求过于频繁，请稍后再试' });
    expect(refused.headers['retry-after']).toBe('60');
    expect((await rate('10.0.0.2')).statusCode).not.toBe(429);
  });

  it('does not count reads, and lets the IP write again a minute later', async () => {
    for (let i = 0; i < 5; i++) expect((await t.app.inject({ method: 'GET', url: '/api/public/calls', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    t.clock.advance(60_001);
    expect((await rate('10.0.0.1')).statusCode).not.toBe(429);
  });

  it('leaves login to its own throttle', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.3', payload: { username: `nobody${i}`, password: 'wrong-password' } });
      expect(res.statusCode).toBe(401);
    }
  });

  it('reads the limit from WUSHE_PUBLIC_WRITE_LIMIT, falling back to 60 on nonsense', () => {
    expect(readConfig({ WUSHE_PUBLIC_WRITE_LIMIT: '200' }).publicWritesPerMinute).toBe(200);
    expect(readConfig({ WUSHE_PUBLIC_WRITE_LIMIT: 'lots' }).publicWritesPerMinute).toBe(60);
    expect(readConfig({ WUSHE_PUBLIC_WRITE_LIMIT: '0' }).publicWritesPerMinute).toBe(60);
    expect(readConfig({}).publicWritesPerMinute).toBe(60);
  });
});
