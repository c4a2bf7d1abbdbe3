import {
  ORG_GRADES, ORG_STATUS_EN, ORG_STATUS_ZH, ORG_STATUSES, ORG_TYPE_EN, ORG_TYPE_ZH, ORG_TYPES, REGION_LEVEL_EN, REGION_LEVEL_ZH, REGION_LEVELS,
  SERVICE_DOMAIN_EN, SERVICE_DOMAIN_ZH, SERVICE_DOMAINS,
} from '@wushe/common';

/** The dictionaries the forms and filters use, with both languages' labels. */
export function dictionaries() {
  return {
    orgTypes: ORG_TYPES.map((v) => ({ value: v, zh: ORG_TYPE_ZH[v], en: ORG_TYPE_EN[v] })),
    serviceDomains: SERVICE_DOMAINS.map((v) => ({ value: v, zh: SERVICE_DOMAIN_ZH[v], en: SERVICE_DOMAIN_EN[v] })),
    orgStatuses: ORG_STATUSES.map((v) => ({ value: v, zh: ORG_STATUS_ZH[v], en: ORG_STATUS_EN[v] })),
    orgGrades: ORG_GRADES.map((v) => ({ value: v, zh: `${v}级`, en: `Grade ${v}` })),
    regionLevels: REGION_LEVELS.map((v) => ({ value: v, zh: REGION_LEVEL_ZH[v], en: REGION_LEVEL_EN[v] })),
  };
}
