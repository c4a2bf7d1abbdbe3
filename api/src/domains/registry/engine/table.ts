/** A sheet as read (rows of cell text) → mapped source rows, with the header mapping for confirmation. */
import { detectHeader, type HeaderMapping } from './headers.js';
import type { FieldKey, SourceRow } from './types.js';

export interface MappedTable {
  mapping: HeaderMapping | null;
  rows: SourceRow[];
  /** Data rows skipped because the name cell was blank (1-based data row numbers). */
  blankNameRows: number[];
  /** Data rows skipped as totals or sign-off lines (合计 / 共900户 / 填表人：…), not organisations. */
  footerRows: number[];
}

const TOTAL_CELL = /^(合\s*计|小\s*计|总\s*计|累\s*计|总\s*数)[:：]?$/;
const TOTAL_NAME = /^(合\s*计|小\s*计|总\s*计|累\s*计)|^共\s*[\d,，]+\s*(户|家|个|条|人|项|所)/;
const SIGN_OFF = /^(填\s*表\s*人|填\s*报\s*人|制\s*表\s*人?|审\s*核\s*人?|负\s*责\s*人|联\s*系\s*人|填报单位|填表日期|填报日期|报送日期|备\s*注|说\s*明|注)\s*[:：]/;

/** A total or a sign-off line under the list: its name cell says so, or a cell before the name reads 合计. */
function isFooter(line: readonly string[], name: string, nameColumn: number): boolean {
  if (TOTAL_NAME.test(name) || SIGN_OFF.test(name)) return true;
  return line.slice(0, Math.max(1, nameColumn)).some((c) => TOTAL_CELL.test(String(c ?? '').trim()));
}

/**
 * Maps one sheet. Row numbers are 1-based data rows under the header (the CLI's `row`). Rows that are
 * entirely blank are skipped but still counted, so numbers stay those a person sees under the header.
 */
export function mapTable(file: string, department: string, cells: readonly (readonly string[])[], remembered?: ReadonlyMap<string, FieldKey | null>, keepRaw = false): MappedTable {
  const mapping = detectHeader(cells, remembered);
  if (!mapping) return { mapping: null, rows: [], blankNameRows: [], footerRows: [] };
  const rows: SourceRow[] = [];
  const blankNameRows: number[] = [];
  const footerRows: number[] = [];
  const nameColumn = mapping.columns.indexOf('name');
  for (let r = mapping.headerRow + 1; r < cells.length; r++) {
    const line = cells[r]!;
    if (line.every((c) => !String(c ?? '').trim())) continue;
    const out: Partial<Record<FieldKey, string>> = {};
    mapping.columns.forEach((key, i) => {
      const v = String(line[i] ?? '').trim();
      if (key && v) out[key] = v;
    });
    const row = r - mapping.headerRow;
    if (!out.name) { blankNameRows.push(row); continue; }
    if (isFooter(line, out.name, nameColumn)) { footerRows.push(row); continue; }
    const raw = keepRaw ? Object.fromEntries(mapping.headers.map((h, i) => [h || `第${i + 1}列`, String(line[i] ?? '')])) : undefined;
    rows.push(raw ? { file, department, row, cells: out, raw } : { file, department, row, cells: out });
  }
  return { mapping, rows, blankNameRows, footerRows };
}

/** The department a file came from, read from its name (市场监督管理局_2026.xlsx → 市场监督管理局). */
export function departmentOfFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return base.split(/[_\-—\s]+/)[0] || base;
}
