import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyAuditChain } from './index.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext({ organisations: 20 }); });
afterAll(async () => { await t?.close(); });

const newOrg = (name: string) => ({ name, type: 'community_filed', registrationRegionCode: '150627100001', operatingRegionCode: '150627100001', phone: '13900001111' });

describe('audit trail', () => {
  it('records writes with actor, IP, request id and a masked diff; scopes the log pages', async () => {
    const s = await t.login('street');
    const created = await s.post('/api/organisations', newOrg('平安社区审计测试志愿服务队'));
    expect(created.statusCode).toBe(200);
    const log = await s.get('/api/audit/operations?action=organisations.create');
    const entry = log.json().items[0];
    expect(entry).toMatchObject({ action: 'organisations.create', entityId: created.json().id, role: 'street_official', ip: '127.0.0.1' });
    expect(entry.requestId).toBe(created.headers['x-request-id']);
    expect(JSON.stringify(entry.diff)).toContain('139****1111');
    expect(JSON.stringify(entry.diff)).not.toContain('13900001111');
    const logins = await s.get('/api/audit/logins');
    expect(logins.json().items.some((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    const other = await t.login('org2');
    expect((await other.get('/api/audit/operations')).statusCode).toBe(403);
    const banner2 = await t.login('expert');
    expect((await banner2.get('/api/audit/operations')).statusCode).toBe(403);
  });

  it('is append-only in the database itself', async () => {
    // drizzle wraps the driver's error; the database's own message is the cause.
    const failure = (p: Promise<unknown>) => p.then(() => 'succeeded', (e: Error & { cause?: Error }) => String(e.cause?.message ?? e.message));
    expect(await failure(t.database.db.execute(sql`update audit_log set action = 'x' where seq = 1`))).toMatch(/append-only/);
    expect(await failure(t.database.db.execute(sql`delete from audit_log where seq = 1`))).toMatch(/append-only/);
  });

  it('verifies the chain, and names the first edited or deleted entry', async () => {
    const ok = await verifyAuditChain(t.deps.db);
    expect(ok.firstBreak).toBeNull();
    expect(ok.checked).toBeGreaterThan(3);
    // An attacker with superuser rights disables the trigger and edits entry 3.
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.database.db.execute(sql`update audit_log set summary = '篡改' where seq = 3`);
    expect((await verifyAuditChain(t.deps.db)).firstBreak).toEqual({ seq: 3, reason: 'hash' });
    await t.database.db.execute(sql`delete from audit_log where seq = 3`);
    expect((await verifyAuditChain(t.deps.db)).firstBreak).toEqual({ seq: 3, reason: 'gap' });
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
});
