import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext({ demo: false, organisations: 20 }); });
afterAll(async () => { await t?.close(); });

describe('sessions', () => {
  it('logs in with an httpOnly SameSite=Lax cookie and never returns the hash', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'street', password: 'wushe2026' } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/wushe_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body).not.toContain('argon2');
    expect(res.json()).toMatchObject({ username: 'street', role: 'street_official', regionCode: '150627100000', mustChangePassword: true });
  });

  it('refuses a wrong password with LOGIN_FAILED and records it in the login log', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'city', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('LOGIN_FAILED');
  });

  it('shows a failed login to the officials of the account\'s region, not to other regions', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'instructor', password: 'wrong' } });
    const failedFor = async (viewer: string) => {
      const s = await t.login(viewer);
      await s.post('/api/auth/password', { oldPassword: 'wushe2026', newPassword: `${viewer}Pass2026` });
      const items = (await s.get('/api/audit/logins?action=auth.login_failed')).json().items as { summary: string }[];
      return items.some((e) => e.summary === '登录失败：instructor');
    };
    // instructor works in 乌兰木伦镇 (伊金霍洛旗), outside the street official's 阿勒腾席热镇.
    expect(await failedFor('city')).toBe(true);
    expect(await failedFor('street')).toBe(false);
  });

  it('forces the first-login password change, then lets the user in', async () => {
    const s = await t.login('banner');
    const blocked = await s.get('/api/organisations');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await s.post('/api/auth/password', { oldPassword: 'wushe2026', newPassword: 'short' });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.json().errors[0].path).toBe('newPassword');
    const ok = await s.post('/api/auth/password', { oldPassword: 'wushe2026', newPassword: 'Banner2026new' });
    expect(ok.statusCode).toBe(200);
    expect((await s.get('/api/organisations')).statusCode).toBe(200);
    await expect(t.login('banner')).rejects.toThrow(/401/);
    expect((await t.login('banner', 'Banner2026new')).csrf).toBeTruthy();
  });

  it('locks the account for 15 minutes after 5 failures', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: `bad${i}` } });
      expect(r.json().code).toBe('LOGIN_FAILED');
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: 'bad5' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: 'wushe2026' } });
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(15 * 60_000 + 1);
    const later = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'grid', password: 'wushe2026' } });
    expect(later.statusCode).toBe(200);
  });

  it('requires the CSRF token on writes and ends the session on logout', async () => {
    const s = await t.login('community');
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noToken.json().code).toBe('CSRF_FAILED');
    expect((await s.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).json().code).toBe('UNAUTHENTICATED');
  });

  it('answers anonymous API calls with 401 problem JSON and unknown API paths with 404', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/organisations' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, detail: '请先登录' });
    expect((await t.app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
  });
});
