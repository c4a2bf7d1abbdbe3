import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetBytes } from '../../domains/registry/files/read-sheet.js';
import { isDateFormat, Segments, serialToDate } from './biff.js';
import { readXls, XlsError } from './index.js';

// department.xls was written by LibreOffice (not by us) from a department-like workbook; department.oracle.xlsx is
// LibreOffice's own reading of that .xls saved back as .xlsx (see fixtures/make-fixtures.ts). Our reader must see
// exactly what LibreOffice sees.
const dir = path.join(import.meta.dirname, 'fixtures');
const xlsBytes = readFileSync(path.join(dir, 'department.xls'));

describe('xls (BIFF8) reading', () => {
  it('reads every sheet and cell exactly as LibreOffice reads the same file', async () => {
    const ours = await readSheetBytes('department.xls', xlsBytes);
    const oracle = await readSheetBytes('department.oracle.xlsx', readFileSync(path.join(dir, 'department.oracle.xlsx')));
    expect(ours.encoding).toBe('xls');
    expect(ours.sheets.map((s) => s.sheet)).toEqual(oracle.sheets.map((s) => s.sheet));
    const trim = (rows: string[][]) => rows.map((r) => { const c = [...r]; while (c.length && c.at(-1) === '') c.pop(); return c; });
    for (let i = 0; i < oracle.sheets.length; i++) expect(trim(ours.sheets[i]!.cells)).toEqual(trim(oracle.sheets[i]!.cells));
    // 904 rows: title, filler, header, 900 firms, total: the shared strings spill over many CONTINUE records.
    expect(ours.sheets[0]!.cells.length).toBe(904);
  });

  it('gives text, codes, numbers, dates and formula results as a department wrote them', async () => {
    const { sheets } = await readSheetBytes('department.xls', xlsBytes);
    const [firms, orgs, notes] = sheets;
    expect(firms!.sheet).toBe('民营企业');
    expect(firms!.cells[0]![0]).toBe('乌海市非公有制经济组织和社会组织基础信息台账（2026年第三季度）');
    expect(firms!.cells[2]).toEqual(['序号', '单位名称', '统一社会信用代码', '法定代表人', '联系电话', '成立日期', '注册资本（万元）', '是否建立党组织']);
    // Row i = 0 of make-fixtures.ts, by hand: k = 11 → PLACES[11 % 6] 伊金霍洛旗, SURNAMES[11 >> 5] 王,
    // TRADES[11 % 12] 社会工作服务; boss SURNAMES[11 % 120] + SURNAMES[11 >> 3] + 军 = 孙李军.
    const first = firms!.cells[3]!;
    expect(first[1]).toBe('伊金霍洛旗王氏社会工作服务有限公司（第1号）');
    expect(first[2]).toBe('91150300MA0100011X');
    expect(first[3]).toBe('孙李军');
    expect(first[4]).toBe(String(13800000000 + 11 * 37)); // a phone typed as a number stays whole
    expect(first[5]).toBe('2011-12-12'); // 2000 + 11 % 25, month index 11 → December, day 1 + 11
    expect(first[6]).toBe('0.15'); // round(11 × 1.37) / 100
    expect(first[7]).toBe('否'); // k % 4 = 3
    expect(firms!.cells[903]![1]).toBe('共900户'); // a string formula's cached result
    expect(orgs!.cells[1]![3]).toBe('Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ１２３ 与 "引号"');
    expect(orgs!.cells[2]![1]).toBe('43895'); // a serial typed into a general cell stays a number for the date reader
    expect(orgs!.cells[3]![0]).toBe('烏海市慈善總會');
    expect(orgs!.cells[4]![0]).toBe('Emoji 🙂 与 𠀀 扩展B');
    expect(notes!.sheet).toBe('说明'); // hidden sheets are read too, like the xlsx path
  });

  it('follows a shared string across CONTINUE records, where Excel may switch between 8-bit and 16-bit characters', () => {
    // MS-XLS 2.5.293: "ab" stored 8-bit, then a CONTINUE whose first byte (fHighByte = 1) says the rest, "中文", is
    // UTF-16LE; then a second string that starts exactly on the next boundary, with no option byte of its own.
    const sst = new Segments([
      Uint8Array.of(4, 0, 0x00, 0x61, 0x62),
      Uint8Array.of(0x01, 0x2d, 0x4e, 0x87, 0x65),
      Uint8Array.of(2, 0, 0x08, 1, 0, 0x78, 0x79, 0, 0, 1, 0), // rich text "xy" with one 4-byte formatting run
      Uint8Array.of(3, 0, 0x01, 0x4e, 0x4e, 0x2c, 0x4e),
      Uint8Array.of(0x00, 0x7a), // the third character continues 8-bit
    ]);
    expect(sst.richString()).toBe('ab中文');
    expect(sst.richString()).toBe('xy');
    expect(sst.richString()).toBe('乎丬z');
  });

  it('knows date formats and Excel serials', () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-804]yyyy/m/d')).toBe(true);
    expect(isDateFormat('0.00"万元"')).toBe(false);
    expect(isDateFormat('#,##0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    // 44260 is 2021-03-05 (Excel), 1 is 1900-01-01, 61 is 1900-03-01; 1904 system: 0 is 1904-01-01.
    expect(serialToDate(44260, false)?.toISOString().slice(0, 10)).toBe('2021-03-05');
    expect(serialToDate(1, false)?.toISOString().slice(0, 10)).toBe('1900-01-01');
    expect(serialToDate(61, false)?.toISOString().slice(0, 10)).toBe('1900-03-01');
    expect(serialToDate(60, false)).toBeNull();
    expect(serialToDate(0, true)?.toISOString().slice(0, 10)).toBe('1904-01-01');
  });

  it('refuses damaged and foreign files with a reason, never a crash or a hang', async () => {
    expect(() => readXls(new Uint8Array(600))).toThrow(XlsError);
    const cut = xlsBytes.subarray(0, 4096);
    expect(() => readXls(cut)).toThrow(XlsError);
    // Every byte of the header's FAT/directory area flipped in turn would be slow; flip a spread of them.
    for (let at = 0x2c; at < 0x200; at += 7) {
      const bad = new Uint8Array(xlsBytes);
      bad[at] = bad[at]! ^ 0xff;
      try { readXls(bad); } catch (e) { expect(e).toBeInstanceOf(XlsError); }
    }
    await expect(readSheetBytes('部门.xls', new TextEncoder().encode('<html><table></table></html>'))).rejects.toThrow(/部门\.xls：/);
  });
});
