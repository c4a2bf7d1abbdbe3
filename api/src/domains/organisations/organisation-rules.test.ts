import { describe, expect, it } from 'vitest';
import { checkOrganisation, type OrganisationFacts } from './organisation-rules.js';

const base: OrganisationFacts = { name: '测试社会工作服务中心', creditCode: null, type: 'community_filed', phone: null, foundedOn: null, grade: null, gradeValidUntil: null };
const today = '2026-11-23';

describe('organisation rules', () => {
  it('allows a filed community organisation without a code but requires one otherwise', () => {
    expect(checkOrganisation(base, today).errors).toEqual([]);
    expect(checkOrganisation({ ...base, type: 'social_service' }, today).errors.map((e) => e.path)).toEqual(['creditCode']);
  });

  it('names the exact check character', () => {
    // 91440300708461136T is a published, valid enterprise code; changing the last character must say "应为T".
    const r = checkOrganisation({ ...base, type: 'private_enterprise', creditCode: '91440300708461136U' }, today);
    expect(r.errors[0]?.message).toBe('统一社会信用代码（creditCode）第18位校验码应为T');
  });

  it('normalises spaces, lower case and full-width characters before checking', () => {
    const r = checkOrganisation({ ...base, type: 'private_enterprise', creditCode: ' 9144 0300 7084 6113 6t ' }, today);
    expect(r.errors).toEqual([]);
    expect(r.creditCode).toBe('91440300708461136T');
  });

  it('rejects a code whose type characters contradict the organisation type', () => {
    const r = checkOrganisation({ ...base, type: 'social_group', creditCode: '91440300708461136T' }, today);
    expect(r.errors[0]?.message).toContain('第1—2位“91”与组织类型“社会团体”不符，应为51');
  });

  it('checks phone, dates and grade pairing', () => {
    const r = checkOrganisation({ ...base, phone: '12345', foundedOn: '2027-01-01', grade: '3A', gradeValidUntil: null }, today);
    expect(r.errors.map((e) => e.path)).toEqual(['phone', 'foundedOn', 'gradeValidUntil']);
    expect(checkOrganisation({ ...base, phone: '+86 138-1234-1234' }, today).phone).toBe('13812341234');
  });
});
