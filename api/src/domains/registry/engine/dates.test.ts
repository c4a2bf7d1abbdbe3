import { describe, expect, it } from 'vitest';
import { fromExcelSerial, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['2021年3月5日', '2021-03-05'],
    ['20210305', '2021-03-05'],
    ['2021.03.05', '2021-03-05'],
    ['２０２１－０３－０５', '2021-03-05'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['二〇二一年十二月二十一日', '2021-12-21'],
    ['2021-03-05 00:00:00', '2021-03-05'],
    ['2021-03-05T00:00:00.000Z', '2021-03-05'],
    ['2021年3月', '2021-03-01'],
    // 1 Jan 2021 is serial 44197 (Excel); + 31 + 28 + 4 days = 5 Mar
    ['44260', '2021-03-05'],
    ['44260.5', '2021-03-05'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each(['', '不详', '2021-02-30', '2021-13-01', '1850-01-01', '2021-3-', '123', '3/5/2021'])('rejects %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('reads Excel serials with the 1899-12-30 epoch', () => {
    // serial 61 is 1900-03-01 in Excel (after its phantom 1900-02-29); 44927 is 2023-01-01, + 73 days = 15 Mar
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(45000)).toBe('2023-03-15');
    expect(fromExcelSerial(Number.NaN)).toBeNull();
  });
});
