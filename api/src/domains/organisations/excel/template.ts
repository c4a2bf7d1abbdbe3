/** The blank import template: the register columns with drop-downs, instructions, and a hidden dictionary sheet. */
import ExcelJS from 'exceljs';
import { ORG_GRADES, ORG_TYPES, ORG_TYPE_ZH, SERVICE_DOMAINS, SERVICE_DOMAIN_ZH } from '@wushe/common';
import { COLUMNS, MAX_IMPORT_ROWS, columnLetter, templateTitle, type ColumnKey } from './columns.js';

export const TEMPLATE_SHEET = '社会组织';
export const INSTRUCTIONS_SHEET = '填写说明';
export const DICTIONARY_SHEET = '字典';

export interface TemplateRegion {
  code: string;
  name: string;
}

/** How a region appears in the drop-down and how the parser reads it back: 名称（代码）. */
export function regionLabel(r: TemplateRegion): string {
  return `${r.name}（${r.code}）`;
}

/** exceljs keeps range-wide validations on `dataValidations`, which its typings leave out. */
interface SheetValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** Builds the .xlsx users download, fill in and upload; the data sheet holds only the header row. */
export async function buildImportTemplate(input: { regions: readonly TemplateRegion[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'wushe';
  const data = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  const dict = wb.addWorksheet(DICTIONARY_SHEET, { state: 'hidden' });

  const lists = fillDictionary(dict, input.regions);
  writeHeader(data);
  addDropDowns(data, lists);
  writeInstructions(help);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface DictionaryRanges {
  types: string;
  domains: string;
  regions: string | null;
}

function fillDictionary(ws: ExcelJS.Worksheet, regions: readonly TemplateRegion[]): DictionaryRanges {
  const columns: [string, string[]][] = [
    ['组织类型', ORG_TYPES.map((k) => ORG_TYPE_ZH[k])],
    ['服务领域', SERVICE_DOMAINS.map((k) => SERVICE_DOMAIN_ZH[k])],
    ['是/否', ['是', '否']],
    ['等级', [...ORG_GRADES]],
    ['区划', regions.map(regionLabel)],
  ];
  columns.forEach(([title, values], i) => {
    const col = ws.getColumn(i + 1);
    col.width = i === 4 ? 40 : 30;
    ws.getCell(1, i + 1).value = title;
    values.forEach((v, j) => (ws.getCell(j + 2, i + 1).value = v));
  });
  const range = (col: string, n: number) => `'${DICTIONARY_SHEET}'!$${col}$2:$${col}$${n + 1}`;
  return {
    types: range('A', ORG_TYPES.length),
    domains: range('B', SERVICE_DOMAINS.length),
    regions: regions.length ? range('E', regions.length) : null,
  };
}

function writeHeader(ws: ExcelJS.Worksheet): void {
  COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    // Text format keeps 18-character codes and leading-zero landlines from becoming numbers.
    if (c.key === 'creditCode' || c.key === 'phone') column.numFmt = '@';
    if (c.key === 'foundedOn' || c.key === 'gradeValidUntil') column.numFmt = 'yyyy-mm-dd';
    const cell = ws.getCell(1, i + 1);
    cell.value = c.required
      ? { richText: [{ text: c.title, font: { bold: true } }, { text: '*', font: { bold: true, color: { argb: 'FFFF0000' } } }] }
      : templateTitle(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  ws.getRow(1).height = 24;
}

function addDropDowns(ws: ExcelJS.Worksheet, lists: DictionaryRanges): void {
  const validations = (ws as unknown as SheetValidations).dataValidations;
  const range = (key: ColumnKey) => {
    const letter = columnLetter(COLUMNS.findIndex((c) => c.key === key) + 1);
    return `${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`;
  };
  const strictList = (formula: string, error: string): ExcelJS.DataValidation => ({
    type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'stop', errorTitle: '输入有误', error,
  });
  validations.add(range('type'), strictList(lists.types, '请从下拉列表中选择组织类型'));
  validations.add(range('isHub'), strictList('"是,否"', '请选择“是”或“否”'));
  validations.add(range('isBrand'), strictList('"是,否"', '请选择“是”或“否”'));
  validations.add(range('grade'), strictList(`"${ORG_GRADES.join(',')}"`, '请选择1A—5A'));
  // Several domains go in one cell joined by 、, which a list cannot express: offer the list, accept any text.
  validations.add(range('serviceDomains'), {
    type: 'list', allowBlank: true, formulae: [lists.domains], showErrorMessage: false,
    showInputMessage: true, promptTitle: '服务领域', prompt: '可从下拉列表选择；多个领域用“、”分隔，如：养老、助餐',
  });
  if (lists.regions) {
    for (const key of ['registrationRegion', 'operatingRegion'] as const) {
      // A warning, not a stop: a bare 12-digit code or a region name is also accepted on import.
      validations.add(range(key), {
        type: 'list', allowBlank: true, formulae: [lists.regions], showErrorMessage: true, errorStyle: 'warning',
        errorTitle: '区划不在列表中', error: '建议从下拉列表中选择；也可填写12位区划代码或区划名称。确定要使用输入的内容吗？',
      });
    }
  }
}

const INSTRUCTIONS: readonly string[] = [
  `1. 请在“${TEMPLATE_SHEET}”工作表中从第2行起逐行填写，每行一个组织；请勿修改表头，不要填写示例行。`,
  '2. 带*的列为必填：组织名称、组织类型、登记区划、实际运营区划。',
  '3. 统一社会信用代码为18位，请以文本格式填写；只有“社区社会组织(备案)”可以不填，其他类型必填。',
  '4. 组织类型、是否枢纽型、是否品牌性、等级、登记区划、实际运营区划请从下拉列表中选择。',
  '5. 服务领域可填多个，用“、”分隔，如：养老、助餐；可选值见下表。',
  '6. 区划可填下拉列表中的“名称（代码）”，也可填12位区划代码或区划名称。',
  '7. 日期（成立日期、等级有效期至）可写作 2021-03-05、2021/3/5、2021年3月5日、20210305 或 2021.03.05。',
  '8. 等级为1A—5A（也可写作3A级、AAA）；填写等级有效期至时须同时填写等级。',
  '9. 联系电话：手机号为11位；座机须带区号，如0471-1234567。',
  `10. 每次最多导入${MAX_IMPORT_ROWS}行；同一文件中统一社会信用代码不能重复。`,
];

function writeInstructions(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 90;
  ws.getCell('A1').value = '社会组织导入模板填写说明';
  ws.getCell('A1').font = { bold: true, size: 14 };
  INSTRUCTIONS.forEach((line, i) => (ws.getCell(i + 3, 1).value = line));

  const tableTop = INSTRUCTIONS.length + 4;
  ws.getRow(tableTop).values = ['列', '是否必填', '可选值或格式'];
  ws.getRow(tableTop).font = { bold: true };
  const notes: Partial<Record<ColumnKey, string>> = {
    creditCode: '18位文本；社区社会组织(备案)可不填',
    type: ORG_TYPES.map((k) => ORG_TYPE_ZH[k]).join('、'),
    serviceDomains: SERVICE_DOMAINS.map((k) => SERVICE_DOMAIN_ZH[k]).join('、'),
    isHub: '是、否', isBrand: '是、否',
    registrationRegion: '名称（代码）、12位区划代码或区划名称', operatingRegion: '名称（代码）、12位区划代码或区划名称',
    phone: '手机号11位；座机带区号', foundedOn: '如2021-03-05', grade: ORG_GRADES.join('、'), gradeValidUntil: '如2027-12-31',
    name: '2—100个字',
  };
  COLUMNS.forEach((c, i) => {
    const row = ws.getRow(tableTop + 1 + i);
    row.values = [c.title, c.required ? '必填' : '选填', notes[c.key] ?? ''];
    row.getCell(3).alignment = { wrapText: true };
  });
}
