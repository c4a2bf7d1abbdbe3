import type { NeedSource, NeedUrgency } from '@wushe/common';
import type { AppDeps } from '../platform/deps.js';
import type { Executor } from '../platform/db/client.js';
import { findUserByUsername } from '../domains/auth/index.js';
import { seedCatalogue, seedOrders } from '../domains/catalogue/index.js';
import { findRegions } from '../domains/regions/index.js';
import { seedNeeds, type NeedSeed } from '../domains/needs/index.js';
import { CATALOGUE_TEMPLATES } from './demo-catalogue.js';

type Who = 'resident' | 'community' | 'grid' | 'street' | 'banner' | 'city';
type Outcome = 'new' | 'assessing' | 'scored' | ['accept', number] | ['reject' | 'answer', string];
// [title, description, category, region, source, urgency, people, by, hoursAgo, outcome]
type Row = [string, string, string, string, NeedSource, NeedUrgency, number, Who, number, Outcome];

const PINGAN = '150627100001';
/** A few dozen needs as residents, workers and grid heads in 鄂尔多斯 would record them, at every stage of 评榜. */
const NEEDS: Row[] = [
  ['小区老人吃饭难', '平安小区独居和高龄老人较多，子女白天上班，老人自己做饭不方便，希望社区开设老年助餐点或送餐上门。', 'meal_aid', PINGAN, 'resident_order', 'urgent', 45, 'resident', 2, 'new'],
  ['老人吃饭不方便，盼助餐点', '入户走访发现5号楼、7号楼有十余位80岁以上老人午餐凑合，希望就近解决吃饭问题。', 'meal_aid', PINGAN, 'household_visit', 'urgent', 18, 'community', 30, 'assessing'],
  ['放学后孩子无人看管', '双职工家庭多，孩子下午四点半放学后无人接送看管，希望开设课后托管班。', 'children', PINGAN, 'resident_council', 'normal', 60, 'community', 200, ['accept', 1]],
  ['3号楼前路灯损坏', '网格巡查发现3号楼前两盏路灯损坏近一个月，夜间老人出行存在安全隐患。', 'environment', `${PINGAN}G01`, 'grid_patrol', 'urgent', 120, 'grid', 50, ['answer', '已转旗住建局市政维护队，路灯已于本周修复。']],
  ['楼道堆放杂物影响消防', '2号楼楼道长期堆放纸箱和旧家具，堵塞消防通道，多次劝说无效。', 'environment', `${PINGAN}G02`, 'grid_patrol', 'normal', 40, 'grid', 80, 'scored'],
  ['希望组织广场舞队', '社区中老年居民希望有老师教广场舞，组织文艺队，丰富晚间生活。', 'culture_sports', PINGAN, 'questionnaire', 'low', 35, 'community', 400, ['accept', 3]],
  ['残疾人康复训练需求', '辖区有12名肢体残疾人需要定期康复训练，往返医院不便，希望在社区开展康复指导。', 'disability', PINGAN, 'household_visit', 'normal', 12, 'community', 300, ['accept', 2]],
  ['请求修建室外健身步道', '居民希望把小区北侧空地改造成健身步道。', 'culture_sports', PINGAN, 'resident_order', 'low', 200, 'resident', 500, ['reject', '该地块属规划绿地，暂不能改建；已将需求转交镇规划办纳入明年老旧小区改造统筹考虑。']],
  ['独居老人需要定期探访', '恩可社区独居老人23户，部分老人有慢性病，希望社工定期上门探访、应急联络。', 'elderly', '150627100002', 'household_visit', 'urgent', 23, 'street', 120, ['accept', 1]],
  ['青少年沉迷手机问题', '家长反映初中生周末长时间玩手机游戏，亲子冲突多，希望有青少年成长辅导活动。', 'youth', '150627100002', 'resident_council', 'normal', 30, 'street', 150, 'scored'],
  ['邻里噪音纠纷频发', '恩可花园多起楼上楼下噪音纠纷，需要专业调解介入。', 'mediation', '150627100002G01', 'grid_patrol', 'normal', 16, 'street', 60, 'assessing'],
  ['老年人不会用智能手机', '老人看病挂号、缴费都要用手机，很多人不会操作，容易上当受骗。', 'culture_sports', '150627100003', 'questionnaire', 'normal', 80, 'street', 220, ['accept', 2]],
  ['失业人员希望参加技能培训', '王府路社区登记失业人员37人，希望参加家政、育婴员等技能培训。', 'employment_training', '150627100003', 'resident_council', 'normal', 37, 'street', 260, 'new'],
  ['困难家庭冬季取暖补助咨询', '几户低保边缘家庭不清楚冬季取暖补助怎么申请，希望有人上门指导。', 'social_assistance', '150627100004', 'household_visit', 'urgent', 6, 'street', 20, 'new'],
  ['社区法律咨询服务', '居民遇到劳动争议、物业纠纷不知道找谁，希望每月有律师到社区坐诊。', 'legal_services', '150627100004', 'questionnaire', 'low', 60, 'street', 330, ['accept', 3]],
  ['垃圾分类指导', '园林社区垃圾分类投放准确率低，希望有人入户宣传指导。', 'environment', '150627100005', 'resident_council', 'low', 500, 'street', 420, ['answer', '旗城管局已安排垃圾分类督导员每周三、六到小区指导。']],
  ['社区矫正对象就业帮扶', '辖区两名社区矫正对象找工作困难，希望提供心理疏导和就业帮扶。', 'community_correction', '150627100005', 'household_visit', 'normal', 2, 'street', 100, 'assessing'],
  ['党员志愿服务队建设', '退休党员希望组织起来参与社区服务，需要帮助建立志愿服务队和积分制度。', 'party_building', '150627100003', 'resident_council', 'low', 25, 'street', 380, ['accept', 3]],
  ['老旧小区加装电梯协商', '吉日嘎朗小区多栋六层楼无电梯，高层老人下楼困难，需要协商加装电梯。', 'elderly', '150627100004', 'resident_order', 'normal', 90, 'street', 140, 'scored'],
  ['孤寡老人助浴', '几位失能老人长期无法洗澡，家属无力照护，希望提供上门助浴。', 'elderly', PINGAN, 'household_visit', 'critical', 5, 'community', 12, 'new'],
  ['儿童暑期安全教育', '每年暑期都有儿童溺水事故报道，家长希望社区组织防溺水安全教育。', 'children', PINGAN, 'questionnaire', 'normal', 80, 'community', 600, ['accept', 2]],
  ['外卖电动车楼道充电隐患', '1号楼多名外卖员在楼道给电动车充电，存在火灾隐患。', 'environment', `${PINGAN}G01M01`, 'grid_patrol', 'critical', 150, 'grid', 6, 'new'],
  ['高龄老人助餐', '吉劳庆社区80岁以上老人112人，部分老人吃饭困难，盼开设长者食堂。', 'meal_aid', '150602001001', 'household_visit', 'urgent', 112, 'city', 90, ['accept', 1]],
  ['新市民子女融入', '锦秀社区外来务工家庭子女较多，孩子融入困难，希望开展融合活动。', 'children', '150602001002', 'resident_council', 'normal', 40, 'city', 240, 'assessing'],
  ['社区心理健康服务', '新北社区部分空巢老人情绪低落，希望有心理咨询服务。', 'health', '150603001001', 'questionnaire', 'normal', 30, 'city', 160, 'new'],
  ['慢性病老人健康管理', '高血压、糖尿病老人多，希望定期健康讲座和血压血糖检测。', 'health', PINGAN, 'resident_council', 'normal', 70, 'community', 700, ['accept', 2]],
  ['小区停车难引发矛盾', '晚间车辆乱停堵塞消防通道，邻里为车位争吵。', 'mediation', `${PINGAN}G03`, 'grid_patrol', 'normal', 300, 'grid', 170, ['reject', '停车位规划属物业与业委会事项，已协调召开业主协商会，此需求不纳入政府购买服务。']],
  ['志愿者培训', '社区新招募志愿者50人，缺少系统培训。', 'volunteering', PINGAN, 'resident_council', 'low', 50, 'community', 800, ['accept', 4]],
  ['少数民族传统文化活动', '蒙古族居民希望开展马头琴、民族刺绣等传统文化活动。', 'culture_sports', '150627100002', 'questionnaire', 'low', 45, 'street', 450, 'new'],
  ['困境儿童关爱', '恩可社区有5名困境儿童，学习和生活需要持续关心。', 'children', '150627100002', 'household_visit', 'urgent', 5, 'street', 40, ['accept', 1]],
  ['老人吃饭难 希望送餐', '我父亲87岁独居，做饭困难，希望有送餐服务。', 'meal_aid', PINGAN, 'resident_order', 'urgent', 1, 'resident', 1, 'new'],
  ['无障碍坡道缺失', '社区服务中心门口台阶没有无障碍坡道，轮椅上不去。', 'disability', '150627100003', 'resident_order', 'normal', 8, 'street', 70, 'new'],
];

const SCORES: [number, number, number, string][] = [
  [5, 4, 4, '需求真实且集中，社区有场地可用，建议优先支持。'],
  [4, 4, 3, '需求明确，须与相关部门协同，实施难度中等。'],
];

/** Demo needs (some assessed), the 170-item menu from the demo organisations, and orders at every stage. */
export async function seedDemoNeeds(tx: Executor, deps: AppDeps, opts: { org1Id: string }): Promise<void> {
  const who = new Map<string, { id: string; name: string }>();
  for (const u of ['resident', 'community', 'grid', 'street', 'banner', 'city', 'expert', 'org1']) {
    const row = (await findUserByUsername(tx, u))!;
    who.set(u, { id: row.id, name: row.displayName });
  }
  const expert = who.get('expert')!;
  const evaluator = who.get('org1')!;
  const seeds: NeedSeed[] = NEEDS.map(([title, description, category, regionCode, source, urgency, peopleAffected, by, hoursAgo, outcome], i) => {
    const assessed = outcome !== 'new' && !(Array.isArray(outcome) && outcome[0] !== 'accept' && i % 2 === 0);
    const scored = outcome !== 'assessing';
    const decider = regionCode.startsWith('150627') ? who.get('street')! : who.get('city')!;
    return {
      title, description, category, regionCode, source, urgency, peopleAffected, createdBy: who.get(by)!, hoursAgo,
      ...(by === 'resident' ? { contactName: '周桂兰', contactPhone: '13947701234' } : i % 3 === 0 ? { contactName: '居民代表', contactPhone: `1394770${String(2000 + i).padStart(4, '0')}` } : {}),
      assess: assessed ? [{ assessor: expert, scores: scored ? SCORES[0]! : null }, ...(i % 4 === 0 ? [{ assessor: evaluator, scores: scored ? SCORES[1]! : null }] : [])] : undefined,
      decision: Array.isArray(outcome) ? (outcome[0] === 'accept' ? { decision: 'accept', priority: outcome[1], by: decider } : { decision: outcome[0], reason: outcome[1], by: decider }) : undefined,
    };
  });
  await seedNeeds(tx, deps, seeds);

  const items = await seedCatalogue(tx, deps, CATALOGUE_TEMPLATES, 170, opts.org1Id);
  const mine = items.filter((it) => it.organisationId === opts.org1Id);
  const pingan = (await findRegions(tx, [PINGAN]))[0]!;
  const resident = who.get('resident')!;
  const community = who.get('community')!;
  const base = { orderedBy: resident, handledBy: evaluator, regionCode: PINGAN, regionPath: pingan.path, contactName: '周桂兰', contactPhone: '13947701234', priceFen: 0 };
  await seedOrders(tx, deps, [
    { ...base, item: mine[0]!, note: '老伴腿脚不好，想订工作日午餐。', hoursAgo: 300, steps: ['accept', 'deliver', 'rate'], rating: 5, comment: '饭菜软烂可口，送餐准时。' },
    { ...base, item: mine[1]!, note: '希望每周来看看我母亲。', hoursAgo: 200, steps: ['accept', 'deliver', 'rate'], rating: 4, comment: '社工很耐心，就是时间有时不固定。' },
    { ...base, item: mine[1]!, note: '上次探访很好，想继续预约。', hoursAgo: 30, steps: ['accept'] },
    { ...base, item: mine[2]!, note: '想给卧床老人预约助浴。', hoursAgo: 60, steps: [] },
    { ...base, orderedBy: community, contactName: '刘芳', item: mine[3]!, note: '社区想在11月底办一场慢病讲座。', hoursAgo: 10, steps: [] },
    { ...base, orderedBy: community, contactName: '刘芳', item: mine[4]!, note: '辖区残疾人康复指导。', hoursAgo: 100, steps: ['decline'], declineReason: '本月康复师排期已满，建议下月初再约。' },
  ]);
}
