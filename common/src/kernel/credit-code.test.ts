import { describe, expect, it } from 'vitest';
import { checkCreditCode, computeOrgCodeCheck, describeCreditCodeProblem, normaliseCreditCode, orgCodeOf } from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Published codes of well-known registrants (business licences and public registers).
  it.each([
    ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
    ['914403001922038216', '华为技术有限公司'],
    ['91330100799655058B', '阿里巴巴（中国）有限公司'],
    ['91110000802100433B', '北京百度网讯科技有限公司'],
    ['91350100M000100Y43', 'GB 32100 的示例代码'],
    ['53100000500021676K', '中国扶贫基金会（现中国乡村发展基金会）'],
  ])('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it('names the expected check character when the 18th is wrong', () => {
    const p = checkCreditCode('91440300708461136U');
    expect(p).toEqual({ kind: 'check', expected: 'T' });
    expect(describeCreditCodeProblem(p!)).toBe('第18位校验码应为T');
  });

  it('rejects length, forbidden letters, unknown authority or type, non-numeric division', () => {
    expect(checkCreditCode('9144030070846113')).toEqual({ kind: 'length', actual: 16 });
    expect(checkCreditCode('91440300708461136I')).toEqual({ kind: 'character', position: 18, char: 'I' });
    expect(checkCreditCode('C1440300708461136T')).toEqual({ kind: 'authority', char: 'C' });
    expect(checkCreditCode('94440300708461136T')).toEqual({ kind: 'type', char: '4' });
    expect(checkCreditCode('9144A300708461136T')).toEqual({ kind: 'division', value: '44A300' });
  });

  it('normalises what spreadsheets do to codes', () => {
    expect(normaliseCreditCode(' 9144 0300-7084 6113 6t ')).toBe('91440300708461136T');
    expect(normaliseCreditCode('９１４４０３００７０８４６１１３６Ｔ')).toBe('91440300708461136T');
  });

  it('computes the GB 11714 organisation-code check and extracts it', () => {
    // 腾讯's organisation code 70846113-6 (characters 9–17).
    expect(computeOrgCodeCheck('70846113')).toBe('6');
    expect(orgCodeOf('91440300708461136T')).toBe('70846113-6');
    // GB 11714 worked example: D2143569 → X.
    expect(computeOrgCodeCheck('D2143569')).toBe('X');
  });
});
