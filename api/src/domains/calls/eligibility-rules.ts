import { ORG_GRADES, ORG_TYPE_ZH, type EligibilityRules, type OrgType } from '@wushe/common';

/** What the register and the standing lookup say about one organisation, as eligibility needs it. */
export interface OrganisationFacts {
  id: string;
  name: string;
  type: string;
  grade: string | null;
  gradeValidUntil: string | null;
  status: string;
  registrationRegionPath: string;
  operatingRegionPath: string;
  blackListed: boolean;
  abnormal: boolean;
}

export interface EligibilityFailureRule {
  rule: 'status' | 'orgType' | 'grade' | 'gradeExpired' | 'region' | 'blackList' | 'abnormal';
  message: string;
}

/**
 * Every rule an organisation fails for a call, each explained in zh-CN. An empty list means eligible.
 * `today` is the Asia/Shanghai date (YYYY-MM-DD); a grade counts only while still valid on that day.
 */
export function checkEligibility(org: OrganisationFacts, rules: EligibilityRules, callRegionPath: string, callRegionName: string, today: string): EligibilityFailureRule[] {
  const out: EligibilityFailureRule[] = [];
  if (org.status !== 'active') out.push({ rule: 'status', message: `${org.name}已注销，不能揭榜` });
  if (rules.orgTypes.length > 0 && !rules.orgTypes.includes(org.type as OrgType)) {
    const allowed = rules.orgTypes.map((t) => ORG_TYPE_ZH[t]).join('、');
    out.push({ rule: 'orgType', message: `${org.name}的组织类型为“${ORG_TYPE_ZH[org.type as OrgType] ?? org.type}”，本榜仅限${allowed}` });
  }
  if (rules.minGrade) {
    const need = ORG_GRADES.indexOf(rules.minGrade);
    const has = org.grade ? ORG_GRADES.indexOf(org.grade as (typeof ORG_GRADES)[number]) : -1;
    if (has < need) out.push({ rule: 'grade', message: `本榜要求评估等级${rules.minGrade}及以上，${org.name}${org.grade ? `为${org.grade}` : '未参加等级评估'}` });
    else if (!org.gradeValidUntil || org.gradeValidUntil < today) {
      out.push({ rule: 'gradeExpired', message: `${org.name}的评估等级${org.grade}已于${org.gradeValidUntil ?? '（未填写）'}到期` });
    }
  }
  if (rules.requireLocal && !org.registrationRegionPath.startsWith(callRegionPath) && !org.operatingRegionPath.startsWith(callRegionPath)) {
    out.push({ rule: 'region', message: `${org.name}未在服务区域（${callRegionName}）内登记或运营` });
  }
  if (rules.excludeBlackListed && org.blackListed) out.push({ rule: 'blackList', message: `${org.name}列入黑榜（严重违法失信名单），不能揭榜` });
  if (rules.excludeAbnormal && org.abnormal) out.push({ rule: 'abnormal', message: `${org.name}列入活动异常名录，不能揭榜` });
  return out;
}

/** 资源限流: an organisation already holding `max` or more concurrent awards may not win another. */
export function awardCapMessage(orgName: string, active: number, max: number): string | null {
  return active >= max ? `${orgName}当前承接中的项目已有${active}个，达到本榜“每个组织同时承接不超过${max}个”的限制（资源限流）` : null;
}
