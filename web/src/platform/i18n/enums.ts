import {
  DATA_SCOPE_ZH, ERROR_CODES, ORG_STATUS_EN, ORG_STATUS_ZH, ORG_TYPE_EN, ORG_TYPE_ZH, REGION_LEVEL_EN, REGION_LEVEL_ZH,
  ROLES, SERVICE_DOMAIN_EN, SERVICE_DOMAIN_ZH, type DataScope, type ErrorCode, type RoleKey,
} from '../kernel';

// Enum and error labels come from the shared kernel so the web, the API and the Excel templates say the same thing.

const DATA_SCOPE_EN: Record<DataScope, string> = {
  all: 'All data', custom: 'Custom subtrees', region: 'Own region only', region_and_below: 'Own region and below',
  self: 'Own records only', organisation: 'Own organisation',
};

const roleNames = (lang: 'zh' | 'en') =>
  Object.fromEntries(ROLES.map((r) => [r.key, lang === 'zh' ? r.nameZh : r.nameEn])) as Record<RoleKey, string>;

const errorTexts = (lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(ERROR_CODES).map(([code, v]) => [code, v[lang]])) as Record<ErrorCode, string>;

export const enumsZh = {
  orgType: { ...ORG_TYPE_ZH },
  serviceDomain: { ...SERVICE_DOMAIN_ZH },
  orgStatus: { ...ORG_STATUS_ZH },
  regionLevel: { ...REGION_LEVEL_ZH },
  dataScope: { ...DATA_SCOPE_ZH },
  role: roleNames('zh'),
  importAction: { create: '新增', update: '更新', error: '错误' },
  auditAction: {
    'auth.login': '登录', 'auth.login_failed': '登录失败', 'auth.logout': '退出登录', 'auth.password_changed': '修改密码',
    'regions.grid.create': '新建网格', 'regions.grid.update': '修改网格', 'regions.import': '导入区划',
    'organisations.create': '登记组织', 'organisations.update': '修改组织', 'organisations.deactivate': '注销组织',
    'organisations.export': '导出组织', 'organisations.import': '导入组织', 'pii.view': '查看敏感信息',
  },
  entityType: { user: '用户', region: '区划', organisation: '社会组织' },
};

export const enumsEn: typeof enumsZh = {
  orgType: { ...ORG_TYPE_EN },
  serviceDomain: { ...SERVICE_DOMAIN_EN },
  orgStatus: { ...ORG_STATUS_EN },
  regionLevel: { ...REGION_LEVEL_EN },
  dataScope: DATA_SCOPE_EN,
  role: roleNames('en'),
  importAction: { create: 'Create', update: 'Update', error: 'Error' },
  auditAction: {
    'auth.login': 'Login', 'auth.login_failed': 'Failed login', 'auth.logout': 'Logout', 'auth.password_changed': 'Password changed',
    'regions.grid.create': 'Grid created', 'regions.grid.update': 'Grid changed', 'regions.import': 'Regions imported',
    'organisations.create': 'Organisation registered', 'organisations.update': 'Organisation changed', 'organisations.deactivate': 'Organisation deactivated',
    'organisations.export': 'Organisations exported', 'organisations.import': 'Organisations imported', 'pii.view': 'Personal data viewed',
  },
  entityType: { user: 'User', region: 'Region', organisation: 'Organisation' },
};

/** Codes the web adds for failures that never reach the server. */
export const errorsZh = { ...errorTexts('zh'), NETWORK: '网络连接失败，请检查网络后重试' };
export const errorsEn: typeof errorsZh = { ...errorTexts('en'), NETWORK: 'Network error; please check your connection and retry' };
