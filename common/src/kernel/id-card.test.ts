import { describe, expect, it } from 'vitest';
import { checkIdCard, describeIdCardProblem } from './id-card.js';

describe('公民身份号码 (GB 11643-1999)', () => {
  it('accepts the examples printed in the standard', () => {
    expect(checkIdCard('11010519491231002X')).toBeNull();
    expect(checkIdCard('440524188001010014')).toBeNull();
  });

  it('accepts a lower-case x', () => {
    expect(checkIdCard('11010519491231002x')).toBeNull();
  });

  it('names the expected check character', () => {
    const p = checkIdCard('110105194912310021');
    expect(p).toEqual({ kind: 'check', expected: 'X' });
    expect(describeIdCardProblem(p!)).toBe('第18位校验码应为X');
  });

  it('rejects impossible birth dates and bad formats', () => {
    expect(checkIdCard('110105194902300021')).toEqual({ kind: 'birthDate', value: '19490230' });
    expect(checkIdCard('1101051949123100')).toEqual({ kind: 'format' });
  });
});
