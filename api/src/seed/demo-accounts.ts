import type { RoleKey } from '@wushe/common';

/** The demo password for every seeded account (they must change it on first login unless WUSHE_DEMO=1). */
export const DEMO_PASSWORD = 'wushe2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleKey;
  regionCode: string | null;
  customRegionCodes?: string[];
  /** Index into the demo organisations list, for organisation staff. */
  organisationKey?: 'org1' | 'org2';
}

/** One account per role, anchored where the browser journey and the demo story need them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '平台管理员', role: 'platform_admin', regionCode: null },
  { username: 'city', displayName: '王建国（市民政局）', role: 'city_official', regionCode: '150600000000' },
  { username: 'banner', displayName: '李春梅（伊金霍洛旗社会工作部）', role: 'banner_official', regionCode: '150627000000' },
  { username: 'street', displayName: '张海军（阿勒腾席热镇）', role: 'street_official', regionCode: '150627100000' },
  { username: 'community', displayName: '刘芳（平安社区）', role: 'community_worker', regionCode: '150627100001' },
  { username: 'grid', displayName: '赵志刚（平安社区第一网格）', role: 'grid_head', regionCode: '150627100001G01' },
  { username: 'org1', displayName: '高娜（伊金霍洛旗阳光社会工作服务中心）', role: 'org_staff', regionCode: null, organisationKey: 'org1' },
  { username: 'org2', displayName: '陈磊（东胜区春晖养老服务中心）', role: 'org_staff', regionCode: null, organisationKey: 'org2' },
  { username: 'socialworker', displayName: '孙丽（阿勒腾席热镇社工站）', role: 'social_worker', regionCode: '150627100000', customRegionCodes: ['150627100001', '150627100002'] },
  { username: 'volunteer', displayName: '马骏（志愿者）', role: 'volunteer', regionCode: '150627100001' },
  { username: 'resident', displayName: '周桂兰（居民）', role: 'resident', regionCode: '150627100001' },
  { username: 'expert', displayName: '郭教授（评估专家）', role: 'expert', regionCode: null, customRegionCodes: ['150627000000', '150602000000'] },
  { username: 'instructor', displayName: '白音（党建指导员）', role: 'party_instructor', regionCode: '150627102000' },
];
