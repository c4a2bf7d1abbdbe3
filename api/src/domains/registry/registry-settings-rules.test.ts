import { describe, expect, it } from 'vitest';
import { committeeOf } from './engine/ledger.js';
import { checkSettings, cityCodeOfPath, cleanSettings, DEFAULT_CITY_SETTINGS } from './registry-settings-rules.js';

const fallbacks = { social: '社会组织综合党委', other: '非公有制经济组织综合党委' };

describe('register rules of a city', () => {
  it('finds the city in a region path', () => {
    expect(cityCodeOfPath('/150000000000/150600000000/150627000000/150627100000/')).toBe('150600000000');
    expect(cityCodeOfPath('/150000000000/')).toBeNull();
  });

  it('accepts the defaults and trims words', () => {
    expect(checkSettings(DEFAULT_CITY_SETTINGS)).toEqual([]);
    const s = cleanSettings({ committeeRules: [{ keywords: [' 煤 ', '', '矿'], committee: ' 能源党委 ' }], fallbacks, trustOrder: [[' 税务 ', '']] });
    expect(s).toEqual({ committeeRules: [{ keywords: ['煤', '矿'], committee: '能源党委' }], fallbacks, trustOrder: [['税务']] });
  });

  it('names a keyword that could never fire, an empty rule and a department in two tiers', () => {
    const errors = checkSettings({
      committeeRules: [{ keywords: ['煤'], committee: '能源党委' }, { keywords: ['商贸', '煤'], committee: '商务党委' }, { keywords: [], committee: '空' }],
      fallbacks: { social: '社会组织综合党委', other: '' },
      trustOrder: [['民政'], ['税务', '民政']],
    });
    expect(errors.map((e) => e.path)).toEqual(['committeeRules[1].keywords[1]', 'committeeRules[2].committee', 'committeeRules[2].keywords', 'defaultCommittee', 'trustOrder[1][1]']);
    expect(errors[0]!.message).toBe('关键词“煤”已在第1条规则中，第2条规则的该词永远不会生效');
  });

  it('falls back to the city\'s own committees when no rule matches', () => {
    const own = { social: '社会组织党委', other: '两新工委' };
    expect(committeeOf('social_organisation', '鄂尔多斯市书画协会', [], own)).toBe('社会组织党委');
    expect(committeeOf('enterprise', '鄂尔多斯市博瑞科技有限公司', [{ keywords: ['煤'], committee: '能源党委' }], own)).toBe('两新工委');
    expect(committeeOf('enterprise', '鄂尔多斯市宏远煤业有限公司', [{ keywords: ['煤'], committee: '能源党委' }], own)).toBe('能源党委');
  });
});
