import type { ItemTemplate } from '../domains/catalogue/index.js';

const t = (catalogueClass: string, category: string, title: string, content: string, priceFen: number, monthlyCapacity: number): ItemTemplate => ({ catalogueClass, category, title, content, priceFen, monthlyCapacity });

/** The demo menu's service types, five classes after Licang's 社区服务菜单; organisations offer them in turn (170 items). */
export const CATALOGUE_TEMPLATES: ItemTemplate[] = [
  t('elderly_disability', 'meal_aid', '老年助餐送餐上门', '为行动不便的高龄、独居老人每日配送午餐，荤素搭配、少盐少油，可按需定制软食。', 1200, 300),
  t('elderly_disability', 'elderly', '独居老人定期探访', '社工和志愿者每周上门探访一次，测量血压、陪伴聊天、排查燃气用电等居家安全隐患。', 0, 40),
  t('elderly_disability', 'elderly', '居家助浴服务', '专业护理员携带助浴设备上门，为失能半失能老人提供安全助浴，含皮肤观察与护理记录。', 6800, 30),
  t('elderly_disability', 'health', '慢病健康管理讲座', '联合社区卫生服务站开展高血压、糖尿病等慢病知识讲座和现场义诊。', 0, 8),
  t('elderly_disability', 'disability', '残疾人康复训练指导', '康复师上门或在社区康复室开展肢体功能训练指导，制定个性化康复计划。', 0, 20),
  t('elderly_disability', 'elderly', '适老化居家改造评估', '上门评估卫生间、卧室等防滑防跌需求，出具改造建议并协助申请补贴。', 0, 15),
  t('children_family', 'children', '“四点半课堂”课后托管', '放学后至家长下班前提供作业辅导、阅读和手工活动，由社工和大学生志愿者带领。', 0, 60),
  t('children_family', 'children', '暑期儿童安全教育营', '防溺水、防拐骗、交通安全等主题体验课，寓教于乐，每期五天。', 3000, 40),
  t('children_family', 'youth', '青少年心理成长小组', '面向初高中学生的情绪管理与人际沟通小组，共六节，由持证社工带领。', 0, 12),
  t('children_family', 'children', '困境儿童个案关爱', '为留守、困境儿童建立个案档案，开展学业辅导、心理陪伴和家庭支持。', 0, 10),
  t('children_family', 'mediation', '家庭关系调解与辅导', '针对婚姻家庭矛盾、代际冲突提供专业调解和家庭辅导，保护隐私。', 0, 15),
  t('children_family', 'children', '亲子阅读周末营', '每周六在社区书屋开展亲子共读、绘本剧表演，培养儿童阅读习惯。', 0, 30),
  t('assistance', 'social_assistance', '低保边缘家庭帮扶', '入户评估困难家庭需求，链接救助政策与慈善资源，跟踪帮扶成效。', 0, 20),
  t('assistance', 'employment_training', '就业技能培训（家政、育婴）', '家政服务、育婴员等职业技能培训，结业后推荐就业岗位。', 0, 30),
  t('assistance', 'legal_services', '法律咨询进社区', '律师每月两次到社区坐诊，解答劳动争议、婚姻继承、物业纠纷等法律问题。', 0, 20),
  t('assistance', 'community_correction', '社区矫正对象帮教', '协助司法所开展社区矫正对象心理疏导、行为矫正和社会适应帮扶。', 0, 10),
  t('assistance', 'social_assistance', '临时困难应急帮扶', '对遭遇突发困难的家庭提供物资援助和资源链接，48小时内响应。', 0, 15),
  t('assistance', 'health', '心理健康咨询', '心理咨询师提供一对一心理咨询，关注失独、空巢等重点人群。', 5000, 20),
  t('culture_education', 'culture_sports', '社区广场舞培训', '专业老师教授广场舞与健身操，组建社区文艺队参加展演。', 0, 50),
  t('culture_education', 'culture_sports', '蒙古族传统文化体验', '开展马头琴、蒙古族刺绣、民族舞蹈等传统文化体验课程。', 2000, 25),
  t('culture_education', 'culture_sports', '老年智能手机课堂', '手把手教老人使用微信、健康码、网上缴费和防范电信诈骗。', 0, 30),
  t('culture_education', 'party_building', '红色文化宣讲', '党员志愿者讲述红色故事，组织参观爱国主义教育基地。', 0, 6),
  t('culture_education', 'culture_sports', '书法绘画兴趣班', '面向老年人和青少年开设书法、国画兴趣班，每周两次。', 1500, 25),
  t('culture_education', 'environment', '垃圾分类宣传指导', '入户宣传垃圾分类知识，设立指导点，开展“绿色家庭”评选。', 0, 20),
  t('governance_volunteering', 'volunteering', '志愿者招募与培训', '为社区招募、培训志愿者，建立志愿服务积分与激励机制。', 0, 20),
  t('governance_volunteering', 'mediation', '邻里纠纷调解', '调解员介入楼上楼下噪音、漏水、停车等邻里矛盾，促成和解协议。', 0, 20),
  t('governance_volunteering', 'party_building', '居民议事会协商辅导', '协助社区组织居民议事会，引导居民协商解决公共事务。', 0, 6),
  t('governance_volunteering', 'environment', '老旧小区环境整治', '组织居民和志愿者清理楼道杂物、绿地补植，建立长效自治管理。', 0, 10),
  t('governance_volunteering', 'volunteering', '“时间银行”互助养老', '低龄老人服务高龄老人，服务时长存入“时间银行”，日后兑换服务。', 0, 30),
  t('governance_volunteering', 'legal_services', '物业矛盾协调服务', '协助业主委员会与物业企业沟通，梳理诉求、组织协商会议。', 0, 8),
];
