/** Closed dictionaries shared by the API, the web and the Excel templates. Labels live in i18n under enums.*. */

/** Organisation types of issue 3 (registration forms of 社会组织 plus the non-public sector). */
export const ORG_TYPES = ['social_group', 'social_service', 'foundation', 'community_filed', 'private_enterprise', 'trade_association'] as const;
export type OrgType = (typeof ORG_TYPES)[number];
export const ORG_TYPE_ZH: Record<OrgType, string> = {
  social_group: '社会团体',
  social_service: '社会服务机构(民办非企业单位)',
  foundation: '基金会',
  community_filed: '社区社会组织(备案)',
  private_enterprise: '非公企业',
  trade_association: '行业协会商会',
};
export const ORG_TYPE_EN: Record<OrgType, string> = {
  social_group: 'Social group',
  social_service: 'Social service agency (private non-enterprise unit)',
  foundation: 'Foundation',
  community_filed: 'Community organisation (filed)',
  private_enterprise: 'Private enterprise',
  trade_association: 'Trade association / chamber of commerce',
};
/** Only filed community self-organisations may exist without a credit code (seed 000/003: 备案, 零跑腿). */
export const ORG_TYPES_WITHOUT_CODE: readonly OrgType[] = ['community_filed'];

/** Service domains (服务领域); the needs list and catalogue share this dictionary. */
export const SERVICE_DOMAINS = [
  'elderly', 'meal_aid', 'children', 'youth', 'disability', 'social_assistance', 'community_correction',
  'mediation', 'culture_sports', 'employment_training', 'environment', 'legal_services', 'health', 'volunteering', 'party_building',
] as const;
export type ServiceDomain = (typeof SERVICE_DOMAINS)[number];
export const SERVICE_DOMAIN_ZH: Record<ServiceDomain, string> = {
  elderly: '养老', meal_aid: '助餐', children: '儿童', youth: '青少年', disability: '助残', social_assistance: '社会救助',
  community_correction: '社区矫正', mediation: '矛盾调解', culture_sports: '文化体育', employment_training: '就业培训',
  environment: '环境', legal_services: '法律服务', health: '健康', volunteering: '志愿服务', party_building: '党建',
};
export const SERVICE_DOMAIN_EN: Record<ServiceDomain, string> = {
  elderly: 'Elderly care', meal_aid: 'Meal aid', children: 'Children', youth: 'Youth', disability: 'Disability support',
  social_assistance: 'Social assistance', community_correction: 'Community correction', mediation: 'Dispute mediation',
  culture_sports: 'Culture and sports', employment_training: 'Employment training', environment: 'Environment',
  legal_services: 'Legal services', health: 'Health', volunteering: 'Volunteering', party_building: 'Party building',
};

/** 社会组织评估等级 1A–5A; each grade is valid for a fixed period (recorded as valid-until). */
export const ORG_GRADES = ['1A', '2A', '3A', '4A', '5A'] as const;
export type OrgGrade = (typeof ORG_GRADES)[number];

export const ORG_STATUSES = ['active', 'inactive'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
export const ORG_STATUS_ZH: Record<OrgStatus, string> = { active: '正常', inactive: '已注销' };
export const ORG_STATUS_EN: Record<OrgStatus, string> = { active: 'Active', inactive: 'Deactivated' };

/** Region levels: 1 province … 5 village/community are national; 6 grid and 7 micro-grid are ours. */
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village', 'grid', 'microgrid'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_ZH: Record<RegionLevel, string> = {
  province: '省', city: '市', county: '旗/区/县', township: '苏木乡镇/街道', village: '嘎查村/社区', grid: '网格', microgrid: '微网格',
};
export const REGION_LEVEL_EN: Record<RegionLevel, string> = {
  province: 'Province', city: 'City', county: 'Banner/district', township: 'Township/street', village: 'Village/community', grid: 'Grid', microgrid: 'Micro-grid',
};
