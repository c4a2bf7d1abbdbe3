/** Permissions (`domain:entity:action`), data scopes and roles. Deny by default: a role holds only what it lists. */

export const PERMISSIONS = [
  'system:region:view', 'system:region:edit',
  'organisations:org:view', 'organisations:org:create', 'organisations:org:edit', 'organisations:org:deactivate',
  'organisations:org:export', 'organisations:org:import',
  'audit:operlog:view', 'audit:loginlog:view',
  'pii:view',
  'matching:candidates:view', 'matching:fair:run', 'matching:settings:edit', 'matching:invitation:view', 'matching:invitation:respond',
  'calls:call:view', 'calls:call:publish', 'calls:panel:manage', 'calls:award:manage', 'calls:bid:submit', 'calls:review:score',
  'projects:project:view', 'projects:project:create', 'projects:project:manage', 'projects:delivery:record',
  'projects:complaint:create', 'projects:evaluation:score', 'projects:settings:edit',
  'funds:fund:view', 'funds:project:manage', 'funds:donation:record', 'funds:disbursement:request', 'funds:disbursement:approve',
  'funds:disbursement:pay', 'funds:allocation:create', 'funds:ledger:reverse', 'funds:ledger:check',
  'needs:need:view', 'needs:need:create', 'needs:need:export', 'needs:need:merge', 'needs:need:decide', 'needs:assessment:assign', 'needs:assessment:score',
  'catalogue:item:manage', 'catalogue:order:view', 'catalogue:order:create', 'catalogue:order:handle', 'catalogue:order:rate',
  'registry:entity:view', 'registry:entity:edit', 'registry:import:create', 'registry:review:decide', 'registry:task:create', 'registry:task:record', 'registry:settings:edit',
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

/**
 * Who may do what, one table per domain and one line per role in each: a domain's grants change in its own block, so
 * work on two domains never edits the same line. A role holds the union of its lines; a role a table omits gets nothing.
 */
type Grants = Partial<Record<Exclude<RoleKey, 'platform_admin'>, readonly Permission[]>>;

/** The region tree and grids: officials and community workers edit their subtree. */
const SYSTEM_GRANTS: Grants = {
  city_official: ['system:region:edit', 'system:region:view'],
  banner_official: ['system:region:edit', 'system:region:view'],
  street_official: ['system:region:edit', 'system:region:view'],
  community_worker: ['system:region:edit', 'system:region:view'],
  grid_head: ['system:region:view'],
  social_worker: ['system:region:view'],
  party_instructor: ['system:region:view'],
};
/** The organisation register (issue 3). */
const ORGANISATIONS_GRANTS: Grants = {
  city_official: ['organisations:org:create', 'organisations:org:deactivate', 'organisations:org:edit', 'organisations:org:export', 'organisations:org:import', 'organisations:org:view'],
  banner_official: ['organisations:org:create', 'organisations:org:deactivate', 'organisations:org:edit', 'organisations:org:export', 'organisations:org:import', 'organisations:org:view'],
  street_official: ['organisations:org:create', 'organisations:org:deactivate', 'organisations:org:edit', 'organisations:org:export', 'organisations:org:import', 'organisations:org:view'],
  community_worker: ['organisations:org:create', 'organisations:org:edit', 'organisations:org:export', 'organisations:org:view'],
  grid_head: ['organisations:org:view'],
  org_staff: ['organisations:org:edit', 'organisations:org:view'],
  social_worker: ['organisations:org:view'],
  expert: ['organisations:org:view'],
  party_instructor: ['organisations:org:view'],
};
/** Operation and login logs, scoped like everything else. */
const AUDIT_GRANTS: Grants = {
  city_official: ['audit:loginlog:view', 'audit:operlog:view'],
  banner_official: ['audit:loginlog:view', 'audit:operlog:view'],
  street_official: ['audit:loginlog:view', 'audit:operlog:view'],
};
/** Unmasking personal data; every reveal is audited. */
const PII_GRANTS: Grants = {
  city_official: ['pii:view'],
  banner_official: ['pii:view'],
};
/** Candidates and fairs (issue 5); weights are a city-level setting; an organisation answers the invitations a fair sends it. */
const MATCHING_GRANTS: Grants = {
  city_official: ['matching:candidates:view', 'matching:fair:run', 'matching:invitation:view', 'matching:settings:edit'],
  banner_official: ['matching:candidates:view', 'matching:fair:run', 'matching:invitation:view'],
  street_official: ['matching:candidates:view', 'matching:fair:run', 'matching:invitation:view'],
  community_worker: ['matching:candidates:view'],
  org_staff: ['matching:invitation:respond', 'matching:invitation:view'],
};
/** Calls for proposals, panels, bids and awards. */
const CALLS_GRANTS: Grants = {
  city_official: ['calls:award:manage', 'calls:call:publish', 'calls:call:view', 'calls:panel:manage', 'calls:review:score'],
  banner_official: ['calls:award:manage', 'calls:call:publish', 'calls:call:view', 'calls:panel:manage', 'calls:review:score'],
  street_official: ['calls:award:manage', 'calls:call:publish', 'calls:call:view', 'calls:panel:manage', 'calls:review:score'],
  community_worker: ['calls:call:view', 'calls:review:score'],
  org_staff: ['calls:bid:submit', 'calls:call:view'],
  expert: ['calls:call:view', 'calls:review:score'],
};
/** What officials do with projects: commission, review delivery, run 考榜, and score for the departments. */
const PROJECTS_GRANTS: Grants = {
  city_official: ['projects:evaluation:score', 'projects:project:create', 'projects:project:manage', 'projects:project:view', 'projects:settings:edit'],
  banner_official: ['projects:evaluation:score', 'projects:project:create', 'projects:project:manage', 'projects:project:view'],
  street_official: ['projects:evaluation:score', 'projects:project:create', 'projects:project:manage', 'projects:project:view'],
  community_worker: ['projects:evaluation:score', 'projects:project:view'],
  grid_head: ['projects:project:view'],
  org_staff: ['projects:delivery:record', 'projects:project:view'],
  social_worker: ['projects:project:view'],
  resident: ['projects:complaint:create', 'projects:evaluation:score'],
  expert: ['projects:evaluation:score', 'projects:project:view'],
  party_instructor: ['projects:evaluation:score', 'projects:project:view'],
};
/** Fund officers act on the funds in their region (request ≠ approve is a rule, not a role). */
const FUNDS_GRANTS: Grants = {
  city_official: ['funds:allocation:create', 'funds:disbursement:approve', 'funds:disbursement:pay', 'funds:disbursement:request', 'funds:donation:record', 'funds:fund:view', 'funds:ledger:check', 'funds:ledger:reverse', 'funds:project:manage'],
  banner_official: ['funds:allocation:create', 'funds:disbursement:approve', 'funds:disbursement:pay', 'funds:disbursement:request', 'funds:donation:record', 'funds:fund:view', 'funds:ledger:check', 'funds:ledger:reverse', 'funds:project:manage'],
  street_official: ['funds:allocation:create', 'funds:disbursement:approve', 'funds:disbursement:pay', 'funds:disbursement:request', 'funds:donation:record', 'funds:fund:view', 'funds:ledger:check', 'funds:ledger:reverse', 'funds:project:manage'],
  community_worker: ['funds:disbursement:request', 'funds:donation:record', 'funds:fund:view', 'funds:project:manage'],
};
/** Needs list and 评榜: officials decide, experts and third-party evaluators score. */
const NEEDS_GRANTS: Grants = {
  city_official: ['needs:assessment:assign', 'needs:need:create', 'needs:need:decide', 'needs:need:export', 'needs:need:merge', 'needs:need:view'],
  banner_official: ['needs:assessment:assign', 'needs:need:create', 'needs:need:decide', 'needs:need:export', 'needs:need:merge', 'needs:need:view'],
  street_official: ['needs:assessment:assign', 'needs:need:create', 'needs:need:decide', 'needs:need:export', 'needs:need:merge', 'needs:need:view'],
  community_worker: ['needs:need:create', 'needs:need:export', 'needs:need:merge', 'needs:need:view'],
  grid_head: ['needs:need:create', 'needs:need:view'],
  org_staff: ['needs:assessment:score', 'needs:need:view'],
  social_worker: ['needs:need:create', 'needs:need:view'],
  resident: ['needs:need:create', 'needs:need:view'],
  expert: ['needs:assessment:score', 'needs:need:view'],
  party_instructor: ['needs:need:view'],
};
/** Menu services: organisations publish and take orders, communities and residents order and rate. */
const CATALOGUE_GRANTS: Grants = {
  city_official: ['catalogue:order:view'],
  banner_official: ['catalogue:order:view'],
  street_official: ['catalogue:order:view'],
  community_worker: ['catalogue:order:create', 'catalogue:order:rate', 'catalogue:order:view'],
  org_staff: ['catalogue:item:manage', 'catalogue:order:handle', 'catalogue:order:view'],
  resident: ['catalogue:order:create', 'catalogue:order:rate', 'catalogue:order:view'],
};
/** The base register (issue 7): import, review, assignment and verification tasks. */
const REGISTRY_GRANTS: Grants = {
  city_official: ['registry:entity:edit', 'registry:entity:view', 'registry:import:create', 'registry:review:decide', 'registry:settings:edit', 'registry:task:create', 'registry:task:record'],
  banner_official: ['registry:entity:edit', 'registry:entity:view', 'registry:import:create', 'registry:review:decide', 'registry:task:create', 'registry:task:record'],
  street_official: ['registry:entity:view', 'registry:task:create', 'registry:task:record'],
  party_instructor: ['registry:entity:view'],
};
const DOMAIN_GRANTS: readonly Grants[] = [SYSTEM_GRANTS, ORGANISATIONS_GRANTS, AUDIT_GRANTS, PII_GRANTS, MATCHING_GRANTS, CALLS_GRANTS, PROJECTS_GRANTS, FUNDS_GRANTS, NEEDS_GRANTS, CATALOGUE_GRANTS, REGISTRY_GRANTS];

function granted(role: Exclude<RoleKey, 'platform_admin'>): readonly Permission[] {
  return DOMAIN_GRANTS.flatMap((g) => g[role] ?? []);
}

/** The seeded roles; officials act on their region's subtree, others more narrowly. */
export const ROLES: readonly RoleDefinition[] = [
  { key: 'platform_admin', nameZh: '平台管理员', nameEn: 'Platform administrator', dataScope: 'all', permissions: PERMISSIONS },
  { key: 'city_official', nameZh: '市级民政/社会工作部', nameEn: 'City official', dataScope: 'region_and_below', permissions: granted('city_official') },
  { key: 'banner_official', nameZh: '旗区民政/社会工作部', nameEn: 'Banner/district official', dataScope: 'region_and_below', permissions: granted('banner_official') },
  { key: 'street_official', nameZh: '苏木乡镇/街道干部', nameEn: 'Township/street official', dataScope: 'region_and_below', permissions: granted('street_official') },
  { key: 'community_worker', nameZh: '社区工作者', nameEn: 'Community worker', dataScope: 'region_and_below', permissions: granted('community_worker') },
  { key: 'grid_head', nameZh: '网格长', nameEn: 'Grid head', dataScope: 'region_and_below', permissions: granted('grid_head') },
  { key: 'org_staff', nameZh: '社会组织工作人员', nameEn: 'Organisation staff', dataScope: 'organisation', permissions: granted('org_staff') },
  { key: 'social_worker', nameZh: '社会工作者', nameEn: 'Social worker', dataScope: 'custom', permissions: granted('social_worker') },
  { key: 'volunteer', nameZh: '志愿者', nameEn: 'Volunteer', dataScope: 'self', permissions: granted('volunteer') },
  { key: 'resident', nameZh: '居民', nameEn: 'Resident', dataScope: 'self', permissions: granted('resident') },
  { key: 'expert', nameZh: '专家', nameEn: 'Expert', dataScope: 'custom', permissions: granted('expert') },
  { key: 'party_instructor', nameZh: '党建指导员', nameEn: 'Party-building instructor', dataScope: 'region', permissions: granted('party_instructor') },
];

/** Finds a role definition by key. */
export function findRole(key: string): RoleDefinition | undefined {
  return ROLES.find((r) => r.key === key);
}
