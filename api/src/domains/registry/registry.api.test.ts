// The base register over HTTP: import two departments' files (UTF-8 with BOM, GBK), review, split, re-import,
// assignment correction, verification on a phone — each with the answer worked out from the rows by hand.
import iconv from 'iconv-lite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let city: Session;
let street: Session;
beforeAll(async () => {
  t = await createTestContext({ organisations: 0 });
  city = await t.login('city');
  street = await t.login('street');
});
afterAll(async () => { await t?.close(); });

const TENCENT = '91440300708461136T';
const HUAWEI = '914403001922038216';
const utf8Bom = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
const gbk = (lines: string[]) => iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk').toString('base64');

const MARKET_V1 = [
  '企业名称,统一社会信用代码,法定代表人,联系电话,住所,成立日期',
  `伊金霍洛旗恒达商贸有限公司,${TENCENT},王伟,13947700123,伊金霍洛旗阿勒腾席热镇天骄路18号,2015-06-01`,
  '恒达商贸有限公司东胜分公司,,王伟,13947700124,东胜区交通街道天骄路20号,',
  `鄂尔多斯市金辉物流有限公司,${HUAWEI},李强,0477-8123456,东胜区交通街道林荫路1号,2020年1月2日`,
];
const TAX = [
  '纳税人名称,纳税人识别号,联系电话,举办者',
  `恒達商貿有限公司,${TENCENT.toLowerCase()},139-4770-0123,`,
  '金辉物流有限公司,,,赵六',
];

const importFile = (s: Session, fileName: string, department: string, contentBase64: string, mapping?: Record<string, string | null>) =>
  s.post('/api/registry/imports', { fileName, department, contentBase64, ...(mapping ? { mapping } : {}) });
const entities = async (s: Session, q = '') => (await s.get(`/api/registry/entities?pageSize=200${q}`)).json();

describe('base register', () => {
  let hengda = '';
  let jinhui = '';

  it('previews the mapping of a department file and reports headers it does not know', async () => {
    const res = await city.post('/api/registry/imports/preview', { fileName: '税务局.csv', department: '税务局', contentBase64: gbk(TAX) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ encoding: 'gb18030', headerRow: 1, rows: 2, unknown: ['举办者'] });
    expect(res.json().columns.map((c: { field: string | null }) => c.field)).toEqual(['name', 'code', 'phone', null]);
    expect(res.json().columns[0].samples).toEqual(['恒達商貿有限公司', '金辉物流有限公司']);
  });

  it('imports the first file: three rows, three entries, each row kept with its provenance', async () => {
    const res = await importFile(city, '市场监督管理局_2026.csv', '市场监督管理局', utf8Bom(MARKET_V1));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rows: 3, newEntities: 3, changedEntities: 0, goneEntities: 0, reviewQueue: 0, entities: 3 });
    const list = await entities(city);
    expect(list.total).toBe(3);
    hengda = list.items.find((e: { name: string }) => e.name === '伊金霍洛旗恒达商贸有限公司').id;
    jinhui = list.items.find((e: { name: string }) => e.name === '鄂尔多斯市金辉物流有限公司').id;
    const [stored] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from registry_source_rows where department = '市场监督管理局' and file_name = '市场监督管理局_2026.csv'`);
    expect(stored!.n).toBe(3);
  });

  it('places each entry by its address and assigns the industry party committee', async () => {
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    // 阿勒腾席热镇 (150627100000) under 伊金霍洛旗; 商贸 → 商务行业党委 by the default rules
    expect(detail).toMatchObject({ regionCode: '150627100000', ledger: 'enterprise', committee: '商务行业党委', creditCode: TENCENT, phoneMasked: '139****0123', foundedOn: '2015-06-01' });
    const branch = (await entities(city, `&q=${encodeURIComponent('分公司')}`)).items[0];
    expect(branch.regionCode).toBe('150602001000');
    expect(branch.committee).toBe('商务行业党委');
  });

  it('merges the second department (GBK, 繁體, lower-case code), queues the uncertain pair, remembers the fixed header', async () => {
    const res = await importFile(city, '税务局.csv', '税务局', gbk(TAX), { 举办者: 'legalRep' });
    // 恒達商貿 joins 恒达 by code; 金辉物流 without code but another boss: name exact 12 − 3 = 9 → review
    expect(res.json()).toMatchObject({ rows: 2, newEntities: 1, reviewQueue: 1, entities: 4 });
    const preview = await city.post('/api/registry/imports/preview', { fileName: '税务局.csv', department: '税务局', contentBase64: gbk(TAX) });
    expect(preview.json().columns[3]).toMatchObject({ header: '举办者', field: 'legalRep' });
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    expect(detail.rows.map((r: { department: string }) => r.department).sort()).toEqual(['市场监督管理局', '税务局']);
    // the market regulator outranks tax: its name stands, the other is shown as a conflict
    expect(detail.provenance.name).toMatchObject({ value: '伊金霍洛旗恒达商贸有限公司', department: '市场监督管理局' });
    expect(detail.conflicts.name.map((v: { value: string }) => v.value)).toEqual(['伊金霍洛旗恒达商贸有限公司', '恒達商貿有限公司']);
    expect(detail.verification).toBe('conflict');
  });

  it('shows the review item with its explanation and confirms it with one click', async () => {
    const queue = (await city.get('/api/registry/review')).json();
    expect(queue.total).toBe(1);
    const item = queue.items[0];
    expect(item.score).toBe(9);
    expect(item.evidence).toEqual([{ field: 'name', level: 'exact', weight: 12 }, { field: 'legalRep', level: 'differ', weight: -3 }]);
    const ok = await city.post(`/api/registry/review/${item.id}`, { decision: 'confirm' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ entityId: jinhui, reviewQueue: 0 });
    expect((await entities(city)).total).toBe(3);
    const again = await city.post(`/api/registry/review/${item.id}`, { decision: 'reject' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('REGISTRY_REVIEW_DECIDED');
  });

  it('keeps entries outside the actor\'s region out of sight (404)', async () => {
    const mine = await entities(street);
    expect(mine.items.map((e: { id: string }) => e.id)).toEqual([hengda]);
    expect((await street.get(`/api/registry/entities/${jinhui}`)).statusCode).toBe(404);
  });

  it('corrects the assignment by hand with optimistic locking; the correction survives re-resolution', async () => {
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    const ok = await city.patch(`/api/registry/entities/${hengda}`, { version: detail.version, committee: '非公有制经济组织综合党委', partyCoverage: 'joint_branch', reason: '企业实际为多元经营' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ committee: '非公有制经济组织综合党委', partyCoverage: 'joint_branch' });
    const stale = await city.patch(`/api/registry/entities/${hengda}`, { version: detail.version, committee: '商务行业党委', reason: '按主营业务' });
    expect(stale.json().code).toBe('CONFLICT');
    const bad = await city.patch(`/api/registry/entities/${hengda}`, { version: ok.json().version, bogus: 1, reason: '测试' });
    expect(bad.statusCode).toBe(400);
  });

  it('splits a wrong merge, and the split holds on re-import', async () => {
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    const taxRow = detail.rows.find((r: { department: string }) => r.department === '税务局').id;
    const res = await city.post(`/api/registry/entities/${hengda}/split`, { sourceRowIds: [taxRow], version: detail.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().entityId).toBe(hengda);
    expect(res.json().newEntityId).not.toBe(hengda);
    expect((await entities(city)).total).toBe(4);
    const all = (await city.post(`/api/registry/entities/${hengda}/split`, { sourceRowIds: [detail.rows[0].id], version: detail.version + 1 }));
    expect(all.json().code).toBe('REGISTRY_SPLIT_INVALID');
  });

  it('re-importing a newer file reports new, changed and gone without duplicating', async () => {
    const v2 = [
      MARKET_V1[0]!,
      `伊金霍洛旗恒达商贸有限公司,${TENCENT},张敏,13947700123,伊金霍洛旗阿勒腾席热镇天骄路18号,2015-06-01`,
      '恒达商贸有限公司东胜分公司,,王伟,13947700124,东胜区交通街道天骄路20号,',
      '鄂尔多斯市博瑞科技有限公司,,赵敏,13800001111,东胜区交通街道民族街3号,2024-01-05',
    ];
    const res = await importFile(city, '市场监督管理局_2027.csv', '市场监督管理局', utf8Bom(v2));
    // 恒达 changed its legal representative; 博瑞 is new; 金辉 is no longer listed by this department
    expect(res.json()).toMatchObject({ rows: 3, newEntities: 1, changedEntities: 1, goneEntities: 1 });
    const list = await entities(city);
    expect(list.items.filter((e: { name: string }) => e.name.includes('恒达商贸有限公司') && !e.name.includes('分公司'))).toHaveLength(1);
    expect(list.items.find((e: { id: string }) => e.id === hengda)).toMatchObject({ legalRepresentative: '张敏', committee: '非公有制经济组织综合党委' });
  });

  it('sends a verification task to street staff, who record the result from a phone', async () => {
    const [user] = await queryRows<{ id: string }>(t, sql`select id from users where username = 'street'`);
    const task = await city.post('/api/registry/tasks', { entityId: hengda, method: 'visit', assigneeId: user!.id, dueOn: '2026-11-30', note: '核实实际经营地' });
    expect(task.statusCode).toBe(200);
    const mine = (await street.get('/api/registry/tasks?mine=true')).json();
    expect(mine.map((x: { id: string }) => x.id)).toEqual([task.json().id]);
    const done = await street.post(`/api/registry/tasks/${task.json().id}/result`, { outcome: 'corrected', phone: '0477-88881234', partyCoverage: 'own_branch' });
    expect(done.json()).toMatchObject({ status: 'done' });
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    expect(detail).toMatchObject({ verification: 'verified', partyCoverage: 'own_branch', phoneMasked: '0477****1234' });
    expect(detail.provenance.phone).toEqual({ value: '0477****1234', department: '核实（张海军（阿勒腾席热镇），2026-11-23）', sourceRowId: null });
    const again = await street.post(`/api/registry/tasks/${task.json().id}/result`, { outcome: 'confirmed' });
    expect(again.json().code).toBe('REGISTRY_TASK_CLOSED');
  });

  it('keeps what staff verified when a department file comes again', async () => {
    // the market file still says 13947700123; the verified 0477-88881234 stands
    await importFile(city, '市场监督管理局_2028.csv', '市场监督管理局', utf8Bom(MARKET_V1));
    const detail = (await city.get(`/api/registry/entities/${hengda}`)).json();
    expect(detail).toMatchObject({ verification: 'verified', phoneMasked: '0477****1234' });
    expect(detail.provenance.phone.department).toBe('核实（张海军（阿勒腾席热镇），2026-11-23）');
  });

  it('audits every import and decision', async () => {
    const rows = await queryRows<{ action: string }>(t, sql`select action from audit_log where action like 'registry.%' order by seq`);
    expect(rows.map((r) => r.action)).toEqual([
      'registry.import', 'registry.import', 'registry.review.confirm', 'registry.entity.update', 'registry.entity.split', 'registry.import', 'registry.task.create', 'registry.task.record', 'registry.import',
    ]);
  });

  it('refuses a file it cannot read, naming the field', async () => {
    const res = await importFile(city, '统计局.xls', '统计局', Buffer.from('not a workbook').toString('base64'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REGISTRY_FILE_UNREADABLE', errors: [{ path: 'contentBase64' }] });
  });
});
