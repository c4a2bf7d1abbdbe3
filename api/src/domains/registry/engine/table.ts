/** A sheet as read (rows of cell text) → mapped source rows, with the header mapping for confirmation. */
import { detectHeader, type HeaderMapping } from './headers.js';
import type { FieldKey, SourceRow } from './types.js';

export interface MappedTable {
  mapping: HeaderMapping | null;
  rows: SourceRow[];
  /** Data rows skipped because the name cell was blank (1-based data row numbers). */
  blankNameRows: number[];
}

/**
 * Maps one sheet. Row numbers are 1-based data rows under the header (the CLI's `row`). Rows that are
 * entirely blank are skipped but still counted, so numbers stay those a person sees under the header.
 */
export function mapTable(file: string, department: string, cells: readonly (readonly string[])[], remembered?: ReadonlyMap<string, FieldKey | null>, keepRaw = false): MappedTable {
  const mapping = detectHeader(cells, remembered);
  if (!mapping) return { mapping: null, rows: [], blankNameRows: [] };
  const rows: SourceRow[] = [];
  const blankNameRows: number[] = [];
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
    const raw = keepRaw ? Object.fromEntries(mapping.headers.map((h, i) => [h || `第${i + 1}列`, String(line[i] ?? '')])) : undefined;
    rows.push(raw ? { file, department, row, cells: out, raw } : { file, department, row, cells: out });
  }
  return { mapping, rows, blankNameRows };
}

/** The department a file came from, read from its name (市场监督管理局_2026.xlsx → 市场监督管理局). */
export function departmentOfFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return base.split(/[_\-—\s]+/)[0] || base;
}
