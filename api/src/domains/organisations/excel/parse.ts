/** Reads a filled-in register spreadsheet into drafts with per-cell zh-CN errors; no database, no scope. */
import ExcelJS from 'exceljs';
import { AppError, ORG_TYPES_WITHOUT_CODE, type OrganisationInput, type OrgGrade, type OrgType, type ServiceDomain } from '@wushe/common';
import { readCellValue, type CellScalar } from './cells.js';
import { COLUMNS, COLUMN_BY_KEY, MAX_IMPORT_ROWS, columnLetter, matchHeader, type ColumnKey } from './columns.js';
import {
  isMaskedPhone, readCreditCode, readDate, readGrade, readOrgType, readPhone, readRegion, readServiceDomains, readText, readYesNo,
  type FieldResult, type RegionCell,
} from './fields.js';

/** OrganisationInput as read from one row: fields a bad cell leaves unknown are null; regions may still need resolving. */
export interface OrganisationInputDraft {
  name: string | null;
  creditCode: string | null;
  type: OrgType | null;
  serviceDomains: ServiceDomain[];
  isHub: boolean;
  isBrand: boolean;
  /** Set when the cell gave a code (名称（代码） or a bare code); null means resolve `registrationRegionName`. */
  registrationRegionCode: string | null;
  registrationRegionName: string | null;
  /** The cell as written, for messages and for resolving against the region tree. */
  registrationRegionText: string;
  operatingRegionCode: string | null;
  operatingRegionName: string | null;
  operatingRegionText: string;
  legalRepresentative: string | null;
  phone: string | null;
  /** The cell held a masked number (138****1234, as exports show it): for an update, "keep the stored phone". */
  phoneMasked: boolean;
  address: string | null;
  foundedOn: string | null;
  grade: OrgGrade | null;
  gradeValidUntil: string | null;
}

export interface CellError {
  /** zh-CN column title without the required mark, e.g. 统一社会信用代码. */
  column: string;
  /** zh-CN, self-contained (names the column), e.g. 统一社会信用代码第18位校验码应为T. */
  message: string;
}

export interface ParsedRow {
  /** Excel's own 1-based row number. */
  row: number;
  values: OrganisationInputDraft;
  errors: CellError[];
}

export interface ParsedImport {
  rows: ParsedRow[];
  /** Problems with the file as a whole (no header, missing required columns, too many rows); any one blocks the import. */
  headerErrors: string[];
  /** The sheet and row where the header was found, or null when none was. */
  sheetName: string | null;
  headerRow: number | null;
}

/** The header may sit below title rows; look this far down. */
const HEADER_SCAN_ROWS = 10;
/** A row is the header when it names at least this many register columns. */
const HEADER_MIN_COLUMNS = 3;
/** Errors are listed in column order, as a person reads the row. */
const COLUMN_ORDER = new Map(COLUMNS.map((c, i) => [c.title, i]));

export interface ParseOptions {
  /** Data rows accepted before the file is refused as too large; MAX_IMPORT_ROWS unless given. */
  maxRows?: number;
}

/** Parses an uploaded .xlsx; throws AppError IMPORT_FILE_UNREADABLE when it is not one. */
export async function parseImportWorkbook(buf: Buffer, options: ParseOptions = {}): Promise<ParsedImport> {
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const wb = await loadWorkbook(buf);
  const date1904 = Boolean(wb.properties?.date1904);
  for (const ws of wb.worksheets) {
    const header = findHeader(ws);
    if (header) return parseSheet(ws, header, date1904, maxRows);
  }
  return {
    rows: [], sheetName: null, headerRow: null,
    headerErrors: ['未找到表头：请使用下载的导入模板，表头应包含“组织名称”“组织类型”“登记区划”等列'],
  };
}

/** One line per cell error: 第12行: 统一社会信用代码第18位校验码应为X. */
export function formatRowErrors(rows: readonly ParsedRow[]): string[] {
  return rows.flatMap((r) => r.errors.map((e) => `第${r.row}行: ${e.message}`));
}

/** The API input for a draft without errors, with region codes the caller resolved from names; null if still incomplete. */
export function toOrganisationInput(
  d: OrganisationInputDraft,
  resolved: { registrationRegionCode?: string; operatingRegionCode?: string } = {},
): OrganisationInput | null {
  const registrationRegionCode = d.registrationRegionCode ?? resolved.registrationRegionCode;
  const operatingRegionCode = d.operatingRegionCode ?? resolved.operatingRegionCode;
  if (!d.name || !d.type || !registrationRegionCode || !operatingRegionCode) return null;
  return {
    name: d.name, creditCode: d.creditCode, type: d.type, serviceDomains: d.serviceDomains, isHub: d.isHub, isBrand: d.isBrand,
    registrationRegionCode, operatingRegionCode, legalRepresentative: d.legalRepresentative, phone: d.phone,
    address: d.address, foundedOn: d.foundedOn, grade: d.grade, gradeValidUntil: d.gradeValidUntil,
  };
}

async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  // Legacy .xls and password-protected .xlsx are both OLE compound files (D0 CF 11 E0).
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError('IMPORT_FILE_UNREADABLE', [], '文件为旧版.xls格式或已加密，请在Excel中另存为.xlsx（不设密码）后再导入');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FILE_UNREADABLE');
  }
  return wb;
}

interface Header {
  row: number;
  columns: Map<ColumnKey, number>;
  errors: string[];
}

function findHeader(ws: ExcelJS.Worksheet): Header | null {
  const last = Math.min(HEADER_SCAN_ROWS, ws.rowCount);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const seen = new Map<ColumnKey, number[]>();
    row.eachCell((cell, c) => {
      // A header merged across columns names one column, at its first cell.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = readCellValue(cell.value);
      const key = value.kind === 'text' ? matchHeader(value.text) : null;
      if (key) seen.set(key, [...(seen.get(key) ?? []), c]);
    });
    if (seen.size < HEADER_MIN_COLUMNS) continue;
    const errors: string[] = [];
    const columns = new Map<ColumnKey, number>();
    for (const [key, cols] of seen) {
      columns.set(key, cols[0]!);
      if (cols.length > 1) {
        errors.push(`表头“${COLUMN_BY_KEY.get(key)!.title}”出现在多列（${cols.map((c) => `${columnLetter(c)}列`).join('、')}），请只保留一列`);
      }
    }
    const missing = COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.title);
    if (missing.length) errors.push(`缺少必填列：${missing.join('、')}`);
    return { row: r, columns, errors };
  }
  return null;
}

function parseSheet(ws: ExcelJS.Worksheet, header: Header, date1904: boolean, maxRows: number): ParsedImport {
  const rows: ParsedRow[] = [];
  const headerErrors = [...header.errors];
  const firstRowOfCode = new Map<string, number>();
  let tooMany = false;
  // eachRow skips rows without values, so borders or formats carried far down the sheet add no blank rows.
  ws.eachRow((row, r) => {
    if (r <= header.row || tooMany) return;
    const cells = new Map<ColumnKey, CellScalar>();
    // Merged cells read as their first cell's value: a region merged down several rows applies to each.
    for (const [key, col] of header.columns) cells.set(key, readCellValue(row.getCell(col).value));
    if ([...cells.values()].every((c) => c.kind === 'empty')) return;
    if (rows.length === maxRows) {
      headerErrors.push(`数据超过${maxRows}行，请分批导入`);
      tooMany = true;
      return;
    }
    const parsed = parseRow(r, cells, date1904);
    const code = parsed.values.creditCode;
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first === undefined) firstRowOfCode.set(code, r);
      else parsed.errors.push({ column: '统一社会信用代码', message: `与第${first}行的统一社会信用代码重复` });
    }
    parsed.errors.sort((a, b) => COLUMN_ORDER.get(a.column)! - COLUMN_ORDER.get(b.column)!);
    rows.push(parsed);
  });
  return { rows, headerErrors, sheetName: ws.name, headerRow: header.row };
}

function parseRow(row: number, cells: ReadonlyMap<ColumnKey, CellScalar>, date1904: boolean): ParsedRow {
  const errors: CellError[] = [];
  const failed = new Set<ColumnKey>();
  const title = (key: ColumnKey) => COLUMN_BY_KEY.get(key)!.title;
  const cell = (key: ColumnKey): CellScalar => cells.get(key) ?? { kind: 'empty' };
  const take = <T>(key: ColumnKey, result: FieldResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    failed.add(key);
    errors.push({ column: title(key), message: result.message });
    return fallback;
  };
  const requireValue = (key: ColumnKey, value: unknown) => {
    if ((value === null || value === '') && !failed.has(key)) errors.push({ column: title(key), message: `${title(key)}必填` });
  };

  const name = take('name', readText(cell('name'), title('name'), 2, 100), null);
  requireValue('name', name);
  const type = take('type', readOrgType(cell('type')), null);
  requireValue('type', type);
  const creditCode = take('creditCode', readCreditCode(cell('creditCode')), null);
  // A type we could not read says nothing about whether the code may be blank; its own error comes first.
  if (creditCode === null && !failed.has('creditCode') && type !== null && !ORG_TYPES_WITHOUT_CODE.includes(type)) {
    errors.push({ column: title('creditCode'), message: '统一社会信用代码必填（社区社会组织备案除外）' });
  }
  const registration = take<RegionCell | null>('registrationRegion', readRegion(cell('registrationRegion'), title('registrationRegion')), null);
  requireValue('registrationRegion', registration);
  const operating = take<RegionCell | null>('operatingRegion', readRegion(cell('operatingRegion'), title('operatingRegion')), null);
  requireValue('operatingRegion', operating);
  const grade = take('grade', readGrade(cell('grade')), null);
  const gradeValidUntil = take('gradeValidUntil', readDate(cell('gradeValidUntil'), title('gradeValidUntil'), date1904), null);
  if (gradeValidUntil !== null && grade === null && !failed.has('grade')) {
    errors.push({ column: title('gradeValidUntil'), message: '填写了等级有效期至，但未填写等级' });
  }

  const values: OrganisationInputDraft = {
    name,
    creditCode,
    type,
    serviceDomains: take('serviceDomains', readServiceDomains(cell('serviceDomains')), []),
    isHub: take('isHub', readYesNo(cell('isHub'), title('isHub')), false),
    isBrand: take('isBrand', readYesNo(cell('isBrand'), title('isBrand')), false),
    registrationRegionCode: registration?.code ?? null,
    registrationRegionName: registration?.name ?? null,
    registrationRegionText: registration?.text ?? '',
    operatingRegionCode: operating?.code ?? null,
    operatingRegionName: operating?.name ?? null,
    operatingRegionText: operating?.text ?? '',
    legalRepresentative: take('legalRepresentative', readText(cell('legalRepresentative'), title('legalRepresentative'), 1, 40), null),
    phone: isMaskedPhone(cell('phone')) ? null : take('phone', readPhone(cell('phone')), null),
    phoneMasked: isMaskedPhone(cell('phone')),
    address: take('address', readText(cell('address'), title('address'), 1, 200), null),
    foundedOn: take('foundedOn', readDate(cell('foundedOn'), title('foundedOn'), date1904), null),
    grade,
    gradeValidUntil,
  };
  return { row, values, errors };
}
