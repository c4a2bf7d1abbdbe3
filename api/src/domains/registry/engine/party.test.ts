import { describe, expect, it } from 'vitest';
import { matchHeader } from './headers.js';
import { partyCoverageOf } from './party.js';

describe('party-organisation column', () => {
  it('reads the ways departments write it', () => {
    expect(['单独组建', '独立党支部', '单独建立党支部', '单建'].map(partyCoverageOf)).toEqual(['own_branch', 'own_branch', 'own_branch', 'own_branch']);
    expect(['联合党支部', '联合组建', '联建'].map(partyCoverageOf)).toEqual(['joint_branch', 'joint_branch', 'joint_branch']);
    expect(['否', '无', '未建立', '尚未建立', '没有', ' 否 '].map(partyCoverageOf)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    // 是 says one exists but not which kind; 不详 and blanks say nothing
    expect(['是', '已建立', '不详', '', undefined].map(partyCoverageOf)).toEqual([null, null, null, null, null]);
  });

  it('maps the column headers to the party field without taking other 党组织 columns', () => {
    expect(matchHeader('是否建立党组织')).toBe('party');
    expect(matchHeader('党组织建立情况（单独/联合/未建）')).toBe('party');
    expect(matchHeader('党组织书记姓名')).not.toBe('party');
  });
});
