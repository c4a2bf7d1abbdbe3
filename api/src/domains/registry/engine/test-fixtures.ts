// Test helpers: the demo city's region index and a quick way to write source rows.
import ordos from '../../regions/data/ordos-150600.json' with { type: 'json' };
import { buildRegionIndex } from './regions.js';
import type { FieldKey, RegionNode, SourceRow } from './types.js';

export const ORDOS_INDEX = buildRegionIndex((ordos as unknown as [string, string | null, string, number][]).map(([code, parentCode, name, level]): RegionNode => ({ code, parentCode, name, level })));

let counter = 0;
/** A source row in department `dept` (file = department, rows numbered in call order per test file). */
export function row(dept: string, cells: Partial<Record<FieldKey, string>>, rowNo?: number): SourceRow {
  counter++;
  return { file: `${dept}.xlsx`, department: dept, row: rowNo ?? counter, cells };
}
