/**
 * Reads the cells of a BIFF8 workbook stream (Excel 97–2003 and WPS `.xls`): shared strings (with their CONTINUE
 * splits), labels, numbers, RK/MULRK, formula results, booleans; number cells whose format is a date become dates.
 * A merged range repeats its first cell's value in every cell, as exceljs does for xlsx, so a 所属街道 merged down
 * a block of rows belongs to each row. Formatting, styles and charts are skipped: a register needs the values only.
 */
import { XlsError } from './cfb.js';

export type XlsValue = string | number | boolean | Date | null;
export interface XlsSheet {
  name: string;
  rows: XlsValue[][];
}

const R = {
  BOF: 0x0809, EOF: 0x000a, FILEPASS: 0x002f, DATEMODE: 0x0022, FORMAT: 0x041e, XF: 0x00e0, SST: 0x00fc,
  CONTINUE: 0x003c, BOUNDSHEET: 0x0085, LABELSST: 0x00fd, LABEL: 0x0204, NUMBER: 0x0203, RK: 0x027e,
  MULRK: 0x00bd, FORMULA: 0x0006, STRING: 0x0207, BOOLERR: 0x0205, MERGEDCELLS: 0x00e5,
} as const;

/** Built-in number formats that show a date (Excel's 14–17, 22, and the CJK ones 27–36, 50–58). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** A merged range larger than this is decoration (or hostile); its value is not repeated. */
const MAX_MERGE_CELLS = 100_000;

interface Rec { type: number; data: Uint8Array; offset: number }

function* records(stream: Uint8Array, from: number): Generator<Rec> {
  let pos = from;
  while (pos + 4 <= stream.length) {
    const type = stream[pos]! | (stream[pos + 1]! << 8);
    const len = stream[pos + 2]! | (stream[pos + 3]! << 8);
    if (pos + 4 + len > stream.length) throw new XlsError(`工作簿已损坏：第 ${pos} 字节处的记录超出文件`);
    yield { type, data: stream.subarray(pos + 4, pos + 4 + len), offset: pos };
    pos += 4 + len;
  }
}

const u16 = (d: Uint8Array, o: number) => d[o]! | (d[o + 1]! << 8);
const u32 = (d: Uint8Array, o: number) => (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;
const f64 = (d: Uint8Array, o: number) => new DataView(d.buffer, d.byteOffset + o, 8).getFloat64(0, true);

/**
 * A cursor over a record and its CONTINUE records. Character data split by a CONTINUE restarts with one option
 * byte saying whether the rest is 8-bit or 16-bit; everything else (headers, rich runs) continues plainly.
 */
export class Segments {
  private seg = 0;
  private off = 0;
  constructor(private readonly parts: Uint8Array[], startOffset = 0) { this.off = startOffset; }

  private current(): Uint8Array {
    while (this.seg < this.parts.length && this.off >= this.parts[this.seg]!.length) { this.seg++; this.off = 0; }
    const part = this.parts[this.seg];
    if (!part) throw new XlsError('工作簿已损坏：共享字符串表提前结束');
    return part;
  }

  byte(): number {
    const part = this.current();
    return part[this.off++]!;
  }

  u16(): number { return this.byte() | (this.byte() << 8); }
  u32(): number { return (this.u16() | (this.u16() << 16)) >>> 0; }

  skip(n: number): void {
    for (let left = n; left > 0;) {
      const part = this.current();
      const take = Math.min(left, part.length - this.off);
      this.off += take;
      left -= take;
    }
  }

  /** An XLUnicodeRichExtendedString / XLUnicodeString body: cch already read. */
  chars(cch: number, flags: number): string {
    let wide = (flags & 1) === 1;
    let out = '';
    let left = cch;
    while (left > 0) {
      let part = this.parts[this.seg];
      if (!part || this.off >= part.length) {
        this.seg++; this.off = 0;
        part = this.parts[this.seg];
        if (!part) throw new XlsError('工作簿已损坏：字符串被截断');
        wide = (part[this.off++]! & 1) === 1;
      }
      const size = wide ? 2 : 1;
      const take = Math.min(left, Math.floor((part.length - this.off) / size));
      if (take === 0) throw new XlsError('工作簿已损坏：字符跨越记录边界');
      const slice = part.subarray(this.off, this.off + take * size);
      out += wide ? new TextDecoder('utf-16le').decode(slice) : latin1(slice);
      this.off += take * size;
      left -= take;
    }
    return out;
  }

  /** A full XLUnicodeRichExtendedString (the SST's entries). */
  richString(): string {
    const cch = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(cch, flags);
    this.skip(runs * 4 + ext);
    return text;
  }
}

/** 8-bit BIFF8 strings are UTF-16 with the high byte dropped, i.e. Latin-1. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

function decodeRk(rk: number): number {
  const value = rk & 0x02
    ? rk >> 2
    : new DataView(new Uint32Array([0, rk & 0xfffffffc]).buffer).getFloat64(0, true);
  return rk & 0x01 ? value / 100 : value;
}

/** A custom format shows a date when, outside quoted text and [..] sections, it has a year or day part. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').replace(/_./g, '');
  return /[yd]/i.test(bare);
}

/** Serial day number → the calendar date at UTC midnight (Excel's 1900 leap-year bug included). */
export function serialToDate(serial: number, is1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const days = Math.floor(serial + 1e-9);
  if (is1904) return new Date(Date.UTC(1904, 0, 1) + days * 86_400_000);
  if (days === 0 || days === 60) return null; // 1900-01-00 and the fictitious 1900-02-29 are no dates
  return new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86_400_000);
}

function xlString(d: Uint8Array, o: number, wideCount: boolean): string {
  const cch = wideCount ? u16(d, o) : d[o]!;
  const at = o + (wideCount ? 2 : 1);
  return new Segments([d], at + 1).chars(cch, d[at]!);
}

interface Globals {
  is1904: boolean;
  sst: string[];
  dateXf: boolean[];
  sheets: { name: string; offset: number }[];
}

function readGlobals(stream: Uint8Array): Globals {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const g: Globals = { is1904: false, sst: [], dateXf: [], sheets: [] };
  let first = true;
  let sstParts: Uint8Array[] | null = null;
  const flushSst = () => {
    if (!sstParts) return;
    const cursor = new Segments(sstParts, 8);
    const unique = u32(sstParts[0]!, 4);
    for (let i = 0; i < unique; i++) g.sst.push(cursor.richString());
    sstParts = null;
  };
  for (const rec of records(stream, 0)) {
    if (first) {
      if (rec.type !== R.BOF || u16(rec.data, 0) !== 0x0600) throw new XlsError('只支持 Excel 97 及以后的 .xls（BIFF8）；更早的版本请另存为 .xlsx');
      first = false;
      continue;
    }
    if (rec.type === R.CONTINUE && sstParts) { sstParts.push(rec.data); continue; }
    flushSst();
    switch (rec.type) {
      case R.FILEPASS: throw new XlsError('文件设置了密码或加密，请去掉密码后再导入');
      case R.DATEMODE: g.is1904 = u16(rec.data, 0) === 1; break;
      case R.FORMAT: formats.set(u16(rec.data, 0), xlString(rec.data, 2, true)); break;
      case R.XF: xfFormats.push(u16(rec.data, 2)); break;
      case R.SST: sstParts = [rec.data]; break;
      case R.BOUNDSHEET:
        if (rec.data[5] === 0) g.sheets.push({ offset: u32(rec.data, 0), name: xlString(rec.data, 6, false) });
        break;
      default: break;
    }
    if (rec.type === R.EOF) break;
  }
  flushSst();
  g.dateXf = xfFormats.map((f) => BUILTIN_DATE_FORMATS.has(f) || (formats.has(f) && isDateFormat(formats.get(f)!)));
  return g;
}

function readSheet(stream: Uint8Array, g: Globals, name: string, offset: number): XlsSheet {
  const rows: XlsValue[][] = [];
  const put = (row: number, col: number, value: XlsValue) => {
    if (row >= MAX_ROWS || col >= MAX_COLS) throw new XlsError(`工作表「${name}」的单元格超出 Excel 范围`);
    (rows[row] ??= [])[col] = value;
  };
  const num = (row: number, col: number, xf: number, value: number) => put(row, col, g.dateXf[xf] ? serialToDate(value, g.is1904) ?? value : value);
  let depth = 0;
  let pendingString: { row: number; col: number } | null = null;
  const merges: [number, number, number, number][] = [];
  for (const rec of records(stream, offset)) {
    const d = rec.data;
    if (rec.type === R.BOF) { depth++; continue; }
    if (rec.type === R.EOF) { if (--depth <= 0) break; continue; }
    if (depth !== 1) continue; // an embedded chart's substream
    switch (rec.type) {
      case R.LABELSST: {
        const index = u32(d, 6);
        if (index >= g.sst.length) throw new XlsError(`工作表「${name}」引用了不存在的共享字符串 ${index}`);
        put(u16(d, 0), u16(d, 2), g.sst[index]!);
        break;
      }
      case R.LABEL: put(u16(d, 0), u16(d, 2), xlString(d, 6, true)); break;
      case R.NUMBER: num(u16(d, 0), u16(d, 2), u16(d, 4), f64(d, 6)); break;
      case R.RK: num(u16(d, 0), u16(d, 2), u16(d, 4), decodeRk(u32(d, 6))); break;
      case R.MULRK: {
        const row = u16(d, 0);
        const firstCol = u16(d, 2);
        for (let i = 0; 4 + i * 6 + 6 <= d.length - 2; i++) num(row, firstCol + i, u16(d, 4 + i * 6), decodeRk(u32(d, 6 + i * 6)));
        break;
      }
      case R.FORMULA: {
        const row = u16(d, 0);
        const col = u16(d, 2);
        if (u16(d, 12) !== 0xffff) { num(row, col, u16(d, 4), f64(d, 6)); break; }
        const kind = d[6];
        if (kind === 0) pendingString = { row, col };
        else if (kind === 1) put(row, col, d[8] === 1);
        else if (kind === 3) put(row, col, '');
        break;
      }
      case R.STRING:
        if (pendingString) put(pendingString.row, pendingString.col, xlString(d, 0, true));
        pendingString = null;
        break;
      case R.BOOLERR: if (d[7] === 0) put(u16(d, 0), u16(d, 2), d[6] === 1); break;
      case R.MERGEDCELLS:
        for (let i = 0, n = u16(d, 0); i < n && 2 + i * 8 + 8 <= d.length; i++) {
          const at = 2 + i * 8;
          merges.push([u16(d, at), u16(d, at + 2), u16(d, at + 4), u16(d, at + 6)]);
        }
        break;
      default: break;
    }
  }
  for (const [r0, r1, c0, c1] of merges) {
    const value = rows[r0]?.[c0];
    if (value === undefined || value === null || r1 < r0 || c1 < c0 || (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_MERGE_CELLS) continue;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) put(r, c, value);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] ??= null;
  return { name, rows };
}

/** Every worksheet of a BIFF8 workbook stream, in workbook order. */
export function readBiff8(stream: Uint8Array): XlsSheet[] {
  const g = readGlobals(stream);
  return g.sheets.map((s) => {
    if (s.offset >= stream.length) throw new XlsError(`工作表「${s.name}」的位置超出文件`);
    return readSheet(stream, g, s.name, s.offset);
  });
}
