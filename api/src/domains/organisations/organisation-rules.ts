import {
  checkCreditCode, describeCreditCodeProblem, isValidIsoDate, isValidPhone, normaliseCreditCode, normalisePhone,
  ORG_TYPE_ZH, ORG_TYPES_WITHOUT_CODE, type FieldError, type OrgType,
} from '@wushe/common';

/**
 * The first two characters of a credit code say who registered the body and what it is (GB 32100 table 1);
 * each organisation type accepts only these prefixes. 行业协会商会 register with 民政 as 社会团体 (51).
 */
export const CREDIT_PREFIXES_BY_TYPE: Record<OrgType, readonly string[]> = {
  social_group: ['51'],
  social_service: ['52'],
  foundation: ['53'],
  community_filed: ['51', '52', '59'],
  private_enterprise: ['91', '92', '93'],
  trade_association: ['51'],
};

export interface OrganisationFacts {
  name: string;
  creditCode?: string | null;
  type: OrgType;
  phone?: string | null;
  foundedOn?: string | null;
  grade?: string | null;
  gradeValidUntil?: string | null;
}

/** Normalised values plus the zh-CN problems, each naming its field. `today` is 'YYYY-MM-DD' in Asia/Shanghai. */
export function checkOrganisation(f: OrganisationFacts, today: string): { creditCode: string | null; phone: string | null; name: string; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = f.name.replace(/\s+/g, ' ').trim();
  if (name.length < 2) errors.push({ path: 'name', message: '名称（name）至少2个字符' });
  const creditCode = f.creditCode ? normaliseCreditCode(f.creditCode) : null;
  if (creditCode) {
    const problem = checkCreditCode(creditCode);
    if (problem) errors.push({ path: 'creditCode', message: `统一社会信用代码（creditCode）${describeCreditCodeProblem(problem)}` });
    else if (!CREDIT_PREFIXES_BY_TYPE[f.type].includes(creditCode.slice(0, 2))) {
      errors.push({ path: 'creditCode', message: `统一社会信用代码（creditCode）第1—2位“${creditCode.slice(0, 2)}”与组织类型“${ORG_TYPE_ZH[f.type]}”不符，应为${CREDIT_PREFIXES_BY_TYPE[f.type].join('或')}` });
    }
  } else if (!ORG_TYPES_WITHOUT_CODE.includes(f.type)) {
    errors.push({ path: 'creditCode', message: '统一社会信用代码（creditCode）必填（社区社会组织备案除外）' });
  }
  let phone: string | null = null;
  if (f.phone && f.phone.trim()) {
    phone = normalisePhone(f.phone);
    if (!isValidPhone(phone)) errors.push({ path: 'phone', message: '联系电话（phone）应为11位手机号或带区号的固定电话' });
  }
  if (f.foundedOn && (!isValidIsoDate(f.foundedOn) || f.foundedOn > today)) errors.push({ path: 'foundedOn', message: '成立日期（foundedOn）无效或晚于今天' });
  if (f.grade && !f.gradeValidUntil) errors.push({ path: 'gradeValidUntil', message: '填写等级时，等级有效期（gradeValidUntil）必填' });
  if (!f.grade && f.gradeValidUntil) errors.push({ path: 'grade', message: '填写等级有效期时，等级（grade）必填' });
  if (f.gradeValidUntil && !isValidIsoDate(f.gradeValidUntil)) errors.push({ path: 'gradeValidUntil', message: '等级有效期（gradeValidUntil）不是有效日期' });
  return { creditCode, phone, name, errors };
}
