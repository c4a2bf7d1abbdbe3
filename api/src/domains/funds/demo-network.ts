/** The Ordos 1+9+27 fund network (seed 000) and the government budget lines (seeds 003, 004), as plain data. */
export const PARENT = {
  code: 'TJ', name: '鄂尔多斯市天骄城乡社区发展基金会', regionCode: '150600000000',
  purpose: '统筹全市城乡社区基金，支持居民点单、管委会立项、社会筹款、精准落地的社区公益项目', restriction: '限定用于城乡社区公益项目及向下级基金划拨',
};

export const SPECIALS: { name: string; purpose: string; category: string }[] = [
  { name: '一老一小专项基金', purpose: '社区养老助老与儿童关爱服务', category: 'elderly' },
  { name: '老旧小区改造专项基金', purpose: '老旧小区加装电梯、适老化改造与公共空间更新', category: 'environment' },
  { name: '助学专项基金', purpose: '困难家庭学生助学与课后托管', category: 'youth' },
  { name: '助残专项基金', purpose: '残疾人康复、辅具与就业支持', category: 'disability' },
  { name: '社区助餐专项基金', purpose: '社区老年食堂与助餐配送', category: 'meal_aid' },
  { name: '困难群众救助专项基金', purpose: '临时困难与急难救助', category: 'social_assistance' },
  { name: '社区文体专项基金', purpose: '社区文化体育活动与场地', category: 'culture_sports' },
  { name: '乡村振兴专项基金', purpose: '嘎查村公益事业与乡村治理', category: 'employment_training' },
  { name: '志愿服务激励专项基金', purpose: '志愿服务积分兑换与激励', category: 'volunteering' },
];

export const GOVERNMENT = [
  { code: 'GOV-YJ-PS', name: '伊金霍洛旗政府购买社会服务资金', regionCode: '150627000000', purpose: '政府购买社会工作与社区服务项目', restriction: '按合同约定节点支付', appropriation: 2_800_000_00, budgetLine: 'government_purchase' },
  { code: 'GOV-ALT-5S', name: '阿勒腾席热镇五社联动项目补贴', regionCode: '150627100000', purpose: '每年不少于15万元支持五社联动项目（种子004）', restriction: '限用于本镇五社联动项目', appropriation: 150_000_00, budgetLine: 'township_subsidy' },
  { code: 'GOV-YJ-VP', name: '伊金霍洛旗公益创投资金', regionCode: '150627000000', purpose: '公益创投大赛资助（种子003：44万元）', restriction: '限用于公益创投获奖项目', appropriation: 440_000_00, budgetLine: 'venture_philanthropy' },
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马胡朱郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['建国', '秀英', '桂兰', '志强', '海燕', '丽娟', '永红', '金花', '宝音', '其其格', '文斌', '淑珍', '国庆', '晓敏', '巴特尔', '乌兰', '红梅', '德胜', '玉兰', '卫东', '春燕', '志刚', '萨仁', '俊杰'];
export const COMMITTEE_TITLES = ['主任（社区党组织书记）', '副主任（居民代表）', '委员（辖区企业代表）', '委员（社会组织代表）', '委员（社工代表）', '委员（居民代表）', '委员（物业代表）'];

export function personName(i: number): string {
  return `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 5 + 3) % GIVEN.length]}`;
}

export const DONORS = ['鄂尔多斯市伊泰集团', '内蒙古伊东资源集团', '鄂尔多斯市东联控股', '伊金霍洛旗爱心商会', '久泰能源公益基金', '鄂尔多斯银行公益团队'];

export const PROJECT_IDEAS: { title: string; description: string; category: string; beneficiaries: number; budget: number }[] = [
  { title: '社区长者食堂助餐补贴', description: '为80岁以上独居老人提供每餐3元助餐补贴', category: 'meal_aid', beneficiaries: 120, budget: 60_000_00 },
  { title: '楼道照明与扶手改造', description: '为老旧楼栋加装感应灯和楼道扶手', category: 'environment', beneficiaries: 300, budget: 45_000_00 },
  { title: '四点半课堂', description: '放学后为双职工家庭儿童提供课业辅导', category: 'children', beneficiaries: 60, budget: 30_000_00 },
  { title: '困难家庭冬季送暖', description: '为低保和困难家庭发放取暖物资', category: 'social_assistance', beneficiaries: 45, budget: 25_000_00 },
  { title: '社区邻里文化节', description: '组织邻里文化节与睦邻活动', category: 'culture_sports', beneficiaries: 500, budget: 15_000_00 },
  { title: '残疾人居家康复上门服务', description: '康复师每月两次上门指导', category: 'disability', beneficiaries: 20, budget: 36_000_00 },
];
