/** Writes generated tables as the departments would send them: xlsx with title rows, GBK or UTF-8 csv. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvLine } from '../../api/src/domains/registry/files/csv.js';
import type { GeneratedTable } from './generate.js';

async function writeXlsx(file: string, t: GeneratedTable): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  for (const title of t.titleRows) ws.addRow([title]);
  ws.addRow(t.headers);
  const dateCol = t.headers.findIndex((h) => /日期|时间/.test(h));
  for (const row of t.rows) {
    // Excel serials go in as numbers with a date format, as a date typed into Excel is stored
    const cells: (string | number)[] = row.map((c, i) => (i === dateCol && /^\d{5}$/.test(c) ? Number(c) : c));
    const added = ws.addRow(cells);
    if (dateCol >= 0 && typeof cells[dateCol] === 'number') added.getCell(dateCol + 1).numFmt = 'yyyy"年"m"月"d"日"';
  }
  await wb.xlsx.writeFile(file);
}

export async function writeTables(folder: string, tables: readonly GeneratedTable[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const truth = ['file,row,entity'];
  for (const t of tables) {
    const file = path.join(folder, t.file);
    if (t.format === 'xlsx') await writeXlsx(file, t);
    else {
      const text = [t.headers, ...t.rows].map(csvLine).join('\r\n') + '\r\n';
      if (t.format === 'csv-gbk') await writeFile(file, iconv.encode(text, 'gb18030'));
      else await writeFile(file, (t.format === 'csv-utf8-bom' ? '\ufeff' : '') + text);
    }
    t.truth.forEach((e, i) => truth.push(`${t.file},${i + 1},${e}`));
  }
  await writeFile(path.join(folder, '..', `${path.basename(folder)}-truth.csv`), truth.join('\n') + '\n');
}
