/** Reads every department file in a folder and maps its header: the input of a batch merge. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { departmentOfFile, mapTable, type FieldKey, type HeaderMapping, type SourceRow } from '../engine/index.js';
import { readSheetBytes, SUPPORTED_EXTENSIONS, UnreadableFileError } from './read-sheet.js';

export interface FileReport {
  file: string;
  department: string;
  encoding: string;
  sheet: string;
  mapping: HeaderMapping | null;
  rows: number;
  blankNameRows: number[];
  problem?: string;
}

export interface LoadedFolder {
  rows: SourceRow[];
  files: FileReport[];
}

/** Remembered mappings: department → (folded header → field or null for "ignore"). */
export type RememberedMappings = ReadonlyMap<string, ReadonlyMap<string, FieldKey | null>>;

/**
 * `onRows`, when given, receives each file's rows as soon as the file is mapped and `rows` stays empty: a batch
 * merge of a province's files then never holds every file's cells at once.
 */
export async function loadFolder(folder: string, remembered: RememberedMappings = new Map(), keepRaw = false, onRows?: (rows: SourceRow[]) => void): Promise<LoadedFolder> {
  const names = (await readdir(folder)).filter((f) => !f.startsWith('.') && !f.startsWith('~$')).sort();
  const rows: SourceRow[] = [];
  const files: FileReport[] = [];
  for (const file of names) {
    const ext = path.extname(file).toLowerCase();
    const department = departmentOfFile(file);
    if (!SUPPORTED_EXTENSIONS.includes(ext)) continue;
    let read;
    try {
      read = await readSheetBytes(file, await readFile(path.join(folder, file)));
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      files.push({ file, department, encoding: '', sheet: '', mapping: null, rows: 0, blankNameRows: [], problem: error.message });
      continue;
    }
    // the first sheet whose header can be found is the list; title sheets and notes are passed over
    let report: FileReport | null = null;
    for (const sheet of read.sheets) {
      const mapped = mapTable(file, department, sheet.cells, remembered.get(department), keepRaw);
      if (!mapped.mapping) continue;
      if (onRows) onRows(mapped.rows);
      else rows.push(...mapped.rows);
      report = { file, department, encoding: read.encoding, sheet: sheet.sheet, mapping: mapped.mapping, rows: mapped.rows.length, blankNameRows: mapped.blankNameRows };
      break;
    }
    files.push(report ?? { file, department, encoding: read.encoding, sheet: '', mapping: null, rows: 0, blankNameRows: [], problem: `${file}：前15行中找不到表头（需要至少“名称”一列和另一列可识别的列名）` });
  }
  return { rows, files };
}
