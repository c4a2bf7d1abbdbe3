import { describe, expect, it } from 'vitest';
import { parseCode, nearCode, isValidOrgCode } from './codes.js';
import { parseName } from './names.js';
import { phoneKeys } from './phones.js';
import { parseAddress } from './regions.js';
import { ORDOS_INDEX } from './test-fixtures.js';

const core = (s: string) => parseName(s, ORDOS_INDEX)!.core;

describe('parseName', () => {
  it('strips region prefixes, bracketed regions and legal-form variants to one core', () => {
    const forms = ['内蒙古自治区鄂尔多斯市东胜区恒达商贸有限责任公司', '鄂尔多斯市恒达商贸有限公司', '恒达商贸（鄂尔多斯）有限公司', '恒達商貿有限公司', '恒达商贸 有限公司', '恒达商贸(东胜)有限公司', '恒达商贸股份有限公司'];
    for (const f of forms) expect(core(f)).toBe('恒达商贸');
  });

  it('splits trade name and industry', () => {
    const n = parseName('鄂尔多斯市恒达建筑工程有限公司', ORDOS_INDEX)!;
    expect([n.trade, n.industry, n.form]).toEqual(['恒达', '建筑工程', 'co']);
  });

  it('tags the county a name carries (prefix or bracket)', () => {
    expect(parseName('东胜区恒达商贸有限公司', ORDOS_INDEX)!.regionTag).toBe('150602000000');
    expect(parseName('恒达商贸（乌审）有限公司', ORDOS_INDEX)!.regionTag).toBe('150626000000');
    expect(parseName('鄂尔多斯市恒达商贸有限公司', ORDOS_INDEX)!.regionTag).toBe('');
  });

  it('recognises a branch and its qualifier, whatever the parent part says', () => {
    const a = parseName('鄂尔多斯市恒达酒店管理有限公司康巴什区分公司', ORDOS_INDEX)!;
    const b = parseName('恒达酒店管理有限责任公司康巴什分公司', ORDOS_INDEX)!;
    expect(a.branch).toBe('康巴什分公司');
    expect(b.branch).toBe('康巴什分公司');
    expect(a.core).toBe('恒达酒店管理');
    expect(parseName('恒达酒店管理有限公司', ORDOS_INDEX)!.branch).toBe('');
  });

  it('keeps social-organisation forms apart (协会 is not 商会)', () => {
    expect(parseName('东胜区餐饮行业协会', ORDOS_INDEX)!.form).toBe('协会');
    expect(parseName('东胜区餐饮行业商会', ORDOS_INDEX)!.form).toBe('商会');
  });
});

describe('parseCode', () => {
  it('accepts a credit code in any case, spacing or width', () => {
    for (const raw of ['91440300708461136T', '91440300708461136t', '914403 007084 61136T', '９１４４０３００７０８４６１１３６Ｔ']) {
      expect(parseCode(raw)).toEqual({ credit: '91440300708461136T', org: '708461136', invalid: null, suspect: false });
    }
  });

  it('reads the old organisation code (characters 9–17) and checks it', () => {
    expect(parseCode('70846113-6')).toEqual({ credit: null, org: '708461136', invalid: null, suspect: false });
    expect(isValidOrgCode('708461136')).toBe(true);
    expect(isValidOrgCode('708461137')).toBe(false);
    expect(parseCode('70846113-7').invalid).toBe('708461137');
  });

  it('keeps a code whose check character fails as invalid, near its correct form', () => {
    const bad = parseCode('91440300708461135T');
    expect(bad.credit).toBeNull();
    expect(bad.invalid).toBe('91440300708461135T');
    expect(nearCode('91440300708461135T', '91440300708461136T')).toBe(true);
    expect(nearCode('91440300708461163T', '91440300708461136T')).toBe(true); // swapped 3 and 6
    expect(nearCode('91440300708461155T', '91440300708461136T')).toBe(false);
  });

  it('treats blanks and placeholders as no code', () => {
    expect(parseCode('')).toEqual({ credit: null, org: null, invalid: null, suspect: false });
    expect(parseCode('0')).toEqual({ credit: null, org: null, invalid: null, suspect: false });
  });
});

describe('phoneKeys', () => {
  it('keys mobiles by 11 digits and landlines by their local number', () => {
    expect(phoneKeys('+86 139-4770-0123')).toEqual(['13947700123']);
    expect(phoneKeys('0477-8565000')).toEqual(['8565000']);
    expect(phoneKeys('（0477）8565000')).toEqual(['8565000']);
    expect(phoneKeys('010-62345678')).toEqual(['62345678']);
    expect(phoneKeys('0477-8565000/13947700123')).toEqual(['8565000', '13947700123']);
    expect(phoneKeys('无')).toEqual([]);
  });
});

describe('parseAddress', () => {
  it('resolves to the township under the county', () => {
    expect(parseAddress('内蒙古自治区鄂尔多斯市东胜区交通街道天骄路18号', ORDOS_INDEX)).toEqual({ county: '150602000000', town: '150602001000', rest: '天骄路18号' });
  });
  it('finds the county from the township alone when the name is unique', () => {
    expect(parseAddress('罕台镇锦绣路9号', ORDOS_INDEX)).toMatchObject({ county: '150602000000', town: '150602101000' });
  });
  it('stops at the county when no township is written', () => {
    expect(parseAddress('乌审旗嘎鲁图镇', ORDOS_INDEX).county).toBe('150626000000');
    expect(parseAddress('伊金霍洛旗某某路1号', ORDOS_INDEX)).toMatchObject({ county: '150627000000', town: '' });
  });
});
