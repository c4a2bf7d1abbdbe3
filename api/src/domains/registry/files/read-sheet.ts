/**
 * Reads a department file into rows of cell text: xlsx and Excel 97–2003 xls (every sheet; title rows kept, the
 * header is found later), csv in UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030 (detected: not valid UTF-8).
 * Dates in xlsx/xls cells become yyyy-mm-dd; numbers stay as written (a date column's Excel serial is read later).
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { XlsError, readXls } from '../../../platform/xls/index.js';
import { parseCsv } from './csv.js';

export interface ReadSheet {
  /** The sheet's name for xlsx/xls; '' for csv. */
  sheet: string;
  cells: string[][];
}

export interface ReadFile {
  sheets: ReadSheet[];
  encoding: 'utf-8' | 'utf-16le' | 'gb18030' | 'xlsx' | 'xls';
}

export class UnreadableFileError extends Error {}

export const SUPPORTED_EXTENSIONS = ['.xlsx', '.xls', '.et', '.csv', '.txt'];

/** Decodes csv bytes, telling UTF-8 from GB18030 by whether the bytes are valid UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: ReadFile['encoding'] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function cellText(value: unknown, depth = 0): string {
  if (value === null || value === undefined || depth > 4) return '';
  if (typeof value === 'string') return value.replace(/[\u00a0\u3000]/g, ' ').replace(/[\u200b\ufeff]/g, '').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // exceljs gives the cell's calendar date at UTC midnight
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') return '';
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : '')).join('').trim();
  if ('formula' in o || 'sharedFormula' in o) {
    // LibreOffice and WPS save a FALSE cell as the formula FALSE(), and exceljs drops a falsy cached result.
    if (o.result === undefined && /^FALSE\(\)$/i.test(String(o.formula ?? ''))) return '否';
    return cellText(o.result, depth + 1);
  }
  if ('text' in o) return cellText(o.text, depth + 1);
  if (typeof o.error === 'string') return o.error;
  return '';
}

export async function readSheetBytes(fileName: string, bytes: Uint8Array): Promise<ReadFile> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xls' || ext === '.et') return readLegacy(fileName, bytes);
  if (ext === '.csv' || ext === '.txt') {
    const { text, encoding } = decodeText(bytes);
    return { sheets: [{ sheet: '', cells: parseCsv(text) }], encoding };
  }
  if (ext !== '.xlsx') throw new UnreadableFileError(`${fileName}：不支持的文件类型 ${ext || '（无扩展名）'}，请使用 .xlsx、.xls 或 .csv`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`${fileName}：不是有效的 xlsx 文件（${(error as Error).message}）`);
  }
  const sheets: ReadSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as unknown[];
      const line: string[] = [];
      for (let c = 1; c < values.length; c++) line.push(cellText(values[c]));
      cells[n - 1] = line;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= [];
    if (cells.length > 0) sheets.push({ sheet: ws.name, cells });
  });
  return { sheets, encoding: 'xlsx' };
}

/** Excel 97–2003 (and WPS .et saved in that format). Some systems export xlsx or html under a .xls name: xlsx is read as such. */
async function readLegacy(fileName: string, bytes: Uint8Array): Promise<ReadFile> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readSheetBytes(fileName.replace(/\.(xls|et)$/i, '.xlsx'), bytes);
  try {
    const sheets = readXls(bytes).map((ws) => ({ sheet: ws.name, cells: ws.rows.map((row) => row.map((v) => cellText(v))) }));
    return { sheets: sheets.filter((s) => s.cells.length > 0), encoding: 'xls' };
  } catch (error) {
    if (error instanceof XlsError) throw new UnreadableFileError(`${fileName}：${error.message}`);
    throw new UnreadableFileError(`${fileName}：不是有效的 .xls 文件（${(error as Error).message}）`);
  }
}
