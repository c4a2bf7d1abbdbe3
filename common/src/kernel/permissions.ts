/** Permissions (`domain:entity:action`), data scopes and roles. Deny by default: a role holds only what it lists. */

export const PERMISSIONS = [
  'system:region:view', 'system:region:edit',
  'organisations:org:view', 'organisations:org:create', 'organisations:org:edit', 'organisations:org:deactivate',
  'organisations:org:export', 'organisations:org:import',
  'audit:operlog:view', 'audit:loginlog:view',
  'pii:view',
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

const OFFICIAL: readonly Permission[] = [
  'system:region:view', 'system:region:edit', 'organisations:org:view', 'organisations:org:create', 'organisations:org:edit',
  'organisations:org:deactivate', 'organisations:org:export', 'organisations:org:import', 'audit:operlog:view', 'audit:loginlog:view',
];

/** The base register (issue 7): import, review, assignment and verification tasks. */
const REGISTRY_MANAGE: readonly Permission[] = [
  'registry:entity:view', 'registry:entity:edit', 'registry:import:create', 'registry:review:decide', 'registry:task:create', 'registry:task:record',
];

/** The seeded roles; officials act on their region's subtree, others more narrowly. */
export const ROLES: readonly RoleDefinition[] = [
  { key: 'platform_admin', nameZh: '平台管理员', nameEn: 'Platform administrator', dataScope: 'all', permissions: PERMISSIONS },
  { key: 'city_official', nameZh: '市级民政/社会工作部', nameEn: 'City official', dataScope: 'region_and_below', permissions: [...OFFICIAL, 'pii:view', ...REGISTRY_MANAGE] },
  { key: 'banner_official', nameZh: '旗区民政/社会工作部', nameEn: 'Banner/district official', dataScope: 'region_and_below', permissions: [...OFFICIAL, 'pii:view', ...REGISTRY_MANAGE] },
  { key: 'street_official', nameZh: '苏木乡镇/街道干部', nameEn: 'Township/street official', dataScope: 'region_and_below', permissions: [...OFFICIAL, 'registry:entity:view', 'registry:task:create', 'registry:task:record'] },
  { key: 'community_worker', nameZh: '社区工作者', nameEn: 'Community worker', dataScope: 'region_and_below', permissions: ['system:region:view', 'system:region:edit', 'organisations:org:view', 'organisations:org:create', 'organisations:org:edit', 'organisations:org:export'] },
  { key: 'grid_head', nameZh: '网格长', nameEn: 'Grid head', dataScope: 'region_and_below', permissions: ['system:region:view', 'organisations:org:view'] },
  { key: 'org_staff', nameZh: '社会组织工作人员', nameEn: 'Organisation staff', dataScope: 'organisation', permissions: ['organisations:org:view', 'organisations:org:edit'] },
  { key: 'social_worker', nameZh: '社会工作者', nameEn: 'Social worker', dataScope: 'custom', permissions: ['system:region:view', 'organisations:org:view'] },
  { key: 'volunteer', nameZh: '志愿者', nameEn: 'Volunteer', dataScope: 'self', permissions: [] },
  { key: 'resident', nameZh: '居民', nameEn: 'Resident', dataScope: 'self', permissions: [] },
  { key: 'expert', nameZh: '专家', nameEn: 'Expert', dataScope: 'custom', permissions: ['organisations:org:view'] },
  { key: 'party_instructor', nameZh: '党建指导员', nameEn: 'Party-building instructor', dataScope: 'region', permissions: ['system:region:view', 'organisations:org:view', 'registry:entity:view'] },
];

/** Finds a role definition by key. */
export function findRole(key: string): RoleDefinition | undefined {
  return ROLES.find((r) => r.key === key);
}
