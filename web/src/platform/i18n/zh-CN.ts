import { registryZh } from '../../domains/registry/messages';
import { enumsZh, errorsZh } from './enums';
import { matchingZh } from '../../domains/matching/messages';
import { callsZh } from '../../domains/calls/messages';
import { projectsZh } from '../../domains/projects/messages';
import { fundsZh } from '../../domains/funds/messages';
import { needsZh } from '../../domains/needs/messages';
import { catalogueZh } from '../../domains/catalogue/messages';

/** The complete zh-CN dictionary; en-US must have exactly these keys (checked by its type and a test). */
export const zhCN = {
  app: {
    title: '五社联动服务平台',
    shortTitle: '五社联动',
    subtitle: 'wushe · 社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动',
    loading: '加载中…',
    menu: {
      home: '工作台', regions: '区划与网格', organisations: '社会组织', audit: '系统日志', funds: '基金公开',
      auditOperations: '操作日志', auditLogins: '登录日志', matching: '智慧匹配', matchingFairs: '供需对接会',
    },
    header: {
      logout: '退出登录', changePassword: '修改密码', language: '语言', openMenu: '打开菜单', allRegions: '全部区划',
      loggedOut: '已退出登录',
    },
    home: {
      welcome: '您好，{name}',
      role: '角色', region: '所属区划', scope: '数据权限', organisation: '所属组织',
      orgTotal: '社会组织', orgActive: '正常运行', orgInactive: '已注销', unit: '家',
      quickLinks: '常用功能', noModules: '您的角色暂无可用的管理功能，如需开通请联系所在社区或街道。',
    },
    notFound: { title: '页面不存在', subtitle: '您访问的页面不存在或已被移除。', back: '返回工作台' },
    error: { title: '页面出错了', subtitle: '页面遇到了意外错误，请刷新后重试；如果问题持续，请联系管理员。', reload: '刷新页面', back: '返回工作台' },
    forbidden: { title: '无权访问', subtitle: '您的角色没有访问此页面的权限。' },
  },
  common: {
    search: '查询', reset: '重置', create: '新建', edit: '编辑', save: '保存', cancel: '取消', confirm: '确定', close: '关闭',
    actions: '操作', view: '查看', yes: '是', no: '否', all: '全部', empty: '—', refresh: '刷新', back: '返回',
    total: '共 {total} 条', saved: '已保存', requestId: '请求编号：{id}', errorWithDetail: '{title}：{detail}',
  },
  language: { 'zh-CN': '简体中文', 'en-US': 'English' },
  languageShort: { 'zh-CN': '中', 'en-US': 'EN' },
  auth: {
    login: {
      title: '五社联动服务平台', subtitle: '欢迎登录', username: '用户名', password: '密码', submit: '登录',
      usernameRequired: '请输入用户名', passwordRequired: '请输入密码',
      demoHint: '演示账号：admin、city、banner、street、community、grid、org1 等，初始密码 wushe2026',
    },
    password: {
      title: '修改密码', forcedHint: '为保障账号安全，首次登录或密码被重置后须先设置新密码。',
      oldPassword: '当前密码', newPassword: '新密码', confirmPassword: '确认新密码', submit: '修改密码',
      required: '请填写此项', mismatch: '两次输入的新密码不一致', rule: '至少8位，须同时包含字母和数字',
      sameAsOld: '新密码不能与当前密码相同', success: '密码已修改', back: '返回',
    },
  },
  regions: {
    page: {
      title: '区划与网格', treeTitle: '管辖区划', detailTitle: '区划详情', selectHint: '请在区划树中选择一个区划查看详情',
      code: '区划代码', name: '名称', level: '层级', population: '人口', parent: '上级区划', children: '下级区划',
      childCount: '{count} 个', noChildren: '无', createGrid: '新建网格', createMicrogrid: '新建微网格', editGrid: '编辑网格',
      gridHint: '网格建在社区/嘎查村之下，微网格建在网格之下。', searchPlaceholder: '搜索区划名称',
    },
    gridForm: {
      createTitle: '在「{parent}」下新建{level}', editTitle: '编辑「{name}」', name: '名称', population: '人口（可选）',
      nameRequired: '请输入名称', created: '已新建{level}「{name}」', updated: '已保存',
    },
    picker: { placeholder: '选择区划', noResult: '没有匹配的区划' },
  },
  organisations: {
    list: {
      title: '社会组织', searchPlaceholder: '名称（简/繁体）、统一社会信用代码或电话', region: '区划', type: '组织类型',
      status: '状态', domain: '服务领域', create: '登记组织', export: '导出 Excel', import: '批量导入',
      exported: '已开始下载', exportFileName: '社会组织.xlsx',
    },
    columns: {
      name: '组织名称', creditCode: '统一社会信用代码', type: '类型', operatingRegion: '活动区域', domains: '服务领域',
      grade: '评估等级', tags: '标签', status: '状态', phone: '联系电话', actions: '操作',
    },
    tags: { hub: '枢纽型', brand: '品牌' },
    actions: {
      view: '详情', edit: '编辑', deactivate: '注销', deactivateConfirm: '确认注销「{name}」？注销后不能再编辑。',
      deactivated: '已注销「{name}」',
    },
    form: {
      createTitle: '登记社会组织', editTitle: '编辑「{name}」', name: '组织名称', creditCode: '统一社会信用代码',
      creditCodeHint: '18位；社区社会组织（备案）可不填', type: '组织类型', serviceDomains: '服务领域',
      isHub: '枢纽型组织', isBrand: '品牌组织', registrationRegion: '登记区划', operatingRegion: '活动区域',
      legalRepresentative: '法定代表人/负责人', phone: '联系电话', phoneKeep: '留空则保持不变（当前 {masked}）',
      address: '地址', foundedOn: '成立日期', grade: '评估等级', gradeValidUntil: '等级有效期至', submit: '保存',
      created: '已登记「{name}」', updated: '已保存「{name}」', nameRequired: '请输入组织名称', nameLength: '名称为2—100个字',
      typeRequired: '请选择组织类型', regionRequired: '请选择区划', creditCodeRequired: '除社区社会组织（备案）外必须填写',
      invalidPhone: '请输入11位手机号或带区号的固定电话', gradeNone: '未评估', reload: '重新加载',
    },
    detail: {
      title: '组织详情', showPhone: '查看完整号码', phoneAudited: '查看完整号码将记入操作日志', createdAt: '登记时间',
      updatedAt: '更新时间', version: '版本',
    },
    import: {
      title: '批量导入社会组织', step1: '第一步：下载模板，按模板填写', downloadTemplate: '下载导入模板',
      step2: '第二步：上传填好的文件并预览校验', choose: '选择 .xlsx 文件', preview: '预览校验',
      updateExisting: '信用代码已存在时更新原有组织（否则视为重复）',
      step3: '第三步：确认导入', summary: '共 {total} 行：有效 {valid} 行，错误 {invalid} 行',
      importAll: '全部导入（须无错误行）', importValid: '仅导入有效行', done: '导入完成：新增 {created} 家，更新 {updated} 家',
      row: '行号', name: '组织名称', creditCode: '信用代码', action: '处理', errors: '问题', column: '{column}：{message}',
      noFile: '请先选择文件', allValid: '全部行校验通过', noRows: '文件中没有数据行，请在模板第2行起填写', changeFile: '重新选择', templateFileName: '社会组织导入模板.xlsx',
      statTotal: '总行数', statValid: '有效', statInvalid: '错误', statCreatedUpdated: '新增 / 更新',
    },
  },
  needs: needsZh,
  catalogue: catalogueZh,
  audit: {
    operations: { title: '操作日志' },
    logins: { title: '登录日志' },
    filters: { actor: '操作人', action: '动作', entityType: '对象类型', dateRange: '日期范围' },
    columns: {
      at: '时间', actor: '操作人', role: '角色', action: '动作', entity: '对象', summary: '摘要', ip: 'IP 地址', seq: '序号',
    },
    diff: { title: '变更明细', empty: '无变更明细', requestId: '请求编号' },
  },
  matching: matchingZh,
  projects: projectsZh,
  funds: fundsZh,
  registry: registryZh,
  enums: enumsZh,
  errors: errorsZh,
  calls: callsZh,
};
