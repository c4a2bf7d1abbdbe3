/** Permissions (`domain:entity:action`), data scopes and roles. Deny by default: a role holds only what it lists. */

export const PERMISSIONS = [
  'system:region:view', 'system:region:edit',
  'organisations:org:view', 'organisations:org:create', 'organisations:org:edit', 'organisations:org:deactivate',
  'organisations:org:export', 'organisations:org:import',
  'audit:operlog:view', 'audit:loginlog:view',
  'pii:view',
  'matching:candidates:view', 'matching:fair:run', 'matching:settings:edit',
  'calls:call:view', 'calls:call:publish', 'calls:panel:manage', 'calls:award:manage', 'calls:bid:submit', 'calls:review:score',
  'projects:project:view', 'projects:project:create', 'projects:project:manage', 'projects:delivery:record',
  'projects:complaint:create', 'projects:evaluation:score', 'projects:settings:edit',
  'funds:fund:view', 'funds:project:manage', 'funds:donation:record', 'funds:disbursement:request', 'funds:disbursement:approve',
  'funds:disbursement:pay', 'funds:allocation:create', 'funds:ledger:reverse', 'funds:ledger:check',
  'needs:need:view', 'needs:need:create', 'needs:need:export', 'needs:need:merge', 'needs:need:decide', 'needs:assessment:assign', 'needs:assessment:score',
  'catalogue:item:manage', 'catalogue:order:view', 'catalogue:order:create', 'catalogue:order:handle', 'catalogue:order:rate',
  'registry:entity:view', 'registry:entity:edit', 'registry:import:create', 'registry:review:decide', 'registry:task:create', 'registry:task:record',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * RuoYi's five data scopes over the region tree, plus "own organisation":
 * all 全部 · custom 自定 (a listed set of subtrees) · region 本级 · region_and_below 本级及以下 · self 仅本人 · organisation 本组织.
 */
export const DATA_SCOPES = ['all', 'custom', 'region', 'region_and_below', 'self', 'organisation'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];
export const DATA_SCOPE_ZH: Record<DataScope, string> = {
  all: '全部数据', custom: '自定数据', region: '本级数据', region_and_below: '本级及以下数据', self: '仅本人数据', organisation: '本组织数据',
};

export const ROLE_KEYS = [
  'platform_admin', 'city_official', 'banner_official', 'street_official', 'community_worker', 'grid_head',
  'org_staff', 'social_worker', 'volunteer', 'resident', 'expert', 'party_instructor',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export interface RoleDefinition {
  key: RoleKey;
  nameZh: string;
  nameEn: string;
  dataScope: DataScope;
  permissions: readonly Permission[];
}

/** Fund officers: the foundation's and governments' staff act on the funds in their region (request ≠ approve is a rule, not a role). */
const FUNDS_OFFICIAL: readonly Permission[] = [
  'funds:fund:view', 'funds:project:manage', 'funds:donation:record', 'funds:disbursement:request', 'funds:disbursement:approve',
  'funds:disbursement:pay', 'funds:allocation:create', 'funds:ledger:reverse', 'funds:ledger:check',
];
const FUNDS_COMMUNITY: readonly Permission[] = ['funds:fund:view', 'funds:project:manage', 'funds:donation:record', 'funds:disbursement:request'];

const OFFICIAL: readonly Permission[] = [
  'system:region:view', 'system:region:edit', 'organisations:org:view', 'organisations:org:create', 'organisations:org:edit',
  'organisations:org:deactivate', 'organisations:org:export', 'organisations:org:import', 'audit:operlog:view', 'audit:loginlog:view',
  'matching:candidates:view', 'matching:fair:run',
  'calls:call:view', 'calls:call:publish', 'calls:panel:manage', 'calls:award:manage', 'calls:review:score',
  ...FUNDS_OFFICIAL,
];

/** What officials do with projects: commission, review delivery, run 考榜, and score for the departments. */
const PROJECT_OFFICIAL: readonly Permission[] = ['projects:project:view', 'projects:project:create', 'projects:project:manage', 'projects:evaluation:score'];
/** Needs list, 评榜 and menu services (issue 4): officials decide, experts and third-party evaluators score, organisations take orders. */
const NEEDS_OFFICIAL: readonly Permission[] = [
  'needs:need:view', 'needs:need:create', 'needs:need:export', 'needs:need:merge', 'needs:need:decide', 'needs:assessment:assign', 'catalogue:order:view',
];
const NEEDS_GRANTS: Record<Exclude<RoleKey, 'platform_admin'>, readonly Permission[]> = {
  city_official: NEEDS_OFFICIAL, banner_official: NEEDS_OFFICIAL, street_official: NEEDS_OFFICIAL,
  community_worker: ['needs:need:view', 'needs:need:create', 'needs:need:export', 'needs:need:merge', 'catalogue:order:view', 'catalogue:order:create', 'catalogue:order:rate'],
  grid_head: ['needs:need:view', 'needs:need:create'],
  org_staff: ['needs:need:view', 'needs:assessment:score', 'catalogue:item:manage', 'catalogue:order:view', 'catalogue:order:handle'],
  social_worker: ['needs:need:view', 'needs:need:create'],
  volunteer: [],
  resident: ['needs:need:view', 'needs:need:create', 'catalogue:order:view', 'catalogue:order:create', 'catalogue:order:rate'],
  expert: ['needs:need:view', 'needs:assessment:score'],
  party_instructor: ['needs:need:view'],
};
/** The base register (issue 7): import, review, assignment and verification tasks. */
const REGISTRY_MANAGE: readonly Permission[] = [
  'registry:entity:view', 'registry:entity:edit', 'registry:import:create', 'registry:review:decide', 'registry:task:create', 'registry:task:record',
];

/** The seeded roles; officials act on their region's subtree, others more narrowly. */
export const ROLES: readonly RoleDefinition[] = [
  { key: 'platform_admin', nameZh: '平台管理员', nameEn: 'Platform administrator', dataScope: 'all', permissions: PERMISSIONS },
  { key: 'city_official', nameZh: '市级民政/社会工作部', nameEn: 'City official', dataScope: 'region_and_below', permissions: [...OFFICIAL, 'pii:view', 'matching:settings:edit', ...PROJECT_OFFICIAL, 'projects:settings:edit', ...NEEDS_GRANTS.city_official, ...REGISTRY_MANAGE] },
  { key: 'banner_official', nameZh: '旗区民政/社会工作部', nameEn: 'Banner/district official', dataScope: 'region_and_below', permissions: [...OFFICIAL, 'pii:view', ...PROJECT_OFFICIAL, ...NEEDS_GRANTS.banner_official, ...REGISTRY_MANAGE] },
  { key: 'street_official', nameZh: '苏木乡镇/街道干部', nameEn: 'Township/street official', dataScope: 'region_and_below', permissions: [...OFFICIAL, ...PROJECT_OFFICIAL, ...NEEDS_GRANTS.street_official, 'registry:entity:view', 'registry:task:create', 'registry:task:record'] },
  { key: 'community_worker', nameZh: '社区工作者', nameEn: 'Community worker', dataScope: 'region_and_below', permissions: ['system:region:view', 'system:region:edit', 'organisations:org:view', 'organisations:org:create', 'organisations:org:edit', 'organisations:org:export', 'matching:candidates:view', 'calls:call:view', 'calls:review:score', 'projects:project:view', 'projects:evaluation:score', ...FUNDS_COMMUNITY, ...NEEDS_GRANTS.community_worker] },
  { key: 'grid_head', nameZh: '网格长', nameEn: 'Grid head', dataScope: 'region_and_below', permissions: ['system:region:view', 'organisations:org:view', 'projects:project:view', ...NEEDS_GRANTS.grid_head] },
  { key: 'org_staff', nameZh: '社会组织工作人员', nameEn: 'Organisation staff', dataScope: 'organisation', permissions: ['organisations:org:view', 'organisations:org:edit', 'calls:call:view', 'calls:bid:submit', 'projects:project:view', 'projects:delivery:record', ...NEEDS_GRANTS.org_staff] },
  { key: 'social_worker', nameZh: '社会工作者', nameEn: 'Social worker', dataScope: 'custom', permissions: ['system:region:view', 'organisations:org:view', 'projects:project:view', ...NEEDS_GRANTS.social_worker] },
  { key: 'volunteer', nameZh: '志愿者', nameEn: 'Volunteer', dataScope: 'self', permissions: [...NEEDS_GRANTS.volunteer] },
  { key: 'resident', nameZh: '居民', nameEn: 'Resident', dataScope: 'self', permissions: ['projects:complaint:create', 'projects:evaluation:score', ...NEEDS_GRANTS.resident] },
  { key: 'expert', nameZh: '专家', nameEn: 'Expert', dataScope: 'custom', permissions: ['organisations:org:view', 'calls:call:view', 'calls:review:score', 'projects:project:view', 'projects:evaluation:score', ...NEEDS_GRANTS.expert] },
  { key: 'party_instructor', nameZh: '党建指导员', nameEn: 'Party-building instructor', dataScope: 'region', permissions: ['system:region:view', 'organisations:org:view', 'projects:project:view', 'projects:evaluation:score', ...NEEDS_GRANTS.party_instructor, 'registry:entity:view'] },
];

/** Finds a role definition by key. */
export function findRole(key: string): RoleDefinition | undefined {
  return ROLES.find((r) => r.key === key);
}
