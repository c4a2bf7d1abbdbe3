import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let street: Session;
beforeAll(async () => {
  t = await createTestContext({ organisations: 30 });
  street = await t.login('street');
});
afterAll(async () => { await t?.close(); });

/** Fills the downloaded template the way an office worker would: header from the template, rows below. */
async function fill(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const template = await street.get('/api/organisations/import/template.xlsx');
  expect(template.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('社会组织')!;
  rows.forEach((r, i) => ws.getRow(i + 2).values = r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const count = async () => Number((await queryRows<{ n: number }>(t, sql`select count(*)::int as n from organisations`))[0]!.n);
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

// Columns: 名称, 信用代码, 类型, 领域, 枢纽, 品牌, 登记区划, 运营区划, 法人, 电话, 地址, 成立日期, 等级, 有效期
const good1 = ['平安社区导入测试志愿服务队', null, '社区社会组织(备案)', '养老、助餐', '否', '否', '平安社区（150627100001）', '150627100001', '李四', '13900002222', '平安小区', '2021/3/5', null, null];
// 52150627MA00000007 has a wrong check character; by hand: the correct one is 6.
const bad = ['恩可社区导入测试服务中心', '52150627MA00000007', '社会服务机构(民办非企业单位)', '儿童', '否', '是', '恩可社区', '恩可社区', '王五', '0477-1234567', '恩可花园', '2020年1月2日', '3A', '2027-12-31'];
const good2 = ['王府路社区导入测试服务中心', '52150627MA00000006', '社会服务机构(民办非企业单位)', '儿童', '否', '是', '阿勒腾席热镇', '王府路社区', '王五', '0477-1234567', '王府路', 44260, '3A', '2027-12-31'];

describe('organisation import', () => {
  it('previews per-row errors in zh-CN with Excel row numbers and writes nothing', async () => {
    const before = await count();
    const res = await street.post('/api/organisations/import?mode=preview', await fill([good1, bad, good2]), XLSX);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ committed: false, total: 3, valid: 2, invalid: 1, created: 0 });
    expect(body.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([[2, 'create'], [3, 'error'], [4, 'create']]);
    expect(body.messages).toEqual(['第3行: 统一社会信用代码第18位校验码应为6']);
    expect(await count()).toBe(before);
  });

  it('writes nothing in "all" mode when any row is bad', async () => {
    const before = await count();
    const res = await street.post('/api/organisations/import?mode=all', await fill([good1, bad, good2]), XLSX);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT_INVALID');
    expect(res.json().errors[0].message).toBe('第3行: 统一社会信用代码第18位校验码应为6');
    expect(await count()).toBe(before);
  });

  it('imports only the valid rows when asked, reading every date form', async () => {
    const before = await count();
    const res = await street.post('/api/organisations/import?mode=validOnly', await fill([good1, bad, good2]), XLSX);
    expect(res.json()).toMatchObject({ committed: true, created: 2, updated: 0, invalid: 1 });
    expect(await count()).toBe(before + 2);
    const found = (await street.get(`/api/organisations?q=${encodeURIComponent('王府路社区导入测试')}`)).json().items[0];
    // Excel serial 44260 is 2021-03-05 (days since 1899-12-30).
    expect(found).toMatchObject({ foundedOn: '2021-03-05', registrationRegionCode: '150627100000', operatingRegionCode: '150627100003', phone: '047****4567' });
  });

  it('updates existing records keyed on the credit code only when asked', async () => {
    const changed = [...good2];
    changed[10] = '王府路88号';
    const refused = await street.post('/api/organisations/import?mode=preview', await fill([changed]), XLSX);
    expect(refused.json().rows[0].errors[0].message).toContain('已登记');
    const res = await street.post('/api/organisations/import?mode=all&updateExisting=true', await fill([changed]), XLSX);
    expect(res.json()).toMatchObject({ committed: true, created: 0, updated: 1 });
    const found = (await street.get('/api/organisations?q=52150627MA00000006')).json().items[0];
    expect(found.address).toBe('王府路88号');
    expect(found.version).toBe(2);
  });

  it('refuses rows placed outside the jurisdiction and files that are not spreadsheets', async () => {
    const outside = [...good1];
    outside[0] = '东胜区越界测试队';
    outside[6] = '150602001001';
    outside[7] = '150602001001';
    const res = await street.post('/api/organisations/import?mode=preview', await fill([outside]), XLSX);
    expect(res.json().rows[0].errors.map((e: { message: string }) => e.message)).toEqual([
      '登记区划“150602001001”不存在或不在您的管辖范围内', '实际运营区划“150602001001”不存在或不在您的管辖范围内',
    ]);
    const junk = await street.post('/api/organisations/import?mode=preview', Buffer.from('名称,代码\n甲,1'), XLSX);
    expect(junk.json().code).toBe('IMPORT_FILE_UNREADABLE');
  });
});

describe('export, edit, re-import (the RuoYi round trip)', () => {
  it('updates from an exported file, keeping the stored phone behind the masked one', async () => {
    const exported = await street.get(`/api/organisations/export.xlsx?q=${encodeURIComponent('王府路社区导入测试')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let dataRow = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === '王府路社区导入测试服务中心') dataRow = n; });
    expect(dataRow).toBeGreaterThan(0);
    expect(String(ws.getRow(dataRow).getCell(10).value)).toBe('047****4567');
    ws.getRow(dataRow).getCell(11).value = '王府路99号';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await street.post('/api/organisations/import?mode=all&updateExisting=true', file, XLSX);
    expect(res.json()).toMatchObject({ committed: true, updated: 1, invalid: 0 });
    const found = (await street.get('/api/organisations?q=52150627MA00000006')).json().items[0];
    expect(found.address).toBe('王府路99号');
    const city = await t.login('city');
    expect((await city.get(`/api/organisations/${found.id}/pii/phone`)).json().value).toBe('04771234567');
  });
});
