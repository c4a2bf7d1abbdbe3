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

/** Needs list (需求清单): where a need came from, how urgent it is, and its lifecycle (see needs-rules.ts). */
export const NEED_SOURCES = ['resident_order', 'household_visit', 'questionnaire', 'resident_council', 'grid_patrol'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];
export const NEED_SOURCE_ZH: Record<NeedSource, string> = { resident_order: '居民点单', household_visit: '入户走访', questionnaire: '问卷调查', resident_council: '居民议事会', grid_patrol: '网格巡查' };
export const NEED_SOURCE_EN: Record<NeedSource, string> = { resident_order: 'Resident order', household_visit: 'Household visit', questionnaire: 'Questionnaire', resident_council: 'Resident council', grid_patrol: 'Grid patrol' };
export const NEED_URGENCIES = ['low', 'normal', 'urgent', 'critical'] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];
export const NEED_URGENCY_ZH: Record<NeedUrgency, string> = { low: '不急', normal: '一般', urgent: '紧急', critical: '特急' };
export const NEED_URGENCY_EN: Record<NeedUrgency, string> = { low: 'Low', normal: 'Normal', urgent: 'Urgent', critical: 'Critical' };
export const NEED_STATUSES = ['submitted', 'assessing', 'accepted', 'rejected', 'answered', 'merged', 'in_call', 'in_project', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_STATUS_ZH: Record<NeedStatus, string> = {
  submitted: '待评估', assessing: '评榜中', accepted: '已采纳', rejected: '未采纳', answered: '已答复', merged: '已合并', in_call: '发榜中', in_project: '实施中', closed: '已办结',
};
export const NEED_STATUS_EN: Record<NeedStatus, string> = {
  submitted: 'Submitted', assessing: 'Under assessment', accepted: 'Accepted', rejected: 'Rejected', answered: 'Answered', merged: 'Merged', in_call: 'In a call', in_project: 'In a project', closed: 'Closed',
};
export const NEED_DECISIONS = ['accept', 'reject', 'answer', 'merge'] as const;
export type NeedDecision = (typeof NEED_DECISIONS)[number];

/** Menu services (菜单式服务): the five classes of the catalogue, after Licang's 社区服务菜单. */
export const CATALOGUE_CLASSES = ['elderly_disability', 'children_family', 'assistance', 'culture_education', 'governance_volunteering'] as const;
export type CatalogueClass = (typeof CATALOGUE_CLASSES)[number];
export const CATALOGUE_CLASS_ZH: Record<CatalogueClass, string> = {
  elderly_disability: '为老助残', children_family: '儿童与家庭', assistance: '困难帮扶', culture_education: '文体教育', governance_volunteering: '社区治理与志愿服务',
};
export const CATALOGUE_CLASS_EN: Record<CatalogueClass, string> = {
  elderly_disability: 'Elderly and disability', children_family: 'Children and families', assistance: 'Assistance', culture_education: 'Culture and education', governance_volunteering: 'Community governance and volunteering',
};
export const CATALOGUE_ITEM_STATUSES = ['published', 'withdrawn'] as const;
export type CatalogueItemStatus = (typeof CATALOGUE_ITEM_STATUSES)[number];
export const ORDER_STATUSES = ['placed', 'accepted', 'declined', 'cancelled', 'delivered', 'rated'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_ZH: Record<OrderStatus, string> = { placed: '待接单', accepted: '已接单', declined: '已拒单', cancelled: '已取消', delivered: '已服务', rated: '已评价' };
export const ORDER_STATUS_EN: Record<OrderStatus, string> = { placed: 'Awaiting response', accepted: 'Accepted', declined: 'Declined', cancelled: 'Cancelled', delivered: 'Delivered', rated: 'Rated' };
