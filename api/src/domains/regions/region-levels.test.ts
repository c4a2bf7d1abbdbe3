import { describe, expect, it } from 'vitest';
import { childKindFor, levelOfNationalCode, nextGridCode, toTwelveDigits } from './region-levels.js';

describe('region levels', () => {
  it('reads the level from a 12-digit statistical code', () => {
    expect(levelOfNationalCode('150000000000')).toBe(1);
    expect(levelOfNationalCode('150600000000')).toBe(2);
    expect(levelOfNationalCode('150627000000')).toBe(3);
    expect(levelOfNationalCode('150627100000')).toBe(4);
    expect(levelOfNationalCode('150627100001')).toBe(5);
    expect(() => levelOfNationalCode('1506')).toThrow();
  });

  it('pads short codes', () => {
    expect(toTwelveDigits('150627')).toBe('150627000000');
    expect(toTwelveDigits('150627100')).toBe('150627100000');
  });

  it('allows grids under communities and micro-grids under grids only', () => {
    expect(childKindFor(5)).toEqual({ level: 6, marker: 'G' });
    expect(childKindFor(6)).toEqual({ level: 7, marker: 'M' });
    expect(childKindFor(4)).toBeNull();
    expect(childKindFor(7)).toBeNull();
  });

  it('numbers grids after the highest existing one', () => {
    expect(nextGridCode('150627100001', 'G', [])).toBe('150627100001G01');
    expect(nextGridCode('150627100001', 'G', ['150627100001G01', '150627100001G07'])).toBe('150627100001G08');
    expect(nextGridCode('150627100001G01', 'M', ['150627100001G01M02'])).toBe('150627100001G01M03');
  });
});
