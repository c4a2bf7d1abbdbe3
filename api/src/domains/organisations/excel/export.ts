/** The register as a readable Excel list (名录) that the import also accepts back. */
import ExcelJS from 'exceljs';
import { formatDateTime, formatDateZh, isValidIsoDate, ORG_TYPE_ZH, SERVICE_DOMAIN_ZH, toRegionDate, type Organisation } from '@wushe/common';
import { COLUMNS, type ColumnKey } from './columns.js';

export const EXPORT_SHEET = '社会组织名录';

export interface ExportOptions {
  /** Shown in the first row, e.g. 社会组织名录. */
  title: string;
  generatedAt: Date;
  /** Human description of the list filters, e.g. 区划：新城区；类型：社会团体; blank means 全部. */
  filtersText: string;
  /** Write regions as 名称（代码） so a re-import needs no name lookup; default names only. */
  includeRegionCodes?: boolean;
}

/** Rows above the header: the title and the generated-at line. */
const TITLE_ROWS = 2;
const HEADER_ROW = TITLE_ROWS + 1;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Builds the export; phones are written exactly as given, so the caller decides whether they are masked. */
export async function buildExportWorkbook(orgs: readonly Organisation[], opts: ExportOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'wushe';
  wb.created = opts.generatedAt;
  wb.modified = opts.generatedAt;
  const ws = wb.addWorksheet(EXPORT_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  const last = COLUMNS.length;

  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = opts.title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = generatedLine(opts.generatedAt, opts.filtersText);

  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.title);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  COLUMNS.forEach((_, i) => {
    header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });

  const widths = COLUMNS.map((c) => displayWidth(c.title));
  orgs.forEach((org, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    COLUMNS.forEach((c, j) => {
      const value = cellValue(org, c.key, opts.includeRegionCodes ?? false);
      const cell = row.getCell(j + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      widths[j] = Math.max(widths[j]!, value instanceof Date ? 10 : displayWidth(value ?? ''));
    });
  });
  COLUMNS.forEach((c, j) => {
    const column = ws.getColumn(j + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[j]! + 2));
    if (c.key === 'creditCode' || c.key === 'phone') column.numFmt = '@';
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + orgs.length, column: last } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 导出时间：2026年11月23日 19:05（筛选条件：…）, the time in Asia/Shanghai. */
export function generatedLine(at: Date, filtersText: string): string {
  const time = formatDateTime(at).slice(11);
  return `导出时间：${formatDateZh(toRegionDate(at))} ${time}（筛选条件：${filtersText.trim() || '全部'}）`;
}

function cellValue(org: Organisation, key: ColumnKey, withCodes: boolean): string | Date | null {
  const region = (name: string, code: string) => (withCodes ? `${name}（${code}）` : name);
  switch (key) {
    case 'name': return org.name;
    case 'creditCode': return org.creditCode;
    case 'type': return ORG_TYPE_ZH[org.type];
    case 'serviceDomains': return org.serviceDomains.map((d) => SERVICE_DOMAIN_ZH[d]).join('、') || null;
    case 'isHub': return org.isHub ? '是' : '否';
    case 'isBrand': return org.isBrand ? '是' : '否';
    case 'registrationRegion': return region(org.registrationRegionName, org.registrationRegionCode);
    case 'operatingRegion': return region(org.operatingRegionName, org.operatingRegionCode);
    case 'legalRepresentative': return org.legalRepresentative;
    case 'phone': return org.phone;
    case 'address': return org.address;
    case 'foundedOn': return dateCell(org.foundedOn);
    case 'grade': return org.grade;
    case 'gradeValidUntil': return dateCell(org.gradeValidUntil);
  }
}

/** A real Excel date (sortable, filterable) for 'YYYY-MM-DD'; anything else stays text. */
function dateCell(iso: string | null): string | Date | null {
  if (!iso) return null;
  const day = iso.slice(0, 10);
  return isValidIsoDate(day) ? new Date(`${day}T00:00:00Z`) : iso;
}

/** Width in Excel character units: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}
