import { REGION_LEVELS, type RegionLevel } from '@wushe/common';

/** Level number (1 province … 7 micro-grid) to its name. */
export function levelName(level: number): RegionLevel {
  return REGION_LEVELS[level - 1] ?? 'village';
}

/** Level of a national 12-digit code from its trailing zeros (2+2+2+3+3 digits). */
export function levelOfNationalCode(code: string): number {
  if (!/^\d{12}$/.test(code)) throw new Error(`not a 12-digit division code: ${code}`);
  if (code.slice(2) === '0000000000') return 1;
  if (code.slice(4) === '00000000') return 2;
  if (code.slice(6) === '000000') return 3;
  if (code.slice(9) === '000') return 4;
  return 5;
}

/** Pads a 2/4/6/9-digit division code to the 12-digit statistical form. */
export function toTwelveDigits(code: string): string {
  return code.padEnd(12, '0');
}

/** Grids hang under villages/communities and micro-grids under grids; nothing else may be created in the UI. */
export function childKindFor(parentLevel: number): { level: number; marker: 'G' | 'M' } | null {
  if (parentLevel === 5) return { level: 6, marker: 'G' };
  if (parentLevel === 6) return { level: 7, marker: 'M' };
  return null;
}

/** The next child code: parent + marker + two-digit (then three-digit) serial. */
export function nextGridCode(parentCode: string, marker: 'G' | 'M', existingChildCodes: readonly string[]): string {
  const prefix = parentCode + marker;
  let max = 0;
  for (const c of existingChildCodes) {
    if (c.startsWith(prefix)) max = Math.max(max, Number(c.slice(prefix.length)) || 0);
  }
  const n = max + 1;
  if (n > 999) throw new Error('too many grids under one region');
  return prefix + String(n).padStart(n > 99 ? 3 : 2, '0');
}
