import type { Ledger } from './engine/types.js';

/** zh-CN names of the four ledgers (seed 002: "三有"企业、社会组织、园区、商务楼宇). */
export const LEDGER_LABELS: Record<Ledger, string> = {
  enterprise: '“三有”企业台账',
  social_organisation: '社会组织台账',
  park: '园区台账',
  commercial_building: '商务楼宇台账',
};
