// A city's register rules over HTTP, hand corrections of fields, and verification tasks for a filtered list.
// Expected committees, counts and names are worked out by hand from the rows below and the rules sent.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let city: Session;
let banner: Session;
let street: Session;
let streetId = '';
let cityId = '';
beforeAll(async () => {
  t = await createTestContext({ organisations: 0 });
  city = await t.login('city');
  banner = await t.login('banner');
  street = await t.login('street');
  const ids = await queryRows<{ username: string; id: string }>(t, sql`select username, id from users where username in ('street', 'city')`);
  streetId = ids.find((u) => u.username === 'street')!.id;
  cityId = ids.find((u) => u.username === 'city')!.id;
});
afterAll(async () => { await t?.close(); });

const ORDOS = '150600000000';
const CODE_A = '91440300708461136T';
const CODE_B = '914403001922038216';
const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
const MARKET = [
  '企业名称,统一社会信用代码,法定代表人,联系电话,住所',
  `伊金霍洛旗宏远煤业有限公司,${CODE_A},高峰,13947711111,伊金霍洛旗阿勒腾席热镇天骄路1号`,
  `伊金霍洛旗绿源商贸有限公司,${CODE_B},苏和,13947722222,伊金霍洛旗阿勒腾席热镇天骄路2号`,
  '鄂尔多斯市春风物流有限公司,,韩梅,13947733333,东胜区交通街道林荫路3号',
];
const TAX = ['纳税人名称,纳税人识别号,联系电话', `绿源商贸有限公司,${CODE_B.toLowerCase()},13947722222`];
const byName = async (s: Session) => {
  const list = (await s.get('/api/registry/entities?pageSize=50')).json() as { items: { id: string; name: string; committee: string; version: number }[] };
  return (part: string) => list.items.find((e) => e.name.includes(part))!;
};

describe('register rules per city', () => {
  it('loads two departments\' files', async () => {
    expect((await city.post('/api/registry/imports', { fileName: '市场监管.csv', department: '市场监督管理局', contentBase64: csv(MARKET) })).json()).toMatchObject({ entities: 3 });
    expect((await city.post('/api/registry/imports', { fileName: '税务.csv', department: '税务局', contentBase64: csv(TAX) })).json()).toMatchObject({ rows: 1, entities: 3 });
    const find = await byName(city);
    // by the default rules: 煤 → 能源, 商贸 → 商务, 物流 → 交通运输
    expect([find('宏远').committee, find('绿源').committee, find('春风').committee]).toEqual(['能源行业党委', '商务行业党委', '交通运输行业党委']);
  });

  it('shows the defaults to the city official until the city saves its own', async () => {
    const res = await city.get(`/api/registry/settings/${ORDOS}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ cityCode: ORDOS, cityName: '鄂尔多斯市', isDefault: true, version: 0, socialCommittee: '社会组织综合党委', defaultCommittee: '非公有制经济组织综合党委' });
    expect(res.json().committeeRules[0]).toEqual({ keywords: ['律师', '律所'], committee: '律师行业党委' });
    expect(res.json().trustOrder).toEqual([['市场监督管理', '市场监管', '工商行政管理', '民政'], ['税务']]);
    // a banner official does not see the city (404); only a city official edits (403)
    expect((await banner.get(`/api/registry/settings/${ORDOS}`)).statusCode).toBe(404);
    expect((await banner.put(`/api/registry/settings/${ORDOS}`, res.json())).statusCode).toBe(403);
    expect((await city.get('/api/registry/settings/150627000000')).statusCode).toBe(404);
  });

  const rules = {
    committeeRules: [{ keywords: ['商贸'], committee: '商贸流通业党委' }, { keywords: ['物流', ' 快递 '], committee: '现代物流业党委' }],
    socialCommittee: '社会组织综合党委', defaultCommittee: '非公有制经济组织综合党委',
    trustOrder: [['税务'], ['市场监督管理', '民政']],
  };

  it('refuses rules where a keyword could never fire, naming the field', async () => {
    const res = await city.put(`/api/registry/settings/${ORDOS}`, { ...rules, committeeRules: [...rules.committeeRules, { keywords: ['商贸'], committee: '另一个党委' }], version: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REGISTRY_SETTINGS_INVALID', errors: [{ path: 'committeeRules[2].keywords[0]' }] });
    expect(res.json().errors[0].message).toContain('商贸');
    const tiers = await city.put(`/api/registry/settings/${ORDOS}`, { ...rules, trustOrder: [['税务'], ['税务']], version: 0 });
    expect(tiers.json()).toMatchObject({ code: 'REGISTRY_SETTINGS_INVALID', errors: [{ path: 'trustOrder[1][0]' }] });
  });

  it('re-applies edited rules to every entry not corrected by hand, in one go, and says how many changed', async () => {
    const find = await byName(city);
    const coal = find('宏远');
    const hand = await city.patch(`/api/registry/entities/${coal.id}`, { version: coal.version, committee: '鄂尔多斯市国资委党委', reason: '市属国企参股，由国资委党委管理' });
    expect(hand.statusCode).toBe(200);
    const res = await city.put(`/api/registry/settings/${ORDOS}`, { ...rules, version: 0 });
    expect(res.statusCode).toBe(200);
    // 绿源 (商贸) and 春风 (物流) follow the new rules; 宏远 keeps the hand-set committee
    expect(res.json()).toMatchObject({ isDefault: false, version: 1, changedEntities: 2 });
    expect(res.json().committeeRules[1].keywords).toEqual(['物流', '快递']);
    const after = await byName(city);
    expect([after('宏远').committee, after('绿源').committee, after('春风').committee]).toEqual(['鄂尔多斯市国资委党委', '商贸流通业党委', '现代物流业党委']);
    // tax now outranks the market regulator: its spelling of the name stands
    const green = (await city.get(`/api/registry/entities/${after('绿源').id}`)).json();
    expect(green.provenance.name).toMatchObject({ value: '绿源商贸有限公司', department: '税务局' });
    const stale = await city.put(`/api/registry/settings/${ORDOS}`, { ...rules, version: 0 });
    expect(stale.json().code).toBe('CONFLICT');
    expect((await city.get(`/api/registry/settings/${ORDOS}`)).json()).toMatchObject({ isDefault: false, version: 1 });
    const [audit] = await queryRows<{ summary: string }>(t, sql`select summary from audit_log where action = 'registry.settings.update'`);
    expect(audit!.summary).toContain('2个主体');
  });

  it('corrects fields by hand with a reason; the correction wins over a re-import', async () => {
    const find = await byName(city);
    const green = find('绿源');
    const noReason = await city.patch(`/api/registry/entities/${green.id}`, { version: green.version, name: '伊金霍洛旗绿源商贸有限责任公司' });
    expect(noReason.statusCode).toBe(400);
    const nothing = await city.patch(`/api/registry/entities/${green.id}`, { version: green.version, reason: '无' + '变更' });
    expect(nothing.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body' }] });
    const badCode = await city.patch(`/api/registry/entities/${green.id}`, { version: green.version, creditCode: '914403001922038217', reason: '营业执照' });
    expect(badCode.json()).toMatchObject({ code: 'REGISTRY_CODE_INVALID', errors: [{ path: 'creditCode' }] });
    const ok = await city.patch(`/api/registry/entities/${green.id}`, { version: green.version, name: '伊金霍洛旗绿源商贸有限责任公司', phone: '0477-86123456', reason: '营业执照已变更' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: '伊金霍洛旗绿源商贸有限责任公司', phoneMasked: '0477****3456' });
    expect(ok.json().provenance.name).toEqual({ value: '伊金霍洛旗绿源商贸有限责任公司', department: '人工更正（王建国（市民政局），2026-11-23：营业执照已变更）', sourceRowId: null });
    // the name was the only disagreement, now settled by hand: no longer "sources disagree"
    expect(ok.json().verification).toBe('unverified');
    await city.post('/api/registry/imports', { fileName: '税务2.csv', department: '税务局', contentBase64: csv(TAX) });
    const again = (await city.get(`/api/registry/entities/${green.id}`)).json();
    expect(again).toMatchObject({ name: '伊金霍洛旗绿源商贸有限责任公司', phoneMasked: '0477****3456', committee: '商贸流通业党委' });
    expect(again.provenance.phone.department).toContain('人工更正');
  });
});

describe('verification tasks for a filtered list', () => {
  const street9 = { regionCode: '150627100000', pending: true };

  it('lists street staff who may take a task', async () => {
    const all = (await city.get('/api/registry/assignees')).json();
    expect(all).toEqual([{ id: streetId, displayName: '张海军（阿勒腾席热镇）', regionCode: '150627100000', regionName: '阿勒腾席热镇' }]);
    expect((await city.get('/api/registry/assignees?regionCode=150602001000')).json()).toEqual([]);
  });

  it('refuses an assignee who is not street staff of every selected entry, writing nothing', async () => {
    const notStreet = await city.post('/api/registry/tasks/bulk', { filter: street9, method: 'phone', assigneeId: cityId, dueOn: '2026-11-30' });
    expect(notStreet.json()).toMatchObject({ code: 'REGISTRY_ASSIGNEE_INVALID', errors: [{ path: 'assigneeId' }] });
    // without the street filter the list holds 春风 in 东胜区, which 阿勒腾席热镇's staff do not cover
    const wide = await city.post('/api/registry/tasks/bulk', { filter: { pending: true }, method: 'phone', assigneeId: streetId, dueOn: '2026-11-30' });
    expect(wide.json().code).toBe('REGISTRY_ASSIGNEE_INVALID');
    expect(wide.json().errors[0].message).toContain('春风物流');
    const past = await city.post('/api/registry/tasks/bulk', { filter: street9, method: 'phone', assigneeId: streetId, dueOn: '2026-11-22' });
    expect(past.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'dueOn' }] });
    const [n] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from registry_tasks`);
    expect(n!.n).toBe(0);
  });

  it('assigns every pending entry of a street once', async () => {
    const list = (await city.get('/api/registry/entities?regionCode=150627100000&pending=true')).json();
    expect(list.total).toBe(2);
    const res = await city.post('/api/registry/tasks/bulk', { filter: street9, method: 'visit', assigneeId: streetId, dueOn: '2026-11-30', note: '年度核查' });
    expect(res.json()).toEqual({ created: 2, skipped: 0 });
    const again = await city.post('/api/registry/tasks/bulk', { filter: street9, method: 'visit', assigneeId: streetId, dueOn: '2026-11-30' });
    expect(again.json()).toEqual({ created: 0, skipped: 2 });
    const mine = (await street.get('/api/registry/tasks?mine=true')).json();
    expect(mine.map((x: { entityName: string }) => x.entityName).sort()).toEqual(['伊金霍洛旗宏远煤业有限公司', '伊金霍洛旗绿源商贸有限责任公司']);
    expect(mine[0]).toMatchObject({ dueOn: '2026-11-30', assigneeName: '张海军（阿勒腾席热镇）', method: 'visit', note: '年度核查' });
  });
});
