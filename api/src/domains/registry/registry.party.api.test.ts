// Party-building columns and Excel 97–2003 files, through the real import path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let city: Session;
beforeAll(async () => {
  t = await createTestContext({ organisations: 0 });
  city = await t.login('city');
});
afterAll(async () => { await t?.close(); });

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
const importFile = (fileName: string, department: string, contentBase64: string) =>
  city.post('/api/registry/imports', { fileName, department, contentBase64 });
type Entry = { id: string; name: string; partyCoverage: string; version: number };
const byName = async (): Promise<Map<string, Entry>> =>
  new Map((await city.get('/api/registry/entities?pageSize=200')).json().items.map((e: Entry) => [e.name, e]));

const V1 = [
  '组织名称,负责人,住所,是否建立党组织',
  '伊金霍洛旗蒲公英社会工作服务中心,王芳,伊金霍洛旗阿勒腾席热镇天骄路1号,联合党支部',
  '伊金霍洛旗夕阳红养老服务中心,李军,伊金霍洛旗阿勒腾席热镇天骄路3号,否',
  '伊金霍洛旗向日葵助学服务中心,赵敏,伊金霍洛旗阿勒腾席热镇天骄路5号,是',
];

describe('party-organisation column', () => {
  it('maps 是否建立党组织 and reads 联合党支部 / 否 / 是 as joint branch / none / still unknown', async () => {
    const preview = await city.post('/api/registry/imports/preview', { fileName: '民政局.csv', department: '民政局', contentBase64: csv(V1) });
    expect(preview.json().columns.map((c: { field: string | null }) => c.field)).toEqual(['name', 'legalRep', 'address', 'party']);
    expect((await importFile('民政局.csv', '民政局', csv(V1))).json()).toMatchObject({ rows: 3, newEntities: 3 });
    const e = await byName();
    expect(e.get('伊金霍洛旗蒲公英社会工作服务中心')!.partyCoverage).toBe('joint_branch');
    expect(e.get('伊金霍洛旗夕阳红养老服务中心')!.partyCoverage).toBe('none');
    expect(e.get('伊金霍洛旗向日葵助学服务中心')!.partyCoverage).toBe('unknown');
  });

  it('lets a later file fill what nobody knew, but never overwrite what a person set', async () => {
    const before = await byName();
    const xiyang = before.get('伊金霍洛旗夕阳红养老服务中心')!;
    const detail = (await city.get(`/api/registry/entities/${xiyang.id}`)).json();
    expect((await city.patch(`/api/registry/entities/${xiyang.id}`, { version: detail.version, partyCoverage: 'own_branch', reason: '2026年11月已单独成立党支部' })).statusCode).toBe(200);
    const v2 = [V1[0]!, V1[1]!, V1[2]!, V1[3]!.replace(/是$/, '单独组建')];
    expect((await importFile('民政局_2026Q4.csv', '民政局', csv(v2))).statusCode).toBe(200);
    const after = await byName();
    expect(after.get('伊金霍洛旗夕阳红养老服务中心')!.partyCoverage).toBe('own_branch'); // the person's fact stands
    expect(after.get('伊金霍洛旗向日葵助学服务中心')!.partyCoverage).toBe('own_branch'); // was unknown: the file fills it
    expect(after.size).toBe(3);
  });
});

describe('Excel 97–2003 import', () => {
  it('imports a .xls written by LibreOffice: 900 firms under title rows, the 合计 row left out', async () => {
    const bytes = readFileSync(path.join(import.meta.dirname, '../../platform/xls/fixtures/department.xls'));
    const res = await importFile('市场监督管理局.xls', '市场监督管理局', bytes.toString('base64'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rows: 900 });
    const found = (await city.get(`/api/registry/entities?pageSize=20&q=${encodeURIComponent('共900户')}`)).json();
    expect(found.total).toBe(0);
    const first = (await city.get(`/api/registry/entities?pageSize=20&q=${encodeURIComponent('伊金霍洛旗王氏社会工作服务有限公司')}`)).json();
    expect(first.items.map((e: { name: string }) => e.name)).toContain('伊金霍洛旗王氏社会工作服务有限公司（第1号）');
  });
});
