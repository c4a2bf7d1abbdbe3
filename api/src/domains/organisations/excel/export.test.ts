import ExcelJS from 'exceljs';
import type { Organisation } from '@wushe/common';
import { describe, expect, it } from 'vitest';
import { buildExportWorkbook, displayWidth } from './export.js';
import { parseImportWorkbook, toOrganisationInput } from './parse.js';

const STAMP = { version: 1, createdAt: '2026-01-05T02:00:00.000Z', updatedAt: '2026-01-05T02:00:00.000Z', status: 'active' as const };

const CENTRE: Organisation = {
  id: '01937a1c-0000-7000-8000-000000000001', name: '新城区为老服务中心', creditCode: '52150102MJ0000001Q', type: 'social_service',
  serviceDomains: ['elderly', 'meal_aid'], isHub: true, isBrand: false,
  registrationRegionCode: '150102000000', registrationRegionName: '新城区',
  operatingRegionCode: '150102001001', operatingRegionName: '海东路社区',
  legalRepresentative: '张三', phone: '13800138000', address: '新城区海东路1号', foundedOn: '2021-03-05', grade: '3A', gradeValidUntil: '2026-12-31',
  ...STAMP,
};

const DANCE: Organisation = {
  id: '01937a1c-0000-7000-8000-000000000002', name: '海东路社区舞蹈队', creditCode: null, type: 'community_filed',
  serviceDomains: [], isHub: false, isBrand: true,
  registrationRegionCode: '150102001001', registrationRegionName: '海东路社区',
  operatingRegionCode: '150102001001', operatingRegionName: '海东路社区',
  legalRepresentative: null, phone: null, address: null, foundedOn: null, grade: null, gradeValidUntil: null,
  ...STAMP,
};

/** 19:05 in Asia/Shanghai (UTC+8). */
const GENERATED_AT = new Date('2026-11-23T11:05:00Z');

async function exported(orgs: Organisation[], includeRegionCodes?: boolean): Promise<Buffer> {
  return buildExportWorkbook(orgs, { title: '社会组织名录', generatedAt: GENERATED_AT, filtersText: '区划：新城区；类型：全部', includeRegionCodes });
}

describe('buildExportWorkbook', () => {
  it('writes the title, the generated-at line, a frozen filtered header and readable rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported([CENTRE, DANCE])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('社会组织名录')!;
    expect(ws.getCell('A1').value).toBe('社会组织名录');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('N1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBe('导出时间：2026年11月23日 19:05（筛选条件：区划：新城区；类型：全部）');
    expect(ws.getRow(3).values).toEqual([undefined,
      '组织名称', '统一社会信用代码', '组织类型', '服务领域', '是否枢纽型', '是否品牌性', '登记区划', '实际运营区划',
      '法定代表人', '联系电话', '地址', '成立日期', '等级', '等级有效期至']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:N5');
    expect(ws.getRow(4).values).toEqual([undefined,
      '新城区为老服务中心', '52150102MJ0000001Q', '社会服务机构(民办非企业单位)', '养老、助餐', '是', '否', '新城区', '海东路社区',
      '张三', '13800138000', '新城区海东路1号', new Date(Date.UTC(2021, 2, 5)), '3A', new Date(Date.UTC(2026, 11, 31))]);
    expect(ws.getCell('L4').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('C5').value).toBe('社区社会组织(备案)');
    // 9 Chinese characters are 18 units wide, plus 2 of padding; 地址: 7 Chinese characters and a digit → 15 + 2.
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(11).width).toBe(17);
  });

  it('says 全部 when there are no filters', async () => {
    const wb = new ExcelJS.Workbook();
    const buf = await buildExportWorkbook([], { title: '名录', generatedAt: new Date('2026-11-23T16:30:00Z'), filtersText: ' ' });
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    // 16:30 UTC is already the next day in Shanghai.
    expect(wb.worksheets[0]!.getCell('A2').value).toBe('导出时间：2026年11月24日 00:30（筛选条件：全部）');
  });

  it('counts Chinese and full-width characters double when sizing columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('社会组织')).toBe(8);
    expect(displayWidth('（备案）A')).toBe(9);
  });
});

describe('export → import round trip', () => {
  it('reads an exported file back to the same organisations, leaving region names to resolve', async () => {
    const parsed = await parseImportWorkbook(await exported([CENTRE, DANCE]));
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.headerRow).toBe(3);
    expect(parsed.rows.map((r) => [r.row, r.errors])).toEqual([[4, []], [5, []]]);
    expect(parsed.rows[0]!.values).toMatchObject({ registrationRegionCode: null, registrationRegionName: '新城区', operatingRegionName: '海东路社区' });
    const resolve = { 新城区: '150102000000', 海东路社区: '150102001001' } as Record<string, string>;
    const inputs = parsed.rows.map((r) => toOrganisationInput(r.values, {
      registrationRegionCode: resolve[r.values.registrationRegionName!], operatingRegionCode: resolve[r.values.operatingRegionName!],
    }));
    expect(inputs).toEqual([CENTRE, DANCE].map(inputOf));
  });

  it('carries region codes when exported with them', async () => {
    const parsed = await parseImportWorkbook(await exported([CENTRE, DANCE], true));
    expect(parsed.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(parsed.rows[0]!.values.registrationRegionText).toBe('新城区（150102000000）');
    expect(parsed.rows.map((r) => toOrganisationInput(r.values))).toEqual([CENTRE, DANCE].map(inputOf));
  });

  it('never stores a masked phone from a re-import: it is read as "unchanged"', async () => {
    const parsed = await parseImportWorkbook(await exported([{ ...CENTRE, phone: '138****8000' }]));
    expect(parsed.rows[0]!.errors).toEqual([]);
    expect(parsed.rows[0]!.values).toMatchObject({ phone: null, phoneMasked: true });
  });
});

function inputOf(o: Organisation) {
  return {
    name: o.name, creditCode: o.creditCode, type: o.type, serviceDomains: o.serviceDomains, isHub: o.isHub, isBrand: o.isBrand,
    registrationRegionCode: o.registrationRegionCode, operatingRegionCode: o.operatingRegionCode,
    legalRepresentative: o.legalRepresentative, phone: o.phone, address: o.address, foundedOn: o.foundedOn, grade: o.grade,
    gradeValidUntil: o.gradeValidUntil,
  };
}
