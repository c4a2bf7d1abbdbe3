import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateZh, isValidIsoDate, toRegionDate } from './dates.js';
import { formatFen, parseYuanToFen } from './money.js';
import { isValidPhone, maskIdCard, maskPhone, normalisePhone } from './phone.js';
import { newId } from './ids.js';

describe('phones', () => {
  it('normalises and validates mobiles and landlines', () => {
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalisePhone('（0477）8581234')).toBe('04778581234');
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('04778581234')).toBe(true);
    expect(isValidPhone('12345678901')).toBe(false);
  });

  it('masks as the issue specifies', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskIdCard('150203199001011234')).toBe('1502**********1234');
  });
});

describe('money in fen', () => {
  it('formats Chinese style', () => {
    expect(formatFen(123456n)).toBe('¥1,234.56');
    expect(formatFen(44_000_000)).toBe('¥440,000.00');
    expect(formatFen(-5)).toBe('-¥0.05');
  });

  it('parses yuan text exactly', () => {
    expect(parseYuanToFen('¥1,234.5')).toBe(123450n);
    expect(parseYuanToFen('440000元')).toBe(44_000_000n);
    expect(parseYuanToFen('1.234')).toBeNull();
  });
});

describe('dates', () => {
  it('formats prose dates and Shanghai times', () => {
    expect(formatDateZh('2026-11-23')).toBe('2026年11月23日');
    expect(toRegionDate(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(formatDateTime('2026-11-23T11:05:00Z')).toBe('2026-11-23 19:05');
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
  });
});

describe('ids', () => {
  it('makes time-ordered UUIDv7s', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13).replace('-', '')).toBe((1_700_000_000_000).toString(16).padStart(12, '0'));
  });
});
