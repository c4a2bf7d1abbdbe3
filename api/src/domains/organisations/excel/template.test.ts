import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCellValue, scalarText } from './cells.js';
import { parseImportWorkbook } from './parse.js';
import { buildImportTemplate } from './template.js';

const REGIONS = [
  { code: '150102000000', name: '新城区' },
  { code: '150102001000', name: '海拉尔东路街道' },
  { code: '150102001001', name: '海东路社区' },
];

type Validation = ExcelJS.DataValidation | undefined;
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('buildImportTemplate', () => {
  let wb: ExcelJS.Workbook;
  let buf: Buffer;
  beforeAll(async () => {
    buf = await buildImportTemplate({ regions: REGIONS });
    wb = await load(buf);
  });

  it('has the data sheet first with only the header row, then instructions and a hidden dictionary', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['社会组织', '填写说明', '字典']);
    expect(wb.getWorksheet('字典')!.state).toBe('hidden');
    const ws = wb.getWorksheet('社会组织')!;
    expect(ws.rowCount).toBe(1);
    const titles = Array.from({ length: 14 }, (_, i) => scalarText(readCellValue(ws.getCell(1, i + 1).value)));
    expect(titles).toEqual([
      '组织名称*', '统一社会信用代码', '组织类型*', '服务领域', '是否枢纽型', '是否品牌性', '登记区划*', '实际运营区划*',
      '法定代表人', '联系电话', '地址', '成立日期', '等级', '等级有效期至',
    ]);
    expect(ws.getCell(1, 15).value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('puts drop-downs on the dictionary columns and none elsewhere', () => {
    const dv = validationsOf(wb.getWorksheet('社会组织')!);
    expect(dv['C2']).toMatchObject({ type: 'list', formulae: ["'字典'!$A$2:$A$7"], showErrorMessage: true, errorStyle: 'stop' });
    expect(dv['D2']).toMatchObject({ type: 'list', formulae: ["'字典'!$B$2:$B$16"] });
    expect(dv['D2']!.showErrorMessage).toBeFalsy();
    expect(dv['E2']).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(dv['F2']).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(dv['G2']).toMatchObject({ type: 'list', formulae: ["'字典'!$E$2:$E$4"], errorStyle: 'warning' });
    expect(dv['H2']).toMatchObject({ type: 'list', formulae: ["'字典'!$E$2:$E$4"] });
    expect(dv['M2']).toMatchObject({ type: 'list', formulae: ['"1A,2A,3A,4A,5A"'] });
    expect(dv['C5001']).toBeDefined();
    expect(dv['C5002']).toBeUndefined();
    for (const free of ['A2', 'B2', 'I2', 'J2', 'K2', 'L2', 'N2', 'C1']) expect(dv[free], free).toBeUndefined();
  });

  it('lists the dictionaries the drop-downs point at', () => {
    const dict = wb.getWorksheet('字典')!;
    const column = (c: number, n: number) => Array.from({ length: n }, (_, i) => dict.getCell(i + 2, c).value);
    expect(column(1, 6)).toEqual(['社会团体', '社会服务机构(民办非企业单位)', '基金会', '社区社会组织(备案)', '非公企业', '行业协会商会']);
    expect(dict.getCell(8, 1).value).toBeNull();
    expect(dict.getCell(2, 2).value).toBe('养老');
    expect(dict.getCell(16, 2).value).toBe('党建');
    expect(column(5, 3)).toEqual(['新城区（150102000000）', '海拉尔东路街道（150102001000）', '海东路社区（150102001001）']);
  });

  it('explains required columns, date formats and when the credit code may be blank', () => {
    const help = wb.getWorksheet('填写说明')!;
    const all: string[] = [];
    help.eachRow((row) => row.eachCell((cell) => { all.push(scalarText(readCellValue(cell.value))); }));
    const text = all.join('\n');
    expect(text).toContain('组织名称、组织类型、登记区划、实际运营区划');
    expect(text).toContain('只有“社区社会组织(备案)”可以不填');
    expect(text).toContain('2021年3月5日');
  });

  it('leaves out the region drop-down when there are no regions', async () => {
    const bare = await load(await buildImportTemplate({ regions: [] }));
    const dv = validationsOf(bare.getWorksheet('社会组织')!);
    expect(dv['G2']).toBeUndefined();
    expect(dv['C2']).toBeDefined();
  });

  it('reads back once filled in the way the drop-downs suggest', async () => {
    const filled = await load(buf);
    filled.getWorksheet('社会组织')!.getRow(2).values = [
      '海东路社区为老服务队', null, '社区社会组织(备案)', '养老、志愿服务', '否', '是', '海东路社区（150102001001）', '海东路社区（150102001001）',
      '李四', '0471-6543210', null, '2024/10/1', '2A', '2029-10-01',
    ];
    const parsed = await parseImportWorkbook(Buffer.from(await filled.xlsx.writeBuffer()));
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toEqual({
      row: 2,
      errors: [],
      values: {
        name: '海东路社区为老服务队', creditCode: null, type: 'community_filed', serviceDomains: ['elderly', 'volunteering'],
        isHub: false, isBrand: true,
        registrationRegionCode: '150102001001', registrationRegionName: '海东路社区', registrationRegionText: '海东路社区（150102001001）',
        operatingRegionCode: '150102001001', operatingRegionName: '海东路社区', operatingRegionText: '海东路社区（150102001001）',
        legalRepresentative: '李四', phone: '04716543210', phoneMasked: false, address: null, foundedOn: '2024-10-01', grade: '2A', gradeValidUntil: '2029-10-01',
      },
    });
  });
});
