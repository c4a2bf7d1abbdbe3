import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from './columns.js';
import { formatRowErrors, parseImportWorkbook, toOrganisationInput, type ParsedImport } from './parse.js';

/**
 * GB 32100-2015 check character, written here from the standard so the tests do not lean on the kernel:
 * weights 3^(i-1) mod 31, check = (31 - sum mod 31) mod 31 over the 31-symbol alphabet.
 */
function gbCheck(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += alphabet.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return alphabet[(31 - (sum % 31)) % 31]!;
}

const HEADER = ['序号', '名称', '信用代码 *', '类型（必填）', '服务领域', '是否枢纽型', '是否品牌性', '登记区划*', '实际运营区划*', '法人', '手机号码', '住所', '成立日期', '等级', '等级有效期至'];

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A register the way a street office sends it: a cover sheet, two title rows, a 序号 column, mixed cell kinds. */
async function officeFile(): Promise<ParsedImport> {
  const buf = await xlsx((wb) => {
    wb.addWorksheet('封面').getCell('A1').value = '新城区社会组织台账（2026年）';
    const ws = wb.addWorksheet('台账');
    ws.mergeCells('A1:O1');
    ws.getCell('A1').value = '新城区社会组织登记表';
    ws.getCell('A2').value = '填报单位：新城区民政局';
    ws.getRow(3).values = HEADER;
    ws.getRow(4).values = [1, '新城区为老服务中心', '52150102MJ0000001Q', '社会服务机构(民办非企业单位)', '养老、助餐', '是', '否',
      '新城区（150102000000）', '150102001001', '张三', '138 0013 8000', '新城区海东路1号', '2021-03-05', '3A级', '2026/12/31'];
    ws.getRow(5).values = [2, '海东路社区舞蹈队', null, '社区社会组织（备案）', '文化体育', null, null, '海东路社区', '海东路社区',
      null, null, null, 44260, 'AAA', '20271231'];
    // row 6 left empty; row 7 has only the 序号 column, which is not a register column
    ws.getCell('A7').value = 3;
    ws.getRow(8).values = [4, 'A', '91440300708461136U', '社会团体', '养老、跳舞', '也许', null, null, '新城区', null, '12345', null, '2021-02-30', '6A', null];
    ws.getRow(9).values = [5, '新城区书法协会', null, '社会团体', null, null, null, '新城区', '新城区', null, null, null, '2021年3月5日', null, null];
    ws.getRow(10).values = [6, '重复的为老服务中心', '52150102mj0000001q', '民办非企业单位', null, null, null, '新城区', '新城区', null, null, null, null, null, '2027-01-01'];
    ws.getRow(11).values = [7, '数字代码基金会', 914403007084611360, '基金会', null, null, null, '新城区', '新城区'];
    const r12 = ws.getRow(12);
    r12.getCell(2).value = { text: '链接公益基金会', hyperlink: 'https://example.org' };
    r12.getCell(3).value = { richText: [{ text: '53150102MJ' }, { text: '0000011N', font: { bold: true } }] };
    r12.getCell(4).value = { formula: '"基金"&"会"', result: '基金会' };
    r12.getCell(8).value = '新城区（150102000000）';
    r12.getCell(9).value = 150102000000;
    r12.getCell(13).value = new Date(Date.UTC(2021, 2, 5));
  });
  return parseImportWorkbook(buf);
}

describe('parseImportWorkbook', () => {
  it('finds the header below title rows on the first sheet that has one', async () => {
    const parsed = await officeFile();
    expect(parsed.sheetName).toBe('台账');
    expect(parsed.headerRow).toBe(3);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.rows.map((r) => r.row)).toEqual([4, 5, 8, 9, 10, 11, 12]);
  });

  it('reads a good row into a draft with dictionary keys, normalised phone and ISO dates', async () => {
    const [first] = (await officeFile()).rows;
    expect(first!.errors).toEqual([]);
    expect(first!.values).toEqual({
      name: '新城区为老服务中心', creditCode: '52150102MJ0000001Q', type: 'social_service', serviceDomains: ['elderly', 'meal_aid'],
      isHub: true, isBrand: false,
      registrationRegionCode: '150102000000', registrationRegionName: '新城区', registrationRegionText: '新城区（150102000000）',
      operatingRegionCode: '150102001001', operatingRegionName: null, operatingRegionText: '150102001001',
      legalRepresentative: '张三', phone: '13800138000', phoneMasked: false, address: '新城区海东路1号', foundedOn: '2021-03-05', grade: '3A', gradeValidUntil: '2026-12-31',
    });
  });

  it('lets a filed community organisation go without a code and leaves bare region names to the caller', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 5)!;
    expect(row.errors).toEqual([]);
    expect(row.values).toMatchObject({
      creditCode: null, type: 'community_filed', serviceDomains: ['culture_sports'], isHub: false, isBrand: false,
      registrationRegionCode: null, registrationRegionName: '海东路社区', registrationRegionText: '海东路社区',
      foundedOn: '2021-03-05', grade: '3A', gradeValidUntil: '2027-12-31',
    });
    expect(toOrganisationInput(row.values)).toBeNull();
    expect(toOrganisationInput(row.values, { registrationRegionCode: '150102001001', operatingRegionCode: '150102001001' }))
      .toMatchObject({ name: '海东路社区舞蹈队', registrationRegionCode: '150102001001', creditCode: null });
  });

  it('reports every bad cell of a row, in column order, each naming its column', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 8)!;
    expect(gbCheck('91440300708461136')).toBe('T');
    expect(row.errors.map((e) => e.column)).toEqual(['组织名称', '统一社会信用代码', '服务领域', '是否枢纽型', '登记区划', '联系电话', '成立日期', '等级']);
    expect(row.errors.find((e) => e.column === '统一社会信用代码')!.message).toBe('统一社会信用代码第18位校验码应为T');
    expect(row.errors.find((e) => e.column === '组织名称')!.message).toBe('组织名称应为2—100个字，实际为1个字');
    expect(row.errors.find((e) => e.column === '登记区划')!.message).toBe('登记区划必填');
    expect(row.errors.find((e) => e.column === '成立日期')!.message).toBe('成立日期“2021-02-30”不是有效日期');
  });

  it('requires a credit code for every type but 社区社会组织(备案)', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 9)!;
    expect(row.errors).toEqual([{ column: '统一社会信用代码', message: '统一社会信用代码必填（社区社会组织备案除外）' }]);
    expect(row.values.foundedOn).toBe('2021-03-05');
  });

  it('flags a later row repeating a code (after normalising) and a validity date without a grade', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 10)!;
    expect(row.values.creditCode).toBe('52150102MJ0000001Q');
    expect(row.errors).toEqual([
      { column: '统一社会信用代码', message: '与第4行的统一社会信用代码重复' },
      { column: '等级有效期至', message: '填写了等级有效期至，但未填写等级' },
    ]);
  });

  it('asks for text when a code was typed into a number cell', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 11)!;
    expect(row.errors).toEqual([{ column: '统一社会信用代码', message: '请以文本格式填写统一社会信用代码' }]);
  });

  it('reads hyperlinks, rich text, formula results, number and date cells as displayed', async () => {
    const row = (await officeFile()).rows.find((r) => r.row === 12)!;
    expect(gbCheck('53150102MJ0000011')).toBe('N');
    expect(row.errors).toEqual([]);
    expect(row.values).toMatchObject({
      name: '链接公益基金会', creditCode: '53150102MJ0000011N', type: 'foundation',
      registrationRegionCode: '150102000000', operatingRegionCode: '150102000000', foundedOn: '2021-03-05',
    });
  });

  it('formats errors as 第N行 lines', async () => {
    const lines = formatRowErrors((await officeFile()).rows);
    expect(lines).toContain('第8行: 统一社会信用代码第18位校验码应为T');
    expect(lines).toContain('第10行: 与第4行的统一社会信用代码重复');
    expect(lines).toContain('第11行: 请以文本格式填写统一社会信用代码');
    expect(lines.filter((l) => l.startsWith('第8行: '))).toHaveLength(8);
    expect(lines).toHaveLength(8 + 1 + 2 + 1);
  });

  it('reports missing required columns and duplicated columns', async () => {
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getRow(1).values = ['组织名称', '组织类型', '电话', '联系电话', '登记区划'];
      ws.getRow(2).values = ['某协会', '社会团体', '13800138000', '13900139000', '新城区'];
    });
    const parsed = await parseImportWorkbook(buf);
    expect(parsed.headerErrors).toEqual([
      '表头“联系电话”出现在多列（C列、D列），请只保留一列',
      '缺少必填列：实际运营区划',
    ]);
    expect(parsed.rows[0]!.values.phone).toBe('13800138000');
  });

  it('applies a value merged down several rows to each row, and counts a header merged across columns once', async () => {
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getRow(1).values = ['组织名称', '组织类型', '登记区划', '实际运营区划', '地址'];
      ws.mergeCells('E1:F1');
      ws.getRow(2).values = ['甲社区志愿队', '社区社会组织(备案)', '新城区（150102000000）', '海东路社区'];
      ws.getRow(3).values = ['乙社区志愿队', '社区社会组织(备案)', null, '海东路社区'];
      ws.mergeCells('C2:C3');
    });
    const parsed = await parseImportWorkbook(buf);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.values.registrationRegionCode, r.errors])).toEqual([
      [2, '150102000000', []],
      [3, '150102000000', []],
    ]);
  });

  it('stops after the row limit and says to import in batches', async () => {
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getRow(1).values = ['组织名称', '组织类型', '登记区划', '实际运营区划'];
      for (let r = 2; r <= 6; r++) ws.getRow(r).values = [`第${r}社区志愿队`, '社区社会组织(备案)', '新城区', '新城区'];
    });
    const within = await parseImportWorkbook(buf, { maxRows: 5 });
    expect(within.rows).toHaveLength(5);
    expect(within.headerErrors).toEqual([]);
    const over = await parseImportWorkbook(buf, { maxRows: 4 });
    expect(over.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(over.headerErrors).toEqual(['数据超过4行，请分批导入']);
    expect(MAX_IMPORT_ROWS).toBe(5000);
  });

  it('says so when no sheet has a header', async () => {
    const buf = await xlsx((wb) => {
      wb.addWorksheet('Sheet1').getRow(1).values = ['序号', '备注', '组织名称'];
    });
    const parsed = await parseImportWorkbook(buf);
    expect(parsed.rows).toEqual([]);
    expect(parsed.sheetName).toBeNull();
    expect(parsed.headerErrors).toHaveLength(1);
    expect(parsed.headerErrors[0]).toMatch(/^未找到表头/);
  });

  it('rejects what is not an xlsx file with IMPORT_FILE_UNREADABLE', async () => {
    await expect(parseImportWorkbook(Buffer.from('组织名称,组织类型\n某协会,社会团体\n'))).rejects.toMatchObject({ code: 'IMPORT_FILE_UNREADABLE' });
    await expect(parseImportWorkbook(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({ code: 'IMPORT_FILE_UNREADABLE' });
    const xls = Buffer.alloc(512);
    xls.writeUInt32BE(0xd0cf11e0, 0);
    await expect(parseImportWorkbook(xls)).rejects.toMatchObject({ code: 'IMPORT_FILE_UNREADABLE', message: expect.stringContaining('.xls') });
  });
});
